import Execution
import RustFrontEnd
import Testing

/// Kept text splitters and `Peekable`s borrow and move as std's values do: each mistake below
/// is refused with rustc 1.95's code at rustc's line and column.
struct KeptIteratorErrorTests {
  struct Mistake: Sendable, CustomTestStringConvertible {
    let code: String
    let position: String
    let source: String
    var testDescription: String { "\(code) at \(position)" }
  }

  static let mistakes: [Mistake] = [
    .init(
      code: "E0502", position: "4:5",
      source:
        "fn main() {\n    let mut s = String::from(\"a,b\");\n    let mut p = s.split(',');\n    s.push('x');\n    println!(\"{:?}\", p.next());\n}\n"
    ),
    .init(
      code: "E0382", position: "5:30",
      source:
        "fn main() {\n    let s = String::from(\"a,b\");\n    let mut p = s.split(',');\n    let v: Vec<&str> = p.collect();\n    println!(\"{:?} {:?}\", v, p.next());\n}\n"
    ),
    .init(
      code: "E0597", position: "10:22",
      source:
        "fn first_word(s: &str) -> &str {\n    let mut w = s.split_whitespace();\n    w.next().unwrap_or(\"\")\n}\nfn main() {\n    let owned = String::from(\"hello world\");\n    let f = first_word(&owned);\n    let w = {\n        let t = String::from(\"x y\");\n        let mut it = t.lines();\n        it.next()\n    };\n    println!(\"{f} {w:?}\");\n}\n"
    ),
    .init(
      code: "E0596", position: "3:22",
      source:
        "fn main() {\n    let it = \"12a\".chars().peekable();\n    println!(\"{:?}\", it.next_if(|c| c.is_ascii_digit()));\n}\n"
    ),
    .init(
      code: "E0502", position: "4:5",
      source:
        "fn main() {\n    let mut text = String::from(\"a b\");\n    let mut words = text.split(|c: char| c == ' ');\n    text.clear();\n    println!(\"{:?}\", words.next());\n}\n"
    ),
    .init(
      code: "E0505", position: "4:10",
      source:
        "fn main() {\n    let s = String::from(\"a,b\");\n    let mut it = s.split(',');\n    drop(s);\n    println!(\"{:?}\", it.next());\n}\n"
    ),
  ]

  @Test("the first error has rustc's code and position", arguments: mistakes)
  func rustcsFirstError(mistake: Mistake) {
    do {
      _ = try Engine.trace(source: mistake.source, path: "main.rs")
      Issue.record("accepted a program rustc rejects")
    } catch {
      let first = error.diagnostics.first
      #expect(first?.code == mistake.code)
      #expect(first.map { "\($0.span.start.line):\($0.span.start.column)" } == mistake.position)
    }
  }

  /// The run Rust prevents still runs to its end: the splitter reads what is left of the text.
  @Test func aWhatIfRunOverADroppedTextEnds() throws {
    var options = EngineOptions()
    options.whatIf = true
    let source = Self.mistakes.first { $0.code == "E0505" }?.source ?? ""
    let trace = try Engine.trace(source: source, path: "main.rs", options: options)
    #expect(trace.outcome.exitStatus == 0 || trace.outcome.exitStatus == Interpreter.whatIfStopStatus)
  }
}
