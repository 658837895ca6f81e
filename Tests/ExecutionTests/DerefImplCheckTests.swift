import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Mistakes around hand-written `Deref`, `DerefMut` and `IndexMut` impls: memtutor's first
/// report has rustc's code at rustc's line and column, and where rustc is installed it is
/// asked again. (The ownership corpus holds the move, borrow and mutability cases.)
struct DerefImplCheckTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    /// rustc's first error: `E0614 8:13`.
    let verdict: String
    let source: String
    var testDescription: String { verdict }
  }

  static let wrapper = """
    use std::ops::Deref;
    struct W(Vec<i32>);
    impl Deref for W {
        type Target = Vec<i32>;
        fn deref(&self) -> &Vec<i32> {
            &self.0
        }
    }

    """

  static let mistakes: [Mistake] = [
    // `*` on a type with no `Deref` impl.
    .init(
      verdict: "E0614 4:13",
      source:
        "struct Meters(f64);\nfn main() {\n    let m = Meters(2.0);\n    let x = *m;\n    println!(\"{}\", x);\n}\n"
    ),
    // `DerefMut` without `Deref`: rustc's first report is at the method.
    .init(
      verdict: "E0277 4:5",
      source: """
        use std::ops::DerefMut;
        struct W(Vec<i32>);
        impl DerefMut for W {
            fn deref_mut(&mut self) -> &mut Vec<i32> {
                &mut self.0
            }
        }
        fn main() {}

        """),
    // `IndexMut` without `Index`.
    .init(
      verdict: "E0277 4:5",
      source: """
        use std::ops::IndexMut;
        struct Row(Vec<i32>);
        impl IndexMut<usize> for Row {
            fn index_mut(&mut self, i: usize) -> &mut i32 {
                &mut self.0[i]
            }
        }
        fn main() {}

        """),
    // The trait written by its path only: `w.deref()` needs it imported.
    .init(
      verdict: "E0599 9:22",
      source: """
        struct W(Vec<i32>);
        impl std::ops::Deref for W {
            type Target = Vec<i32>;
            fn deref(&self) -> &Vec<i32> { &self.0 }
        }
        fn main() {
            let w = W(vec![1]);
            println!("{}", w.len());
            println!("{}", w.deref().len());
        }

        """),
    // `impl Deref` with no `use std::ops::Deref`.
    .init(
      verdict: "E0405 1:6",
      source: """
        impl Deref for W {
            type Target = Vec<i32>;
            fn deref(&self) -> &Vec<i32> { &self.0 }
        }
        struct W(Vec<i32>);
        fn main() {}

        """),
    // `&mut w` coerced to `&mut Vec<i32>` needs `DerefMut`.
    .init(
      verdict: "E0596 14:9",
      source: wrapper
        + "fn add(v: &mut Vec<i32>) {\n    v.push(1);\n}\nfn main() {\n    let mut w = W(vec![]);\n    add(&mut w);\n}\n"
    ),
    // A write through `IndexMut` of an element reached through `Deref` alone.
    .init(
      verdict: "E0596 11:5",
      source: wrapper + "fn main() {\n    let mut w = W(vec![1]);\n    w[0] += 1;\n}\n"),
    // `**b += 1` through a `&` reference to a type with `DerefMut`.
    .init(
      verdict: "E0596 12:6",
      source: """
        use std::ops::{Deref, DerefMut};
        struct B(i32);
        impl Deref for B {
            type Target = i32;
            fn deref(&self) -> &i32 { &self.0 }
        }
        impl DerefMut for B {
            fn deref_mut(&mut self) -> &mut i32 { &mut self.0 }
        }
        fn bump(b: &B) {
            let _ = 1;
            **b += 1;
        }
        fn main() {
            let b = B(1);
            bump(&b);
        }

        """),
  ]

  @Test("memtutor reports rustc's first error", arguments: mistakes)
  func memtutorsVerdict(mistake: Mistake) {
    #expect(Self.firstVerdict(of: mistake.source) == mistake.verdict)
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

  static func firstVerdict(of source: String) -> String? {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return nil
    } catch {
      guard let first = error.diagnostics.first else { return nil }
      return "\(first.code ?? "-") \(first.span.start.line):\(first.span.start.column)"
    }
  }
}
