import Execution
import RustFrontEnd
import Testing

/// Types that hold themselves by value, and long chains of nested types: refused with
/// rustc-like errors, in time linear in the number of types and without deep recursion.
@Suite struct CheckerTypeGraphTests {
  func headers(_ source: String) -> [String]? {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return nil
    } catch {
      // Rendered as a list, which splits the source into lines once for all diagnostics.
      return error.rendered(file: "main.rs", source: source).split(separator: "\n")
        .filter { $0.hasPrefix("main.rs:") }.map(String.init)
    }
  }

  @Test func typesHoldingThemselvesByValueAreRecursive() {
    let source = """
      struct A { b: B }
      struct B { a: Option<A> }
      struct C { next: Box<C> }
      enum D { Leaf, Pair((i32, [D; 2])) }
      struct E { list: Vec<E> }
      fn main() {}
      """
    #expect(
      headers(source) == [
        "main.rs:1:1: error[E0072]: recursive type `A` has infinite size",
        "main.rs:2:1: error[E0072]: recursive type `B` has infinite size",
        "main.rs:4:1: error[E0072]: recursive type `D` has infinite size",
      ])
  }

  @Test func aLongCycleOfTypesIsFoundQuickly() {
    let count = 6000
    let source =
      (0..<count).map { "struct S\($0) { a: S\(($0 + 1) % count) }" }.joined(separator: "\n")
      + "\nfn main() {}\n"
    let found = headers(source) ?? []
    #expect(found.count == count)
    #expect(found.first == "main.rs:1:1: error[E0072]: recursive type `S0` has infinite size")
    #expect(
      found.last == "main.rs:\(count):1: error[E0072]: recursive type `S\(count - 1)` has infinite size")
  }

  @Test func aLongChainOfNestedStructsIsRefusedNotCrashed() {
    let count = 6000
    let source =
      (0..<count).map { "struct S\($0) { a: S\($0 + 1) }" }.joined(separator: "\n")
      + "\nstruct S\(count) { a: i32 }\nfn main() { println!(\"{}\", std::mem::size_of::<S0>()); }\n"
    #expect(
      headers(source) == [
        "main.rs:1:1: error: structs and enums nested more than 256 levels deep are not supported by memtutor yet"
      ])
  }

  @Test func nestingUpToTheLimitIsAccepted() throws {
    let count = Checker.maximumTypeNesting - 1
    let source =
      (0..<count).map { "struct S\($0) { a: S\($0 + 1) }" }.joined(separator: "\n")
      + "\nstruct S\(count) { a: i32 }\nfn main() { println!(\"{}\", std::mem::size_of::<S0>()); }\n"
    #expect(headers(source) == nil)
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "4\n")
  }

  @Test func cyclesAndDepthsOfAGraph() {
    // 0 → 1 → 2 → 0 is a cycle; 3 → 3 loops; 4 → 5 → 6 is a chain into the cycle's reach.
    let (onCycle, depth) = Checker.typesOnCycles([[1], [2], [0], [3], [5], [6], []])
    #expect(onCycle == [true, true, true, true, false, false, false])
    #expect(depth[4] == 3 && depth[5] == 2 && depth[6] == 1)
  }
}
