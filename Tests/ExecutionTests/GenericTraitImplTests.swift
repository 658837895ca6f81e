import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// A program's trait implemented for a generic type: the mistakes rustc rejects get its code
/// at its place, and the forms memtutor does not run yet are refused where they are written.
struct GenericTraitImplTests {
  struct Case: Sendable, CustomTestStringConvertible {
    /// rustc's code and place (`E0119 6:1`), or `refused L:C` for a refusal.
    let verdict: String
    let headline: String
    let source: String
    var testDescription: String { "\(verdict): \(headline)" }
  }

  static let cases: [Case] = [
    .init(
      verdict: "E0119 6:1", headline: "conflicting implementations of trait `Describe`",
      source: """
        trait Describe { fn describe(&self) -> String; }
        struct Pair<T> { a: T, b: T }
        impl<T: std::fmt::Display> Describe for Pair<T> {
            fn describe(&self) -> String { format!("{} {}", self.a, self.b) }
        }
        impl<T: std::fmt::Debug> Describe for Pair<T> {
            fn describe(&self) -> String { format!("{:?} {:?}", self.a, self.b) }
        }
        fn main() { println!("{}", Pair { a: 1, b: 2 }.describe()); }
        """),
    .init(
      verdict: "E0599 9:22",
      headline:
        "the method `describe` exists for enum `Option<Vec<i32>>`, but its trait bounds were not satisfied",
      source: """
        trait Describe { fn describe(&self) -> String; }
        impl<T: std::fmt::Display> Describe for Option<T> {
            fn describe(&self) -> String {
                match self { Some(v) => format!("{}", v), None => String::from("-") }
            }
        }
        fn main() {
            let o = Some(vec![1]);
            println!("{}", o.describe());
        }
        """),
    .init(
      verdict: "E0046 3:1", headline: "not all trait items implemented, missing: `name`",
      source: """
        trait Describe { fn describe(&self) -> String; fn name(&self) -> String; }
        struct Pair<T> { a: T, b: T }
        impl<T: std::fmt::Display> Describe for Pair<T> {
            fn describe(&self) -> String { format!("{} {}", self.a, self.b) }
        }
        fn main() { println!("{}", Pair { a: 1, b: 2 }.describe()); }
        """),
    .init(
      verdict: "refused 2:41", headline: "the implementation of a trait for a generic type",
      source: """
        trait Describe { fn describe(&self) -> String; }
        impl<T: std::fmt::Display> Describe for T {
            fn describe(&self) -> String { format!("<{}>", self) }
        }
        fn main() { println!("{}", 5.describe()); }
        """),
    .init(
      verdict: "refused 2:39", headline: "a trait implemented for only some instances of a standard type",
      source: """
        trait Describe { fn describe(&self) -> String; }
        impl<T: std::fmt::Debug> Describe for Vec<Vec<T>> {
            fn describe(&self) -> String { format!("{:?}", self) }
        }
        fn main() { println!("{}", vec![vec![1]].describe()); }
        """),
    .init(
      verdict: "refused 7:28",
      headline: "a standard type's generic trait impl used as a `dyn Describe` trait object",
      source: """
        trait Describe { fn describe(&self) -> String; }
        impl<T: std::fmt::Debug> Describe for Vec<T> {
            fn describe(&self) -> String { format!("{:?}", self) }
        }
        fn main() {
            let v = vec![1, 2];
            let d: &dyn Describe = &v;
            println!("{}", d.describe());
        }
        """),
  ]

  @Test("memtutor reports rustc's code and place, or refuses", arguments: cases)
  func memtutorsReport(testCase: Case) {
    let source = testCase.source + "\n"
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      Issue.record("the program ran")
    } catch {
      let first = error.diagnostics.first
      let place = first.map { "\($0.code ?? "refused") \($0.span.start.line):\($0.span.start.column)" }
      #expect(place == testCase.verdict)
      #expect(first?.message.hasPrefix(testCase.headline) == true, "\(first?.message ?? "none")")
      if testCase.verdict.hasPrefix("refused") {
        #expect(first?.message.contains("not supported by memtutor yet") == true)
      }
    }
  }
}
