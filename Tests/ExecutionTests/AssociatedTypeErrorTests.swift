import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Mistakes with the associated types of a program's own traits get rustc's first error: its
/// code and where its caret points, checked against rustc 1.95 where it is installed.
struct AssociatedTypeErrorTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let verdict: String
    let source: String
    var testDescription: String { "\(verdict): \(source)" }
  }

  static let container =
    "trait Container {\n    type Item;\n    fn get(&self, i: usize) -> Option<&Self::Item>;\n}\n"
    + "struct Bag {\n    items: Vec<i32>,\n}\n"

  static let bagImpl =
    "impl Container for Bag {\n    type Item = i32;\n    fn get(&self, i: usize) -> Option<&i32> {\n        self.items.get(i)\n    }\n}\n"

  static let mistakes: [Mistake] = [
    // The impl leaves out `type Item`: E0046 alone, not a mismatch of `get` besides.
    .init(
      verdict: "E0046 8:1",
      source: container
        + "impl Container for Bag {\n    fn get(&self, i: usize) -> Option<&i32> {\n        self.items.get(i)\n    }\n}\n"
        + "fn main() {\n    let b = Bag { items: vec![1] };\n    println!(\"{:?}\", b.get(0));\n}\n"),
    // A type the trait does not declare.
    .init(
      verdict: "E0437 10:5",
      source: container
        + "impl Container for Bag {\n    type Item = i32;\n    type Key = u8;\n    fn get(&self, i: usize) -> Option<&i32> {\n        self.items.get(i)\n    }\n}\n"
        + "fn main() {\n    let b = Bag { items: vec![1] };\n    println!(\"{:?}\", b.get(0));\n}\n"),
    // A method whose signature disagrees with the impl's own choice of `Item`.
    .init(
      verdict: "E0053 10:33",
      source: container
        + "impl Container for Bag {\n    type Item = i32;\n    fn get(&self, _i: usize) -> Option<&u8> {\n        None\n    }\n}\n"
        + "fn main() {\n    let b = Bag { items: vec![1] };\n    println!(\"{:?} {:?}\", b.get(0), b.items);\n}\n"
    ),
    // An associated type the bound's trait does not have: the caret at its name.
    .init(
      verdict: "E0220 14:45",
      source: container + bagImpl
        + "fn first<C: Container>(c: &C) -> Option<&C::Items> {\n    c.get(0)\n}\n"
        + "fn main() {\n    println!(\"{:?}\", first(&Bag { items: vec![1] }));\n}\n"),
    // The opaque `<C as Container>::Item` has nothing its trait does not promise.
    .init(
      verdict: "E0277 16:24",
      source: container + bagImpl
        + "fn show<C: Container>(c: &C) {\n    if let Some(x) = c.get(0) {\n        println!(\"{}\", x);\n    }\n}\n"
        + "fn main() {\n    show(&Bag { items: vec![1] });\n}\n"),
    .init(
      verdict: "E0369 17:7",
      source: container + bagImpl
        + "fn biggest<C: Container>(c: &C) -> bool {\n    let a = c.get(0).unwrap();\n    let b = c.get(1).unwrap();\n    a > b\n}\n"
        + "fn main() {\n    println!(\"{}\", biggest(&Bag { items: vec![1, 5] }));\n}\n"),
    // The result's `C::Item` is the impl's `i32`, not the `String` wanted.
    .init(
      verdict: "E0308 19:30",
      source: container + bagImpl
        + "fn first<C: Container>(c: &C) -> Option<&C::Item> {\n    c.get(0)\n}\n"
        + "fn main() {\n    let b = Bag { items: vec![1] };\n    let x: Option<&String> = first(&b);\n    println!(\"{:?}\", x);\n}\n"
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
    #expect(verdict == mistake.verdict, "with \(rustc.version)")
  }

  @Test("the associated types memtutor does not model are refused, not guessed")
  func refusals() {
    let sources = [
      "trait Container {\n    type Item = i32;\n}\nfn main() {}\n",
      "trait Container {\n    type Item;\n}\nfn take(_c: &dyn Container) {}\nfn main() {}\n",
      "trait Container {\n    type Item;\n}\nstruct W<T>(T);\nimpl<T> Container for W<T> {\n    type Item = T;\n}\nfn main() {}\n",
    ]
    for source in sources {
      var refused = false
      do {
        _ = try Engine.trace(source: source, path: "main.rs")
      } catch {
        refused = error.diagnostics.contains { $0.message.contains("not supported by memtutor yet") }
      }
      #expect(refused, "\(source)")
    }
  }
}
