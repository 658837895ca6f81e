import Execution
import RustFrontEnd
import Testing

/// Closures memtutor refuses (cleanly, at the right place) and the errors it reports itself.
@Suite struct ClosureCheckTests {
  /// The first line of each diagnostic for `source`, or nil when the program runs.
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  func output(_ source: String) throws -> String {
    let trace = try Engine.trace(source: source, path: "main.rs")
    return trace.outcome.stdout
  }

  @Test func aClosureInsideAClosureRuns() throws {
    let source =
      "fn main() {\n    let f = |x: i32| {\n        let g = |y: i32| y + 1;\n        g(x)\n    };\n    println!(\"{}\", f(1));\n}"
    #expect(try output(source) == "2\n")
  }

  /// The inner closure uses the function's `factor`: the outer closure captures it first.
  @Test func anInnerClosureReachesTheFunctionsLocalsThroughTheOuterOne() throws {
    let source =
      "fn main() {\n    let factor = 3;\n    let grid = vec![vec![1, 2], vec![3]];\n"
      + "    let rows: Vec<i32> = grid.iter().map(|row| row.iter().map(|x| x * factor).sum::<i32>()).collect();\n"
      + "    println!(\"{:?} {}\", rows, factor);\n}"
    #expect(try output(source) == "[9, 9] 3\n")
  }

  @Test func aClosureReturnedByAClosureKeepsItsCapture() throws {
    let source =
      "fn main() {\n    let add = |a: i32| move |b: i32| a + b;\n    let add5 = add(5);\n"
      + "    let add2 = add(2);\n    println!(\"{} {}\", add5(1), add2(3));\n}"
    #expect(try output(source) == "6 5\n")
  }

  /// The inner closure adds to `n`: the outer closure then borrows `n` mutably too.
  @Test func anInnerClosureChangingAnOuterCaptureRuns() throws {
    let source =
      "fn main() {\n    let mut n = 0;\n    let v = vec![1, 2];\n    let mut f = || v.iter().for_each(|x| n += x);\n"
      + "    f();\n    f();\n    println!(\"{}\", n);\n}"
    #expect(try output(source) == "6\n")
  }

  /// Three closures deep: the innermost holds `a` and `b`, copied through the middle one.
  @Test func threeClosuresDeepRun() throws {
    let source =
      "fn main() {\n    let f = |a: i32| move |b: i32| move |c: i32| a * 100 + b * 10 + c;\n    let g = f(1);\n"
      + "    let h = g(2);\n    println!(\"{} {}\", h(3), std::mem::size_of_val(&h));\n}"
    #expect(try output(source) == "123 8\n")
  }

  @Test func movingACaptureOutIsRefused() {
    let source = "fn main() {\n    let s = String::from(\"a\");\n    let f = || drop(s);\n    f();\n}"
    #expect(
      headers(source) == [
        "main.rs:3:21: error: closures that move a captured value out of themselves (`FnOnce`) are not supported by memtutor yet"
      ])
  }

  /// The inner closure uses `p.x` only: both closures capture just that field (the outer one
  /// `p.y` too), a reference each.
  @Test func fieldOfACaptureInsideAnInnerClosureRuns() throws {
    let source =
      "struct P { x: i32, y: i32 }\nfn main() {\n    let p = P { x: 1, y: 2 };\n"
      + "    let f = || { let g = || p.x; g() + p.y };\n    println!(\"{} {}\", f(), std::mem::size_of_val(&f));\n}"
    #expect(try output(source) == "3 16\n")
  }

  @Test func wrongArgumentCountIsE0057() {
    let source = "fn main() {\n    let f = |x: i32| x;\n    f(1, 2);\n}"
    #expect(
      headers(source) == [
        "main.rs:3:5: error[E0057]: this function takes 1 argument but 2 arguments were supplied"
      ])
  }

  @Test func callingAnFnMutClosureNeedsMut() {
    let source = "fn main() {\n    let mut n = 0;\n    let add = || n += 1;\n    add();\n}"
    #expect(
      headers(source) == [
        "main.rs:4:5: error[E0596]: cannot borrow `add` as mutable, as it is not declared as mutable"
      ])
  }

  @Test func closureCallsRunInTheirOwnFrame() throws {
    let source = "fn main() {\n    let k = 3;\n    let f = |x: i32| x * k;\n    println!(\"{}\", f(2));\n}"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "6\n")
    let pushes = trace.events.compactMap { event -> String? in
      if case .framePushed(_, let layout, _, _) = event { return trace.image.layouts[layout].function }
      return nil
    }
    #expect(pushes == ["main", "main::{closure#0}"])
  }

  @Test func parameterTypesComeFromTheCall() throws {
    #expect(
      try output("fn main() {\n    let add = |a, b| a * b;\n    println!(\"{}\", add(2.5, 4.0));\n}")
        == "10\n")
  }

  @Test func chainClosureCapturingTheSourceMutablyIsE0502AtTheClosure() {
    let source = "fn main() {\n    let mut v = vec![1];\n    v.iter().for_each(|x| v.push(*x));\n}"
    #expect(
      headers(source) == [
        "main.rs:3:23: error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"
      ])
  }
}
