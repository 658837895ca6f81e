import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Bounds on operator traits and `impl Trait` results: each mistake is reported with rustc's
/// code, position and headline, and where rustc is installed it is asked again.
struct GenericBoundErrorTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let verdict: String
    let headline: String
    let source: String
    var testDescription: String { "\(verdict): \(headline)" }
  }

  static let mistakes: [Mistake] = [
    .init(
      verdict: "E0271 1:20",
      headline: "expected `Range<u32>` to be an iterator that yields `u64`, but it yields `u32`",
      source: """
        fn upto(n: u32) -> impl Iterator<Item = u64> {
            0..n
        }
        fn main() { println!("{}", upto(3).count()); }
        """),
    .init(
      verdict: "E0271 3:13", headline: "type mismatch resolving `<i32 as Mul>::Output == f64`",
      source: """
        use std::ops::Mul;
        fn m<T: Mul<Output = f64>>(a: T, b: T) -> f64 { a * b }
        fn main() { m(2i32, 3i32); }
        """),
    .init(
      verdict: "E0277 4:13", headline: "cannot subtract `P` from `P`",
      source: """
        use std::ops::Sub;
        fn s<T: Sub<Output = T>>(a: T, b: T) -> T { a - b }
        struct P;
        fn main() { s(P, P); }
        """),
    .init(
      verdict: "E0277 4:13", headline: "cannot add-assign `P` to `P`",
      source: """
        use std::ops::AddAssign;
        fn aa<T: AddAssign>(mut a: T, b: T) { a += b; }
        struct P;
        fn main() { aa(P, P); }
        """),
    .init(
      verdict: "E0277 3:15", headline: "the trait bound `u8: Neg` is not satisfied",
      source: """
        use std::ops::Neg;
        fn n<T: Neg<Output = T>>(a: T) -> T { -a }
        fn main() { n(3u8); }
        """),
    .init(
      verdict: "E0405 1:15", headline: "cannot find trait `Add` in this scope",
      source: """
        fn sum_all<T: Add<Output = T>>(a: T, b: T) -> T { a + b }
        fn main() { sum_all(1, 2); }
        """),
    .init(
      verdict: "E0369 3:7", headline: "cannot subtract `T` from `T`",
      source: """
        use std::ops::Add;
        fn f<T: Add<Output = T> + Copy>(a: T, b: T) -> T {
            a - b
        }
        fn main() { f(1, 2); }
        """),
    .init(
      verdict: "E0277 3:14", headline: "the trait bound `Tweet: Summary` is not satisfied",
      source: """
        trait Summary { fn summarize(&self) -> String; }
        struct Tweet;
        fn make() -> impl Summary { Tweet }
        fn main() { println!("{}", make().summarize()); }
        """),
    .init(
      verdict: "E0609 5:35", headline: "no field `name` on type `impl Summary`",
      source: """
        trait Summary { fn summarize(&self) -> String; }
        struct Tweet { name: String }
        impl Summary for Tweet { fn summarize(&self) -> String { self.name.clone() } }
        fn make() -> impl Summary { Tweet { name: String::new() } }
        fn main() { println!("{}", make().name); }
        """),
    .init(
      verdict: "E0308 3:26", headline: "mismatched types",
      source: """
        use std::fmt::Display;
        fn build() -> impl Display { 42 }
        fn main() { let x: i32 = build(); println!("{}", x); }
        """),
    .init(
      verdict: "E0382 4:51", headline: "borrow of moved value: `x`",
      source: """
        use std::fmt::Display;
        fn build() -> impl Display { 42 }
        fn main() {
            let x = build(); let y = x; println!("{} {}", x, y);
        }
        """),
    .init(
      verdict: "E0277 3:20", headline: "`T` doesn't implement `std::fmt::Display`",
      source: """
        fn show<T>(x: T) where T: Clone {
            let y = x.clone();
            println!("{}", x.clone());
            drop(y);
        }
        fn main() { show(1); }
        """),
    .init(
      verdict: "E0277 5:22", headline: "`P` doesn't implement `Debug`",
      source: """
        struct P;
        impl P { fn me(&self) -> P { P } }
        fn main() {
            let p = P;
            println!("{:?}", p.me());
        }
        """),
  ]

  @Test("memtutor reports rustc's code, place and headline", arguments: mistakes)
  func memtutorsReport(mistake: Mistake) {
    let source = mistake.source + "\n"
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      Issue.record("the program ran")
    } catch {
      let first = error.diagnostics.first
      let place = first.map { "\($0.code ?? "-") \($0.span.start.line):\($0.span.start.column)" }
      #expect(place == mistake.verdict)
      #expect(first?.message.hasPrefix(mistake.headline) == true, "\(first?.message ?? "none")")
    }
  }

  @Test(
    "rustc still reports that code there",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the codes cannot be cross-checked"),
    arguments: mistakes)
  func rustcsReport(mistake: Mistake) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try (mistake.source + "\n").write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    #expect(verdict == mistake.verdict, "with \(rustc.version)")
  }
}
