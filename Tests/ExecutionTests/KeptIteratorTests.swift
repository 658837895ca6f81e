import Execution
import MemoryModel
import TestSupport
import Testing

/// Library iterators kept in variables: `Vec::drain`'s range panics at rustc 1.95's library
/// locations (which the corpus, whose panics are all in the program, cannot hold), and a
/// kept iterator is refused where memtutor does not model it rather than run wrongly.
@Suite struct KeptIteratorTests {
  static let index = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/index.rs"

  @Test(
    "drain panics as core::slice::index::range does",
    arguments: [
      ("1..n", "\(index):1020:51:\nrange end index 5 out of range for slice of length 3"),
      ("n..1", "\(index):1031:55:\nrange start index 5 out of range for slice of length 3"),
      ("2..1", "\(index):1031:55:\nslice index starts at 2 but ends at 1"),
      ("..=3", "\(index):1016:52:\nrange end index 3 out of range for slice of length 3"),
      ("5..=7", "\(index):1016:52:\nrange end index 7 out of range for slice of length 3"),
      ("3..=1", "\(index):1031:55:\nslice index starts at 3 but ends at 2"),
    ])
  func drainRangePanics(range: String, expected: String) throws {
    let source =
      "fn main() {\n    let mut v = vec![1, 2, 3];\n    let n = v.len() + 2;\n"
      + "    let d: Vec<i32> = v.drain(\(range)).collect();\n    println!(\"{:?} {}\", d, n);\n}\n"
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.exitStatus == 101)
    #expect(trace.outcome.stderr.contains("panicked at \(expected)\n"))
  }

  @Test(
    "repeat(x).take(n) runs in place with no closure frame the program never wrote",
    arguments: [
      "let line: String = std::iter::repeat('-').take(3).collect();\n    println!(\"{}\", line);",
      "let w = String::from(\"ab\");\n    let v: Vec<String> = std::iter::repeat(w).take(2).collect();\n    println!(\"{:?}\", v);",
      "for (i, x) in std::iter::repeat(7).take(2).enumerate() {\n        println!(\"{} {}\", i, x);\n    }",
    ])
  func repeatWithoutClosure(body: String) throws {
    let trace = try #require(traceOf("fn main() {\n    \(body)\n}\n"))
    #expect(trace.outcome.exitStatus == 0)
    let text = TraceText(trace: trace).rendered()
    #expect(text.contains("(repeated)"))
    #expect(!text.contains("{closure"))
  }

  @Test(
    "kept iterators memtutor does not model are refused as not supported",
    arguments: [
      "let v = vec![(), ()];\n    let mut it = v.iter();\n    println!(\"{:?}\", it.next());",
      "let v = vec![1, 2];\n    let it = v.iter();\n    println!(\"{:?}\", it);",
      "let mut it = (1..=4).rev();\n    println!(\"{:?}\", it.next());",
      "let s = String::from(\"a\");\n    let mut it = std::iter::repeat(s).take(2);\n    println!(\"{:?}\", it.next());",
      "let v = vec![1];\n    println!(\"{}\", v.iter().eq(vec![1].iter()));",
      "println!(\"{:?}\", (..5).next());",
      "let mut it = \"ab\".bytes().rev();\n    println!(\"{:?}\", it.next());",
      "let v = vec![1, 2];\n    let mut p = v.iter().map(|x| x * 2).peekable();\n    println!(\"{:?}\", p.next());",
    ])
  func refusedKeptIterators(body: String) {
    let source = "fn main() {\n    \(body)\n}\n"
    do {
      _ = try Engine.check(source: source)
      Issue.record("accepted: \(body)")
    } catch {
      #expect(error.diagnostics.contains { $0.message.contains("not supported by memtutor yet") })
      #expect(error.diagnostics.allSatisfy { $0.code == nil })
    }
  }
}
