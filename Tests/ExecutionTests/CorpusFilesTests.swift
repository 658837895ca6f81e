import Foundation
import TestSupport
import Testing

/// The corpus itself is complete and well-formed, whatever state the engine is in.
@Suite struct CorpusFilesTests {
  @Test func corpusIsLargeEnough() {
    #expect(CorpusProgram.all.count >= 50)
    #expect(DiagnosticCorpusProgram.all.count >= 10)
  }

  @Test("expected files are present and consistent", arguments: CorpusProgram.all)
  func expectedFilesArePresent(program: CorpusProgram) throws {
    let source = try program.source()
    let expected = try program.expected()
    let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
    #expect((10...90).contains(lineCount), "\(program.path) has \(lineCount) lines")
    #expect(
      [0, 1, 101, 134].contains(expected.status), "\(program.path): unexpected status \(expected.status)")
    if expected.status == 1 {
      // `main` returned `Err(e)`: std printed `Error: {e:?}`.
      #expect(expected.stderr.hasPrefix("Error: "), "\(program.path): status 1 without `Error:`")
    }
    #expect(
      !expected.stderr.contains(/thread '[^']*' \([0-9]+\)/), "\(program.path): thread id not normalised")
    if expected.status == 101 {
      // A panic inside std (`i8::MIN.abs()`) names std's own source, as rustc's build does.
      #expect(
        expected.stderr.contains("panicked at \(program.path):")
          || expected.stderr.contains("panicked at /rustc/"),
        "\(program.path): panic names another path")
    }
    if expected.status == 134 {
      #expect(expected.stderr.hasSuffix("fatal runtime error: stack overflow, aborting\n"))
    }
  }

  @Test("each refused program names its own path", arguments: DiagnosticCorpusProgram.all)
  func expectationsNameTheirFile(program: DiagnosticCorpusProgram) throws {
    let headers = try program.expectedHeaders()
    let source = try program.source()
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!headers.isEmpty)
    for header in headers {
      let match = header.wholeMatch(
        of: /(?<path>[^:]+):(?<line>[0-9]+):(?<column>[0-9]+): error: (?<message>.+)/)
      #expect(match?.output.path == Substring(program.path), "\(header)")
      guard let match, let line = Int(match.output.line), let column = Int(match.output.column) else {
        continue
      }
      // The position must point inside the file (a column one past the end is where a missing
      // token belongs).
      #expect(lines.indices.contains(line - 1), "\(header): no such line")
      if lines.indices.contains(line - 1) {
        #expect(column >= 1 && column <= lines[line - 1].count + 1, "\(header): no such column")
      }
    }
  }

  @Test func threadIDsAreNormalised() {
    let raw =
      "\nthread 'main' (48213) panicked at 01_x.rs:2:5:\nthread '<unknown>' (7) has overflowed its stack\n"
    #expect(
      CorpusProgram.normalisingThreadIDs(raw)
        == "\nthread 'main' (PID) panicked at 01_x.rs:2:5:\nthread '<unknown>' (PID) has overflowed its stack\n"
    )
  }

  @Test func diffShowsChangedLines() throws {
    let diff = try #require(TextDiff.describe(expected: "a\nb\nc\n", actual: "a\nB\nc\n"))
    #expect(diff == "  a\n- b\n+ B\n  c")
    #expect(TextDiff.describe(expected: "same\n", actual: "same\n") == nil)
    let ending = try #require(TextDiff.describe(expected: "x\n", actual: "x"))
    #expect(ending.contains("no newline at end"))
    let tab = try #require(TextDiff.describe(expected: "a\tb\n", actual: "a\\tb\n"))
    #expect(tab == "- a␉b\n+ a\\tb")
  }
}
