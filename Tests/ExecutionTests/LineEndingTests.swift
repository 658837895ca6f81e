import Execution
import RustFrontEnd
import TestSupport
import Testing

/// Files saved with CRLF line endings or a byte-order mark run and report lines as rustc does.
@Suite struct LineEndingTests {
  /// A CRLF inside a string literal is `\n`; `\` before a CRLF continues the string.
  static let crlfProgram =
    "\u{FEFF}fn main() {\r\n    let s = \"a\r\nb\";\r\n    let t = \"c\\\r\n     d\";\r\n"
    + "    println!(\"{:?} {:?}\", s, t);\r\n}\r\n"

  @Test func normalizationDropsTheByteOrderMarkAndCarriageReturnsBeforeLineFeeds() {
    #expect(SourceText.normalized("\u{FEFF}a\r\nb\r\n") == "a\nb\n")
    #expect(SourceText.normalized("a\rb") == "a\rb")
    #expect(SourceText.normalized("x\u{FEFF}") == "x\u{FEFF}")
    #expect(SourceText.normalized("plain\n") == "plain\n")
  }

  @Test func aCRLFProgramPrintsWhatRustcsBuildPrints() throws {
    let trace = try Engine.trace(source: Self.crlfProgram, path: "crlf.rs")
    #expect(trace.outcome.stdout == "\"a\\nb\" \"cd\"\n")
    #expect(trace.outcome.exitStatus == 0)
  }

  @Test(
    .enabled(if: RustcCrossCheck.isAvailable, "rustc not installed: the CRLF program is not compared with it")
  )
  func rustcAgrees() throws {
    let expected = try RustcCrossCheck.run(Self.crlfProgram, name: "crlf")
    let trace = try Engine.trace(source: Self.crlfProgram, path: "crlf.rs")
    #expect(trace.outcome.stdout == expected)
  }

  @Test func anErrorInACRLFFileQuotesOnlyItsLine() throws {
    let source = "fn main() {\r\n    let x: u8 = \"a\";\r\n    let y = 2;\r\n}\r\n"
    do {
      _ = try Engine.trace(source: source, path: "bad.rs")
      Issue.record("the type error was not reported")
    } catch {
      let text = error.rendered(file: "bad.rs", source: SourceText.normalized(source))
      #expect(text.hasPrefix("bad.rs:2:"))
      #expect(text.contains("2 |     let x: u8 = \"a\";\n"))
      #expect(!text.contains("let y"))
      #expect(!text.contains("\r"))
    }
  }
}
