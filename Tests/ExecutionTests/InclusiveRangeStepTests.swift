import Execution
import MemoryModel
import TestSupport
import Testing

/// `next` and `next_back` on a `RangeInclusive` kept in a variable. Until its last item they
/// move `start` on or `end` back; the last item sets std's `exhausted` flag, which memtutor
/// does not model, so the run stops there and says so (rustc's program runs on, so the corpus
/// cannot hold these).
@Suite struct InclusiveRangeStepTests {
  static func program(_ steps: String) -> String {
    "fn main() {\n    let mut r = 3..=5;\n    \(steps)\n    println!(\"{:?}\", r);\n}\n"
  }

  @Test(
    "items before the last one move the bounds",
    arguments: [
      ("print!(\"{:?} \", r.next());", "Some(3) 4..=5\n"),
      ("print!(\"{:?} \", r.next_back());", "Some(5) 3..=4\n"),
      ("print!(\"{:?} {:?} \", r.next_back(), r.next());", "Some(5) Some(3) 4..=4\n"),
    ])
  func movesBounds(steps: String, expected: String) throws {
    let trace = try #require(traceOf(Self.program(steps)))
    #expect(trace.outcome.exitStatus == 0)
    #expect(trace.outcome.stdout == expected)
  }

  @Test(
    "the last item stops the run",
    arguments: ["r.next(); r.next(); r.next();", "r.next_back(); r.next(); r.next_back();"])
  func stopsAtLastItem(steps: String) throws {
    let trace = try #require(traceOf(Self.program(steps)))
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stdout.isEmpty)
    #expect(trace.outcome.stderr.contains("is not supported by memtutor yet"))
    #expect(trace.outcome.stderr.contains("`RangeInclusive`"))
  }
}
