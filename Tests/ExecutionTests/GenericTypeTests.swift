import Execution
import Foundation
import MemoryModel
import RustFrontEnd
import TestSupport
import Testing

/// Generic structs and enums: each instance a type of its own, with its own layout, named as
/// rustc names it; and the mistakes learners make with them get rustc's first error.
struct GenericTypeTests {
  static let declarations =
    "struct Point<T> {\n    x: T,\n    y: T,\n}\nstruct Stack<T> {\n    items: Vec<T>,\n}\nenum MyOption<T> {\n    Some(T),\n    None,\n}\n"

  static func layout(of source: String) throws -> (CheckedProgram, LayoutCalculator) {
    let checked = try Checker.check(try Parser.parse(source: source), source: source)
    return (checked, LayoutCalculator(declarations: checked.declarations))
  }

  @Test func eachInstanceHasItsOwnSize() throws {
    let source =
      Self.declarations
      + "fn main() {\n    let a = Point { x: 1, y: 2 };\n    let b = Point { x: 1.0, y: 2.0 };\n    let s = Stack { items: vec![String::new()] };\n    let o: MyOption<u8> = MyOption::None;\n    let q = MyOption::Some(5i64);\n}\n"
    let (checked, layout) = try Self.layout(of: source)
    let sizes = [
      "Point<i32>": 8, "Point<f64>": 16, "Stack<String>": 24, "MyOption<u8>": 2, "MyOption<i64>": 16,
    ]
    for (name, size) in sizes {
      let type: RustType = name.hasPrefix("MyOption") ? .enumeration(name) : .structure(name)
      #expect(checked.declarations.structs[name] != nil || checked.declarations.enums[name] != nil, "\(name)")
      #expect(layout.size(of: type) == size, "\(name)")
    }
    // The locals carry the instance's name, as the Stack panel shows it.
    let main = try #require(checked.functions.first { $0.name == "main" })
    let names = main.locals.map { main.types.resolve($0.type).name }
    #expect(names == ["Point<i32>", "Point<f64>", "Stack<String>", "MyOption<u8>", "MyOption<i64>"])
  }

  @Test func aGenericImplMethodRunsAsItsInstance() throws {
    let source =
      Self.declarations
      + "impl<T> Stack<T> {\n    fn len(&self) -> usize {\n        self.items.len()\n    }\n}\nfn main() {\n    let s = Stack { items: vec![1u16, 2] };\n    println!(\"{}\", s.len());\n}\n"
    let (checked, _) = try Self.layout(of: source)
    #expect(checked.functions.contains { $0.name == "Stack<u16>::len" })
  }

  @Test func typeArgumentsWrittenOnThePathAndADerivedDefault() throws {
    let source =
      "#[derive(Debug, Default)]\nstruct Counter<T> {\n    count: u32,\n    last: Option<T>,\n}\nstruct Stack<T> {\n    items: Vec<T>,\n}\nimpl<T> Stack<T> {\n    fn new() -> Stack<T> {\n        Stack { items: Vec::new() }\n    }\n}\nfn main() {\n    let s = Stack::<u8>::new();\n    let c: Counter<String> = Counter::default();\n    println!(\"{} {:?} {}\", s.items.len(), c, std::mem::size_of::<Counter<u8>>());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "0 Counter { count: 0, last: None } 8\n")
  }

  struct Mistake: Sendable, CustomTestStringConvertible {
    let verdict: String
    let source: String
    var testDescription: String { "\(verdict): \(source)" }
  }

