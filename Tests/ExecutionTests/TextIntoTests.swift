import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// `.into()` on a `&str` or a `String` makes whatever type the rest of the body asks for, as
/// rustc infers it: a `String` runs, a target memtutor does not model is refused at the call
/// (never a made-up mismatch), and one nothing settles is rustc's E0283 at rustc's place.
@Suite struct TextIntoTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let verdict: String
    let body: String
    var source: String {
      "use std::rc::Rc;\nfn show(v: Vec<u8>) {\n    println!(\"{:?}\", v);\n}\nfn main() {\n\(body)}\n"
    }
    var testDescription: String { "\(verdict): \(body)" }
  }

  /// Programs rustc accepts, with the line:col of the `into` memtutor refuses.
  static let refused: [Case] = [
    .init(verdict: "6:27", body: "    let v: Vec<u8> = \"hi\".into();\n    println!(\"{:?}\", v);\n"),
    .init(
      verdict: "7:24",
      body: "    let s = String::from(\"hi\");\n    let v: Vec<u8> = s.into();\n    println!(\"{:?}\", v);\n"),
    .init(verdict: "6:28", body: "    let b: Box<str> = \"hi\".into();\n    println!(\"{}\", b);\n"),
    .init(verdict: "6:27", body: "    let r: Rc<str> = \"hi\".into();\n    println!(\"{}\", r);\n"),
    .init(verdict: "6:15", body: "    show(\"hi\".into());\n"),
    // Not text, but the same rule: every type has `into`, so a missing one is never E0599.
    .init(verdict: "6:30", body: "    let t: (i64, u8) = (5i32.into(), 1);\n    println!(\"{:?}\", t);\n"),
    .init(
      verdict: "6:87",
      body:
        "    let r: Result<i32, Box<dyn std::error::Error>> = \"a\".parse::<i32>().map_err(|e| e.into());\n    println!(\"{:?}\", r.is_err());\n"
    ),
  ]

  /// Programs rustc rejects, with its first error's code and line:col.
  static let rejected: [Case] = [
    .init(verdict: "E0283 6:9", body: "    let n = String::from(\"a\").into();\n    println!(\"{}\", n);\n"),
    .init(verdict: "E0283 6:9", body: "    let n = \"a\".into();\n    println!(\"{}\", n);\n"),
    .init(verdict: "E0283 6:24", body: "    println!(\"{}\", \"a\".into());\n"),
    .init(
      verdict: "E0599 7:24",
      body:
        "    let mut w = vec![2.0, 1.0, 3.0];\n    w.sort_by(|a, b| a.total_cmp(b));\n    println!(\"{:?}\", w);\n"
    ),
    .init(
      verdict: "E0599 7:38",
      body:
        "    let w = vec![2.0, 1.0, 3.0];\n    let m = w.iter().min_by(|a, b| a.total_cmp(b));\n    println!(\"{:?}\", m);\n"
    ),
    .init(
      verdict: "E0689 7:15",
      body: "    let x = 2.0;\n    let o = x.total_cmp(&1.0);\n    println!(\"{:?}\", o);\n"),
    .init(
      verdict: "E0599 7:42",
      body:
        "    let v = vec![1, 2];\n    let s: Vec<i32> = v.iter().map(|x| x.pow(2)).collect();\n    println!(\"{:?}\", s);\n"
    ),
  ]

  @Test("an into rustc accepts is refused, not called a mismatch", arguments: refused)
  func refusedAtTheCall(program: Case) {
    do {
      _ = try Engine.check(source: program.source)
      Issue.record("accepted: \(program.body)")
    } catch {
      let first = error.diagnostics.first
      #expect(first?.message.contains("not supported by memtutor yet") == true)
      #expect(first?.code == nil)
      #expect(first.map { "\($0.span.start.line):\($0.span.start.column)" } == program.verdict)
    }
  }

  @Test("memtutor reports rustc's code at rustc's place", arguments: rejected)
  func rejectedLikeRustc(program: Case) {
    #expect(OwnershipCorpusTests.firstError(program.source, path: "main.rs") == program.verdict)
  }

  @Test(
    "rustc agrees",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the verdicts cannot be cross-checked"),
    arguments: rejected + refused)
  func rustcsVerdict(program: Case) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = try TemporaryDirectory()
    let file = folder.url.appendingPathComponent("main.rs")
    try program.source.write(to: file, atomically: true, encoding: .utf8)
    let verdict = try await RustcVerdict.firstError(of: file, rustc: rustc)
    if program.verdict.hasPrefix("E") {
      #expect(verdict == program.verdict, "with \(rustc.version)")
    } else {
      #expect(verdict == nil, "with \(rustc.version)")
    }
  }
}
