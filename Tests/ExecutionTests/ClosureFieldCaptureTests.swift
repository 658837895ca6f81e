import Execution
import Testing

/// Edition 2021's precise captures, seen through a closure's size: the closure is a struct of
/// what it captured, so its size says whether it holds a field, a reference, or a moved value.
/// Each expected size is what rustc 1.95 prints.
@Suite struct ClosureFieldCaptureTests {
  static let prelude =
    "struct P { name: String, age: u8, id: u64 }\nfn main() {\n"
    + "    let p = P { name: String::from(\"ab\"), age: 1, id: 2 };\n    let r = &p;\n"

  static let cases: [(closure: String, size: Int)] = [
    ("|| p.age", 8),  // &p.age
    ("move || p.age", 1),  // p.age copied in
    ("|| (p.name.len(), p.age)", 16),  // &p.name and &p.age
    ("move || p.name.len()", 24),  // p.name moved in
    ("|| r.id + r.id", 8),  // *r, through the shared reference
    ("move || r.age", 8),  // r itself
    ("|| (r.age, p.id)", 16),  // *r and &p.id
  ]

  @Test(arguments: cases)
  func aClosureHoldsThePlacesItUses(closure: String, size: Int) throws {
    let source =
      Self.prelude + "    let c = \(closure);\n    println!(\"{}\", std::mem::size_of_val(&c));\n"
      + "    let _ = c();\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "\(size)\n")
  }

  /// The other fields stay free: `p.age` changes while a closure holds `&p.name`.
  @Test func anotherFieldChangesWhileTheClosureLives() throws {
    let source =
      "struct P { name: String, age: u32 }\nfn main() {\n    let mut p = P { name: String::from(\"Ann\"), age: 30 };\n"
      + "    let c = || println!(\"{}\", p.name);\n    p.age += 1;\n    c();\n    println!(\"{}\", p.age);\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "Ann\n31\n")
  }
}