  static let mistakes: [Mistake] = [
    .init(
      verdict: "E0369 8:19",
      source:
        "struct Pair<T> {\n    x: T,\n    y: T,\n}\n\nimpl<T> Pair<T> {\n    fn largest(&self) -> &T {\n        if self.x > self.y { &self.x } else { &self.y }\n    }\n}\n\nfn main() {\n    let p = Pair { x: 1, y: 2 };\n    println!(\"{}\", p.largest());\n}\n"
    ),
    .init(
      verdict: "E0277 7:32",
      source:
        "struct Wrapper<T> {\n    value: T,\n}\n\nimpl<T> Wrapper<T> {\n    fn show(&self) {\n        println!(\"value = {}\", self.value);\n    }\n}\n\nfn main() {\n    let w = Wrapper { value: 3 };\n    w.show();\n}\n"
    ),
    .init(
      verdict: "E0599 20:10",
      source:
        "use std::fmt::Display;\n\nstruct Pair<T> {\n    x: T,\n    y: T,\n}\n\nimpl<T: Display + PartialOrd> Pair<T> {\n    fn cmp_display(&self) {\n        if self.x >= self.y {\n            println!(\"x = {}\", self.x);\n        } else {\n            println!(\"y = {}\", self.y);\n        }\n    }\n}\n\nfn main() {\n    let pair = Pair { x: vec![1], y: vec![2] };\n    pair.cmp_display();\n}\n"
    ),
    .init(
      verdict: "E0308 7:30",
      source:
        "struct Point<T> {\n    x: T,\n    y: T,\n}\n\nfn main() {\n    let p = Point { x: 5, y: 4.0 };\n    println!(\"{}\", p.x);\n}\n"
    ),
    .init(
      verdict: "E0599 14:22",
      source:
        "struct Point<T> {\n    x: T,\n    y: T,\n}\n\nimpl Point<f32> {\n    fn distance_from_origin(&self) -> f32 {\n        (self.x * self.x + self.y * self.y).sqrt()\n    }\n}\n\nfn main() {\n    let p = Point { x: 3, y: 4 };\n    println!(\"{}\", p.distance_from_origin());\n}\n"
    ),
    .init(
      verdict: "E0107 6:12",
      source:
        "struct Point<T> {\n    x: T,\n    y: T,\n}\n\nfn show(p: Point) {\n    let _ = p;\n}\n\nfn main() {}\n"
    ),
    .init(
      verdict: "E0282 12:9",
      source:
        "struct Stack<T> {\n    items: Vec<T>,\n}\n\nimpl<T> Stack<T> {\n    fn new() -> Self {\n        Stack { items: Vec::new() }\n    }\n}\n\nfn main() {\n    let s = Stack::new();\n    println!(\"made\");\n}\n"
    ),
    .init(
      verdict: "E0308 6:54",
      source:
        "struct Point<T> {\n    x: T,\n    y: T,\n}\nfn main() {\n    let mut p = Point { x: 1, y: 2 }; p = Point { x: 1.0, y: 2.0 }; println!(\"{}\", p.x);\n}\n"
    ),
    .init(
      verdict: "E0277 8:29",
      source:
        "#[derive(Debug, Default)]\nstruct Counter<T> {\n    count: u32,\n    last: Option<T>,\n}\nstruct NoDef;\nfn main() {\n    let c: Counter<NoDef> = Counter::default();\n    println!(\"{}\", c.count);\n}\n"
    ),
    .init(
      verdict: "E0599 8:15",
      source:
        "#[derive(Debug, Clone, PartialEq)]\nstruct Wrapper<T> {\n    value: T,\n}\nstruct NoClone;\nfn main() {\n    let w = Wrapper { value: NoClone };\n    let v = w.clone();\n}\n"
    ),
    .init(
      verdict: "E0592 5:5",
      source:
        "struct Point<T> {\n    x: T,\n}\nimpl<T> Point<T> {\n    fn get(&self) -> &T {\n        &self.x\n    }\n}\nimpl Point<f32> {\n    fn get(&self) -> &f32 {\n        &self.x\n    }\n}\nfn main() {\n    let p = Point { x: 1.0f32 };\n    println!(\"{}\", p.get());\n}\n"
    ),
  ]

  @Test("memtutor reports rustc's first error", arguments: mistakes)
  func memtutorsVerdict(mistake: Mistake) {
    #expect(TraitErrorCodeTests.firstVerdict(of: mistake.source) == mistake.verdict)
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
    #expect(verdict == mistake.verdict)
  }

  /// A blanket impl (`impl<T> Shout for T`) is refused; one for a generic type runs.
  @Test func aBlanketTraitImplIsRefused() {
    let source =
      "struct W<T> {\n    v: T,\n}\ntrait Shout { fn shout(&self); }\nimpl<T> Shout for T {\n    fn shout(&self) {}\n}\nfn main() {}\n"
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      Issue.record("a blanket trait impl ran")
    } catch {
      let first = error.diagnostics.first.map {
        "\($0.span.start.line):\($0.span.start.column) \($0.message)"
      }
      #expect(
        first == "5:19 the implementation of a trait for a generic type is not supported by memtutor yet")
    }
  }
}
