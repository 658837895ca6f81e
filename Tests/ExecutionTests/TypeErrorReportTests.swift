import Execution
import Foundation
import TestSupport
import Testing

/// Type errors learners make with operators, indexes, fields and `if`/`else`: rustc's code,
/// words and position (the operator, the index, the field's name, the `else` value), checked
/// again against rustc where installed.
struct TypeErrorReportTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let statement: String
    /// `CODE line:col message`, as memtutor and rustc 1.95 report it.
    let expected: String
    var testDescription: String { statement }
    var source: String {
      """
      #![allow(unused)]
      fn main() {
          let maybe: Option<i32> = Some(3);
          let name = String::from("ferris");
          let v = vec![1, 2];
          let pair: (i32, &str) = (1, "a");
          \(statement)
      }

      """
    }
  }

  static let mistakes: [Mistake] = [
    .init(statement: "let a = maybe + 1;", expected: "E0369 7:19 cannot add `{integer}` to `Option<i32>`"),
    .init(
      statement: "let b = maybe - 1;", expected: "E0369 7:19 cannot subtract `{integer}` from `Option<i32>`"),
    .init(
      statement: "let c = maybe * 2;", expected: "E0369 7:19 cannot multiply `Option<i32>` by `{integer}`"),
    .init(statement: "let d = maybe / 2;", expected: "E0369 7:19 cannot divide `Option<i32>` by `{integer}`"),
    .init(
      statement: "let e = maybe % 2;",
      expected: "E0369 7:19 cannot calculate the remainder of `Option<i32>` divided by `{integer}`"),
    .init(statement: "let f = 1 + maybe;", expected: "E0277 7:15 cannot add `Option<i32>` to `{integer}`"),
    .init(statement: "let g = name - \"s\";", expected: "E0369 7:18 cannot subtract `&str` from `String`"),
    .init(
      statement: "let h = v * 2;", expected: "E0369 7:15 cannot multiply `Vec<{integer}>` by `{integer}`"),
    .init(
      statement: "let i = maybe & 1;", expected: "E0369 7:19 no implementation for `Option<i32> & {integer}`"),
    .init(
      statement: "let k = &v[0] == 1;", expected: "E0277 7:19 can't compare `&{integer}` with `{integer}`"),
    .init(statement: "let l = v.len() + 1.0;", expected: "E0277 7:21 cannot add `{float}` to `usize`"),
    .init(
      statement: "let m = v[pair.0];",
      expected: "E0277 7:15 the type `[{integer}]` cannot be indexed by `i32`"),
    .init(statement: "let n = pair.2;", expected: "E0609 7:18 no field `2` on type `(i32, &str)`"),
    .init(
      statement: "let o = if true { 1 } else { \"two\" };",
      expected: "E0308 7:34 `if` and `else` have incompatible types: expected `{integer}`, found `&str`"),
    .init(statement: "let p: u32 = v.len();", expected: "E0308 7:18 mismatched types"),
    .init(
      statement: "let j = name[0];",
      expected:
        "E0277 7:18 the type `str` cannot be indexed by `{integer}` (strings are not indexed by position)"),
    .init(
      statement: "let odd = |n: &i32| n % 2 == 1; let e: Vec<&i32> = v.iter().filter(odd).collect();",
      expected: "E0631 7:72 type mismatch in closure arguments"),
    // A closure written where a fn pointer is wanted is checked against the pointer's
    // signature: a result of another type is reported where the body makes it.
    .init(statement: "let f: fn(i32) -> i32 = |x| x == 2;", expected: "E0308 7:33 mismatched types"),
    .init(
      statement: "let f: fn(i32) -> i32 = |x| { let y = x + 1; y as i64 };",
      expected: "E0308 7:50 mismatched types"),
  ]

  @Test("memtutor's code, position and words", arguments: mistakes)
  func memtutorsReport(mistake: Mistake) throws {
    let report = CheckerErrorCodeTests.report(of: mistake.source)
    let parts = mistake.expected.split(separator: " ", maxSplits: 2).map(String.init)
    try #require(parts.count == 3)
    #expect(report.hasPrefix("main.rs:\(parts[1]): error[\(parts[0])]: \(parts[2])\n"), "\(report)")
  }

  @Test(
    "rustc's code and position are the same",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the reports cannot be cross-checked"),
    arguments: mistakes)
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
