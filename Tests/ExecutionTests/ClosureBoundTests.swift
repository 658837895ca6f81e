import Execution
import RustFrontEnd
import Testing

/// Closures given to functions (`F: Fn(i32) -> i32`, `impl FnMut()`) and returned from them
/// (`-> impl Fn(i32) -> i32`): the errors rustc gives that the corpora cannot hold (E0525 and
/// E0593 are not borrow-check codes) and the frames a call through a bound pushes.
@Suite struct ClosureBoundTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  static let apply = "fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {\n    f(x)\n}\n"

  @Test func aClosureMadeEarlierWithTheWrongKindIsE0525() {
    let source =
      Self.apply
      + "fn main() {\n    let mut total = 0;\n    let add = |x: i32| {\n        total += x;\n        total\n    };\n    println!(\"{}\", apply(add, 5));\n}"
    #expect(
      headers(source) == [
        "main.rs:6:15: error[E0525]: expected a closure that implements the `Fn` trait, but this closure only implements `FnMut`"
      ])
  }

  @Test func aClosureThatMovesOutIsOnlyFnOnce() {
    let source =
      "fn run<F: FnMut() -> String>(mut f: F) -> String {\n    f()\n}\nfn main() {\n    let s = String::from(\"hi\");\n    let c = move || s;\n    println!(\"{}\", run(c));\n}"
    #expect(
      headers(source) == [
        "main.rs:6:13: error[E0525]: expected a closure that implements the `FnMut` trait, but this closure only implements `FnOnce`"
      ])
  }

  @Test func aClosureWithTooManyParametersIsE0593AtTheCallee() {
    let source = Self.apply + "fn main() {\n    println!(\"{}\", apply(|a, b| a + b, 1));\n}"
    #expect(
      headers(source) == [
        "main.rs:5:20: error[E0593]: closure is expected to take 1 argument, but it takes 2 arguments"
      ])
  }

  @Test func aNumberWhereAClosureIsWantedIsE0277() {
    let source = Self.apply + "fn main() {\n    println!(\"{}\", apply(5, 1));\n}"
    #expect(headers(source) == ["main.rs:5:26: error[E0277]: expected a `Fn(i32)` closure, found `i32`"])
  }

  @Test func aMutableReferenceToAClosureIsNotFn() {
    let source =
      "fn apply<F: Fn()>(f: F) {\n    f();\n}\nfn main() {\n    let mut n = 0;\n    let mut bump = || n += 1;\n    apply(&mut bump);\n    println!(\"{}\", n);\n}"
    #expect(
      headers(source)?.first
        == "main.rs:7:11: error[E0277]: expected a `Fn()` closure, found `&mut main::{closure#0}`")
  }

  @Test func aSharedReferenceToAnFnMutClosureIsE0525() {
    let source =
      "fn twice<F: FnMut()>(mut f: F) {\n    f();\n}\nfn main() {\n    let mut n = 0;\n    let mut bump = || n += 1;\n    twice(&bump);\n    println!(\"{}\", n);\n}"
    #expect(headers(source)?.first?.contains("error[E0525]") == true)
  }

  @Test func theInstanceAndTheClosureEachPushAFrame() throws {
    let source =
      Self.apply + "fn main() {\n    let k = 3;\n    println!(\"{}\", apply(|x| x * k, 2));\n}"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "6\n")
    let pushes = trace.events.compactMap { event -> String? in
      if case .framePushed(_, let layout, _, _) = event { return trace.image.layouts[layout].function }
      return nil
    }
    #expect(pushes == ["main", "apply::<main::{closure#0}>", "main::{closure#0}"])
  }

  @Test func aReturnedClosureIsTheSizeOfItsCaptures() throws {
    let source =
      "fn make_adder(n: i32) -> impl Fn(i32) -> i32 {\n    move |x| x + n\n}\nfn main() {\n    let add = make_adder(5);\n    println!(\"{} {}\", add(1), std::mem::size_of_val(&add));\n}"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "6 4\n")
  }

  @Test func returningSomethingElseThanAClosureIsRefused() {
    let source = "fn f() -> impl Fn() -> i32 {\n    5\n}\nfn main() {\n    f();\n}"
    #expect(headers(source)?.isEmpty == false)
  }
}
