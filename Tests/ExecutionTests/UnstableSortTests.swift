import Execution
import MemoryModel
import TestSupport
import Testing

/// `sort_unstable_by` and `sort_unstable_by_key` past 20 elements: std's ipnsort, whose order
/// of equal elements memtutor does not reproduce. The run stops there and says so (rustc's
/// program runs, so the corpus cannot hold these), unless equal elements are the same value.
@Suite struct UnstableSortTests {
  static func program(count: Int, sort: String) -> String {
    "fn main() {\n    let mut v: Vec<(u32, u32)> = Vec::new();\n"
      + "    for i in 0..\(count) { v.push((i % 3, i)); }\n"
      + "    let mut w: Vec<i32> = (0..\(count)).map(|x| (x * 7) % 5).collect();\n"
      + "    println!(\"start\");\n    \(sort);\n    println!(\"{:?} {:?}\", &v[..3], &w[..3]);\n}\n"
  }

  @Test(
    "past 20 elements a sort whose equal elements differ stops the run",
    arguments: [
      "v.sort_unstable_by(|a, b| a.0.cmp(&b.0))", "v.sort_unstable_by_key(|p| p.0)",
      "w.sort_unstable_by_key(|x| x.abs() % 2)",
    ])
  func stopsPastInsertionSort(sort: String) throws {
    let trace = try #require(traceOf(Self.program(count: 21, sort: sort)))
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stdout == "start\n")
    #expect(trace.outcome.stderr.contains("is not supported by memtutor yet"))
    #expect(trace.outcome.stderr.contains(":6:5: `sort_unstable_by"))
  }

  @Test(
    "up to 20 elements, or equal elements that are the same value, the sort runs",
    arguments: [
      (20, "v.sort_unstable_by(|a, b| a.0.cmp(&b.0))", "[(0, 0), (0, 3), (0, 6)] [0, 2, 4]"),
      (20, "v.sort_unstable_by_key(|p| p.0)", "[(0, 0), (0, 3), (0, 6)] [0, 2, 4]"),
      (40, "w.sort_unstable_by(|a, b| b.cmp(a))", "[(0, 0), (1, 1), (2, 2)] [4, 4, 4]"),
      (40, "w.sort_unstable_by_key(|&x| x)", "[(0, 0), (1, 1), (2, 2)] [0, 0, 0]"),
    ])
  func runs(count: Int, sort: String, expected: String) throws {
    let trace = try #require(traceOf(Self.program(count: count, sort: sort)))
    #expect(trace.outcome.exitStatus == 0)
    #expect(trace.outcome.stdout == "start\n\(expected)\n")
  }
}
