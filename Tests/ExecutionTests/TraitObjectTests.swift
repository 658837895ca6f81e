import Execution
import RustFrontEnd
import Testing

/// Trait objects (`&dyn Trait`, `Box<dyn Trait>`): fat pointers, vtables in `.rodata`,
/// dynamic dispatch, and the errors rustc gives.
@Suite struct TraitObjectTests {
  func headers(_ source: String) -> [String]? { EngineReports.headers(source) }

  static let shapes = """
    trait Shape {
        fn area(&self) -> f64;
    }
    struct Sq {
        side: f64,
    }
    struct Dot;
    impl Shape for Sq {
        fn area(&self) -> f64 {
            self.side * self.side
        }
    }
    impl Shape for Dot {
        fn area(&self) -> f64 {
            0.0
        }
    }

    """

  @Test func aCallThroughTheVtableRunsTheConcreteMethod() throws {
    let source =
      Self.shapes
      + "fn main() {\n    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq { side: 2.0 }), Box::new(Dot)];\n    for s in &v {\n        println!(\"{}\", s.area());\n    }\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "4\n0\n")
    let pushes = trace.events.compactMap { event -> String? in
      if case .framePushed(_, let layout, _, _) = event { return trace.image.layouts[layout].function }
      return nil
    }
    #expect(pushes == ["main", "<Sq as Shape>::area", "<Dot as Shape>::area"])
    // One vtable per type: drop_in_place, size, align and one method, a word each.
    let vtables = trace.image.statics.filter { $0.label.hasSuffix("::{vtable}") }
    #expect(vtables.map(\.label) == ["<Sq as Shape>::{vtable}", "<Dot as Shape>::{vtable}"])
    #expect(vtables.allSatisfy { $0.bytes.count == 32 && $0.section == .rodata })
    // Sq: no drop glue (0), size 8, align 8.
    let words = stride(from: 0, to: 24, by: 8).map { start in
      vtables[0].bytes[start..<start + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
    #expect(words == [0, 8, 8])
  }

  @Test func aBoxOfAZeroSizedTypeAllocatesNothing() throws {
    let source =
      Self.shapes
      + "fn main() {\n    let d: Box<dyn Shape> = Box::new(Dot);\n    println!(\"{}\", d.area());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "0\n")
    let allocations = trace.events.filter {
      if case .heapAllocated = $0 { return true }
      return false
    }
    #expect(allocations.isEmpty)
  }

  @Test func aTraitWithAConstructorIsNotDynCompatible() {
    let source =
      "trait Make {\n    fn new() -> Self;\n}\nstruct A;\nimpl Make for A {\n    fn new() -> Self {\n        A\n    }\n}\nfn main() {\n    let a: Box<dyn Make> = Box::new(A);\n}\n"
    #expect(headers(source)?.first == "main.rs:11:20: error[E0038]: the trait `Make` is not dyn compatible")
  }

  @Test func aTypeWithoutTheTraitIsE0277() {
    let source =
      Self.shapes
      + "struct Tri;\nfn main() {\n    let s: Box<dyn Shape> = Box::new(Tri);\n    println!(\"{}\", s.area());\n}\n"
    #expect(
      headers(source)?.first == "main.rs:20:29: error[E0277]: the trait bound `Tri: Shape` is not satisfied")
  }

  @Test func aSharedTraitObjectHoldsItsLoan() {
    let source =
      Self.shapes
      + "fn main() {\n    let mut sq = Sq { side: 2.0 };\n    let s: &dyn Shape = &sq;\n    sq.side = 3.0;\n    println!(\"{}\", s.area());\n}\n"
    #expect(headers(source)?.first?.contains("error[E0506]") == true)
  }
}

/// Closures as trait objects (`&dyn Fn()`, `Box<dyn Fn(i32) -> i32>`).
@Suite struct ClosureObjectTests {
  @Test func aBoxedClosureIsCalledThroughItsVtableAndFreedWithItsCaptures() throws {
    let source =
      "fn main() {\n    let s = String::from(\"hi\");\n    let f: Box<dyn Fn(i32) -> usize> = Box::new(move |n: i32| s.len() + n as usize);\n    println!(\"{} {}\", f(1), std::mem::size_of_val(&*f));\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "3 24\n")
    let vtables = trace.image.statics.filter { $0.label.hasSuffix("::{vtable}") }
    // drop_in_place, size, align, call_once, call_mut, call.
    #expect(vtables.map(\.label) == ["<main::{closure#0} as Fn(i32) -> usize>::{vtable}"])
    #expect(vtables.first?.bytes.count == 48)
    let allocations = trace.events.compactMap { event -> Int? in
      if case .heapAllocated(let block) = event { return block.size }
      return nil
    }
    #expect(allocations.sorted() == [2, 24])
    let frees = trace.events.filter {
      if case .heapFreed = $0 { return true }
      return false
    }
    #expect(frees.count == 2)
  }

  @Test func aClosureWithTheWrongArgumentCountIsE0593AtTheClosure() {
    let source =
      "fn main() {\n    let op: Box<dyn Fn(i32) -> i32> = Box::new(|a, b| a + b);\n    println!(\"{}\", op(1));\n}\n"
    #expect(
      EngineReports.headers(source)?.first
        == "main.rs:2:48: error[E0593]: closure is expected to take 1 argument, but it takes 2 arguments")
  }
}
