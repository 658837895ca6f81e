import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// The checker's type and name errors carry rustc's codes: each mistake below is reported with the
/// code rustc 1.95 gives it, and where rustc is installed it is asked again.
struct CheckerErrorCodeTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let code: String
    let source: String
    var testDescription: String { "\(code): \(source)" }
  }

  static let mistakes: [Mistake] = [
    .init(
      code: "E0308", source: "fn main() {\n    let guess: u32 = \"42\";\n    println!(\"{}\", guess);\n}\n"),
    .init(
      code: "E0425", source: "fn main() {\n    let total = count + 1;\n    println!(\"{}\", total);\n}\n"),
    .init(code: "E0425", source: "fn main() {\n    greet();\n}\n"),
    .init(
      code: "E0599",
      source: "struct Dog;\n\nfn main() {\n    let d = Dog;\n    d.bark();\n}\n"),
    .init(
      code: "E0609",
      source:
        "struct Point {\n    x: i32,\n}\n\nfn main() {\n    let p = Point { x: 1 };\n    println!(\"{}\", p.y);\n}\n"
    ),
    .init(
      code: "E0063",
      source:
        "struct Point {\n    x: i32,\n    y: i32,\n}\n\nfn main() {\n    let p = Point { x: 1 };\n    println!(\"{}\", p.x);\n}\n"
    ),
    .init(code: "E0282", source: "fn main() {\n    let v = Vec::new();\n}\n"),
    .init(
      code: "E0606",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let w: Vec<f64> = v.iter().map(|x| x as f64).collect();\n    println!(\"{:?}\", w);\n}\n"
    ),
    .init(
      code: "E0606",
      source: "fn main() {\n    let a = 5;\n    let r = &a;\n    println!(\"{}\", r as i64);\n}\n"),
    .init(
      code: "E0004",
      source: "fn main() {\n    let n = 3;\n    match n {\n        0 => println!(\"zero\"),\n    }\n}\n"),
    .init(
      code: "E0061", source: "fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\nfn main() {\n    add(1);\n}\n"),
    .init(code: "E0268", source: "fn main() {\n    break;\n}\n"),
    .init(code: "E0072", source: "struct Node {\n    next: Node,\n}\n\nfn main() {}\n"),
    .init(
      code: "E0277",
      source: "struct P;\nfn main() {\n    let o: Option<P> = None;\n    let _p = o.unwrap_or_default();\n}\n"
    ),
    .init(
      code: "E0277",
      source:
        "trait Speak {\n    fn hi(&self) -> i32;\n}\nstruct D;\nimpl Speak for D {\n    fn hi(&self) -> i32 {\n        7\n    }\n}\nfn show(s: &dyn Speak) {\n    println!(\"{}\", s.hi());\n}\nfn main() {\n    let b: Box<dyn Speak> = Box::new(D);\n    show(&b);\n}\n"
    ),
    .init(
      code: "E0023",
      source:
        "enum Shape {\n    Rect(f64, f64),\n}\nfn main() {\n    let s = Shape::Rect(1.0, 2.0);\n    match s {\n        Shape::Rect(w) => println!(\"{w}\"),\n    }\n}\n"
    ),
    .init(
      code: "E0615",
      source:
        "fn main() {\n    let v = vec![1, 2, 3];\n    let total: i32 = v.iter().sum;\n    println!(\"{total}\");\n}\n"
    ),
    .init(
      code: "E0665",
      source:
        "#[derive(Debug, Default)]\nenum Mode {\n    Fast,\n    Slow,\n}\nfn main() {\n    println!(\"{:?}\", Mode::Fast);\n    println!(\"{:?}\", Mode::Slow);\n}\n"
    ),
  ]

  @Test("memtutor reports rustc's code", arguments: mistakes)
  func memtutorsCode(mistake: Mistake) {
    #expect(Self.firstCode(of: mistake.source) == mistake.code)
  }

  @Test(
    "rustc still reports that code",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the codes cannot be cross-checked"),
    arguments: mistakes)
  func rustcsCode(mistake: Mistake) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try mistake.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    #expect(verdict?.split(separator: " ").first.map(String.init) == mistake.code, "with \(rustc.version)")
  }

  @Test func aMismatchNamesBothTypesUnderTheCaret() throws {
    let source = "fn main() {\n    let guess: u32 = \"42\";\n}\n"
    let report = Self.report(of: source)
    #expect(report.contains("error[E0308]: mismatched types\n"))
    #expect(report.contains("^^^^ expected `u32`, found `&str`"))
  }

  /// rustc has no code for a `where Self: Sized` method called on a trait object.
  @Test func aSizedOnlyMethodOnATraitObjectIsRustcsErrorWithoutACode() throws {
    let source = """
      trait Shape {
          fn area(&self) -> f64;
          fn describe(self) -> String
          where
              Self: Sized,
          {
              format!("area {}", self.area())
          }
      }
      struct Square(f64);
      impl Shape for Square {
          fn area(&self) -> f64 {
              self.0
          }
      }
      fn main() {
          let boxed: Box<dyn Shape> = Box::new(Square(2.0));
          println!("{}", boxed.describe());
      }

      """
    let report = Self.report(of: source)
    #expect(
      report.hasPrefix("main.rs:18:26: error: the `describe` method cannot be invoked on a trait object\n"))
  }

  static func report(of source: String) -> String {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return ""
    } catch {
      return error.diagnostics.map { $0.rendered(file: "main.rs", source: source) }.joined(separator: "\n")
    }
  }

  static func firstCode(of source: String) -> String? {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return nil
    } catch {
      return error.diagnostics.first?.code
    }
  }
}
