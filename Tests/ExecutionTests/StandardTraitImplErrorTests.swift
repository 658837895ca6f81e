import Execution
import RustFrontEnd
import Testing

/// Mistakes in a hand-written `Clone`, `TryFrom` and in a `Debug` built with `Formatter`'s builders are
/// reported with rustc 1.95's code at rustc's line and column (each read off rustc's report).
struct StandardTraitImplErrorTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let code: String
    let at: String
    let source: String
    var testDescription: String { "\(code) at \(at)" }
  }

  static func cloneImpl(_ signature: String) -> String {
    """
    struct C { n: i32 }
    impl Clone for C {
        \(signature) { C { n: 1 } }
    }
    fn main() { let c = C { n: 2 }; let d = c.clone(); println!("{}", d.n + c.n); }

    """
  }

  static func debugImpl(_ chain: String) -> String {
    """
    use std::fmt;
    struct Hidden;
    struct P { x: i32, h: Hidden }
    impl fmt::Debug for P {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            \(chain)
        }
    }
    fn main() { println!("{:?}", P { x: 1, h: Hidden }); }

    """
  }

  static func tryFromImpl(_ body: String) -> String {
    """
    #[derive(Debug)]
    struct Even(i32);
    impl TryFrom<i32> for Even {
    \(body)}
    fn main() { println!("{:?}", Even::try_from(4)); }

    """
  }

  static let mistakes: [Mistake] = [
    .init(
      code: "E0046", at: "3:1",
      source: tryFromImpl("    fn try_from(v: i32) -> Result<Self, String> { Ok(Even(v)) }\n")),
    .init(code: "E0046", at: "3:1", source: tryFromImpl("    type Error = String;\n")),
    .init(
      code: "E0053", at: "5:20",
      source: tryFromImpl(
        "    type Error = String;\n    fn try_from(v: u32) -> Result<Self, Self::Error> { Ok(Even(v as i32)) }\n"
      )),
    .init(
      code: "E0053", at: "5:28",
      source: tryFromImpl(
        "    type Error = String;\n    fn try_from(v: i32) -> Option<Self> { Some(Even(v)) }\n")),
    .init(code: "E0053", at: "3:14", source: cloneImpl("fn clone(&mut self) -> Self")),
    .init(code: "E0053", at: "3:14", source: cloneImpl("fn clone(self) -> Self")),
    .init(code: "E0053", at: "3:24", source: cloneImpl("fn clone(&self) -> i32")),
    .init(code: "E0186", at: "3:5", source: cloneImpl("fn clone() -> Self")),
    .init(code: "E0050", at: "3:14", source: cloneImpl("fn clone(&self, x: i32) -> Self")),
    .init(code: "E0407", at: "3:5", source: cloneImpl("fn other(&self) -> Self")),
    .init(
      code: "E0599", at: "2:43",
      source:
        "struct C { n: i32 }\nfn main() { let c = C { n: 2 }; let d = c.clone(); println!(\"{}\", d.n); }\n"),
    .init(
      code: "E0119", at: "1:10",
      source: cloneImpl("fn clone(&self) -> Self").replacing("struct C", with: "#[derive(Clone)]\nstruct C")),
    .init(
      code: "E0308", at: "6:40",
      source: debugImpl("f.debug_struct(\"P\").field(\"x\", self.x).finish()")),
    .init(
      code: "E0277", at: "6:40",
      source: debugImpl("f.debug_struct(\"P\").field(\"h\", &self.h).finish()")),
  ]

  @Test("memtutor reports rustc's code at rustc's place", arguments: mistakes)
  func reported(mistake: Mistake) {
    do {
      _ = try Engine.trace(source: mistake.source, path: "main.rs")
      Issue.record("accepted a program rustc rejects")
    } catch {
      let first = error.diagnostics.first
      #expect(first?.code == mistake.code)
      #expect(first.map { "\($0.span.start.line):\($0.span.start.column)" } == mistake.at)
    }
  }
}
