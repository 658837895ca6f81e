import Execution
import Foundation
import TestSupport
import Testing

/// `collect` into a `HashMap` or `HashSet` from items the table is not built from, and tables
/// named without their `use`: rustc's code, position and words (the `collect`, the turbofish's
/// type, the type's name), checked again against rustc where installed.
struct CollectMapErrorTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let statement: String
    /// `CODE line:col message`, as memtutor and rustc 1.95 report it.
    let expected: String
    var imports = true
    var testDescription: String { statement }
    var source: String {
      """
      \(imports ? "use std::collections::{HashMap, HashSet};" : "#![allow(unused)]")

      fn main() {
          let v = vec![1, 2, 3];
          let words = vec!["a", "b"];
          \(statement)
      }

      """
    }
  }

  static let mistakes: [Mistake] = [
    .init(
      statement: "let m: HashMap<_, _> = v.iter().collect();",
      expected:
        "E0277 6:37 a value of type `HashMap<_, _>` cannot be built from an iterator over elements of type `&{integer}`"
    ),
    .init(
      statement: "let m: HashMap<i32, i32> = v.iter().map(|x| x * 2).collect();",
      expected:
        "E0277 6:56 a value of type `HashMap<i32, i32>` cannot be built from an iterator over elements of type `{integer}`"
    ),
    .init(
      statement: "let m: HashMap<i32, String> = v.iter().map(|x| (*x, x + 1)).collect();",
      expected:
        "E0277 6:65 a value of type `HashMap<i32, String>` cannot be built from an iterator over elements of type `({integer}, {integer})`"
    ),
    .init(
      statement: "let s: HashSet<i32> = v.iter().collect();",
      expected:
        "E0277 6:36 a value of type `HashSet<i32>` cannot be built from an iterator over elements of type `&{integer}`"
    ),
    .init(
      statement: "let s: HashSet<&str> = v.iter().cloned().collect();",
      expected:
        "E0277 6:46 a value of type `HashSet<&str>` cannot be built from an iterator over elements of type `{integer}`"
    ),
    .init(
      statement: "let s = v.iter().collect::<HashSet<i32>>();",
      expected:
        "E0277 6:32 a value of type `HashSet<i32>` cannot be built from an iterator over elements of type `&{integer}`"
    ),
    .init(
      statement: "let m = words.iter().map(|w| (*w, 1)).collect::<HashMap<String, i32>>();",
      expected:
        "E0277 6:53 a value of type `HashMap<String, i32>` cannot be built from an iterator over elements of type `(&str, {integer})`"
    ),
    .init(
      statement: "let s: HashSet<i32> = v.iter().cloned().collect();",
      expected: "E0425 6:12 cannot find type `HashSet` in this scope", imports: false),
    .init(
      statement: "let mut m = HashMap::new(); m.insert(1, 2);",
      expected: "E0433 6:17 cannot find type `HashMap` in this scope", imports: false),
  ]

  /// Mistakes whose code and position are rustc's, in memtutor's own words.
  static let positionedMistakes: [Mistake] = [
    // rustc: "the method `collect` exists for struct `Vec<{integer}>`, but its trait bounds were not satisfied".
    .init(statement: "let s: HashSet<i32> = v.collect();", expected: "E0599 6:29 no method named `collect`")
  ]

  @Test("memtutor's code, position and words", arguments: mistakes + positionedMistakes)
  func memtutorsReport(mistake: Mistake) throws {
    let report = CheckerErrorCodeTests.report(of: mistake.source)
    let parts = mistake.expected.split(separator: " ", maxSplits: 2).map(String.init)
    try #require(parts.count == 3)
    #expect(report.hasPrefix("main.rs:\(parts[1]): error[\(parts[0])]: \(parts[2])"), "\(report)")
  }

  @Test(
    "rustc's code and position are the same",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the reports cannot be cross-checked"),
    arguments: mistakes + positionedMistakes)
  func rustcsVerdict(mistake: Mistake) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try mistake.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    let codeAndPosition = mistake.expected.split(separator: " ").prefix(2).joined(separator: " ")
    #expect(verdict == codeAndPosition)
  }
}
