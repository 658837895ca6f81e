import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Mistakes with traits get rustc's first error: its code and where its caret points
/// (`E0046 8:1`), checked against rustc 1.95 where it is installed.
struct TraitErrorCodeTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let verdict: String
    let source: String
    var testDescription: String { "\(verdict): \(source)" }
  }

  static let summary =
    "trait Summary {\n    fn author(&self) -> String;\n    fn summarize(&self) -> String {\n        format!(\"by {}\", self.author())\n    }\n}\nstruct Tweet {\n    user: String,\n}\n"

  static let mistakes: [Mistake] = [
    // A method std's trait does not have: the caret at the start of the item, not at its name.
    .init(
      verdict: "E0407 4:5",
      source: "struct P;\nimpl Drop for P {\n    fn drop(&mut self) {}\n    fn close(&self) {}\n}\n"
        + "fn main() {\n    let _p = P;\n}\n"
    ),
    .init(
      verdict: "E0407 4:5",
      source:
        "struct P(i32);\nimpl Default for P {\n    fn default() -> P { P(0) }\n    fn zero() -> P { P(0) }\n}\n"
        + "fn main() {\n    let _p = P::default();\n}\n"
    ),
    .init(
      verdict: "E0407 7:5",
      source:
        "use std::ops::Add;\nstruct P(i32);\nimpl Add for P {\n    type Output = P;\n    fn add(self, o: P) -> P { P(self.0 + o.0) }\n\n    fn sub(self, o: P) -> P { P(self.0 - o.0) }\n}\n"
        + "fn main() {\n    let _p = P(1) + P(2);\n}\n"
    ),
    .init(verdict: "E0046 10:1", source: summary + "impl Summary for Tweet {}\nfn main() {}\n"),
    .init(
      verdict: "E0407 12:5",
      source: summary
        + "impl Summary for Tweet {\n    fn author(&self) -> String { self.user.clone() }\n    fn likes(&self) -> u32 { 0 }\n}\n"
        + "fn main() {}\n"
    ),
    .init(
      verdict: "E0599 13:7",
      source: summary + "struct Note;\nfn main() {\n    let n = Note;\n    n.summarize();\n}\n"),
    .init(verdict: "E0405 10:6", source: summary + "impl Summarize for Tweet {}\nfn main() {}\n"),
    .init(
      verdict: "E0053 11:25",
      source: summary + "impl Summary for Tweet {\n    fn author(&self) -> u32 { 1 }\n}\n"
        + "fn main() {}\n"),
    .init(
      verdict: "E0053 11:15",
      source: summary
        + "impl Summary for Tweet {\n    fn author(&mut self) -> String { self.user.clone() }\n}\n"
        + "fn main() {}\n"
    ),
    .init(
      verdict: "E0050 11:15",
      source: summary
        + "impl Summary for Tweet {\n    fn author(&self, n: u8) -> String { self.user.clone() }\n}\n"
        + "fn main() {}\n"
    ),
    .init(
      verdict: "E0186 11:5",
      source: summary
        + "impl Summary for Tweet {\n    fn author() -> String { String::new() }\n}\n"
        + "fn main() {}\n"),
    .init(
      verdict: "E0119 13:1",
      source: summary
        + "impl Summary for Tweet {\n    fn author(&self) -> String { self.user.clone() }\n}\nimpl Summary for Tweet {\n    fn author(&self) -> String { self.user.clone() }\n}\n"
        + "fn main() {}\n"
    ),
    .init(
      verdict: "E0277 14:12",
      source: summary
        + "fn notify(item: &impl Summary) {\n    println!(\"{}\", item.summarize());\n}\n"
        + "fn main() {\n    notify(&5);\n}\n"
    ),
    .init(
      verdict: "E0277 5:5",
      source:
        "fn pick<T: PartialOrd + Copy>(a: T, b: T) -> T {\n    if a > b { a } else { b }\n}\n"
        + "fn main() {\n    pick(String::new(), String::new());\n}\n"
    ),
    .init(
      verdict: "E0277 6:10",
      source:
        "struct P;\nfn show<T: std::fmt::Display>(t: T) {\n    println!(\"{}\", t);\n}\n"
        + "fn main() {\n    show(P);\n}\n"
    ),
    .init(
      verdict: "E0369 4:18",
      source:
        "fn largest<T>(list: &[T]) -> &T {\n    let mut largest = &list[0];\n    for item in list {\n        if *item > *largest {\n            largest = item;\n        }\n    }\n    largest\n}\n"
        + "fn main() {\n    println!(\"{}\", largest(&[1, 2]));\n}\n"
    ),
    .init(
      verdict: "E0508 2:13",
      source:
        "fn first<T: PartialOrd>(list: &[T]) -> T {\n    let m = list[0];\n    m\n}\n"
        + "fn main() {\n    println!(\"{}\", first(&[1, 2]));\n}\n"
    ),
    .init(
      verdict: "E0405 1:12",
      source: "fn show<T: Display>(t: T) {\n    println!(\"{}\", t);\n}\n"
        + "fn main() {\n    show(1);\n}\n"),
    .init(
      verdict: "E0599 4:49",
      source:
        "trait Summary {\n    fn author(&self) -> String;\n    fn summarize(&self) -> String {\n        format!(\"by {} {}\", self.author(), self.extra())\n    }\n}\nstruct Tweet {\n    user: String,\n}\nimpl Tweet {\n    fn extra(&self) -> u8 {\n        1\n    }\n}\nimpl Summary for Tweet {\n    fn author(&self) -> String {\n        self.user.clone()\n    }\n}\n"
        + "fn main() {\n    let t = Tweet { user: String::from(\"a\") };\n    println!(\"{}\", t.summarize());\n}\n"
    ),
  ]

  @Test("memtutor reports rustc's first error", arguments: mistakes)
  func memtutorsVerdict(mistake: Mistake) {
    #expect(
      Self.firstVerdict(of: mistake.source).map { Self.comparable($0, to: mistake.verdict) }
        == mistake.verdict)
  }

  @Test(
    "rustc still reports that error",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the verdicts cannot be cross-checked"),
    arguments: mistakes)
  func rustcsVerdict(mistake: Mistake) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try mistake.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    #expect(
      verdict.map { Self.comparable($0, to: mistake.verdict) } == mistake.verdict, "with \(rustc.version)")
  }

  @Test func genericTraitMethodsAreRefusedWithoutAFollowOnError() {
    let source =
      "trait A {\n    fn f<T>(&self, t: T);\n}\nstruct S;\nimpl A for S {\n    fn f<T>(&self, t: T) {}\n}\n"
      + "fn main() {}\n"
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      Issue.record("a generic trait method ran")
    } catch {
      let reports = error.diagnostics.map { "\($0.span.start.line):\($0.span.start.column) \($0.message)" }
      #expect(
        reports == [
          "2:10 generic methods are not supported by memtutor yet",
          "6:10 generic methods are not supported by memtutor yet",
        ])
    }
  }

  /// A verdict without a position compares the code alone.
  static func comparable(_ verdict: String, to expected: String) -> String {
    expected.contains(" ") ? verdict : String(verdict.prefix { $0 != " " })
  }

  static func firstVerdict(of source: String) -> String? {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return nil
    } catch {
      guard let first = error.diagnostics.first else { return nil }
      return "\(first.code ?? "-") \(first.span.start.line):\(first.span.start.column)"
    }
  }
}
