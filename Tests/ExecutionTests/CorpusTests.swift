import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Every corpus program, run by the engine, prints what the real rustc build printed.
@Suite(
  .disabled(
    if: EngineAvailability.isPlaceholder, "engine not yet available: Engine.trace is still the placeholder")
)
struct CorpusTests {
  @Test("engine output equals rustc's", arguments: CorpusProgram.all)
  func engineMatchesRustc(program: CorpusProgram) throws {
    let source = try program.source()
    let expected = try program.expected()
    let options = try program.engineOptions()
    let trace: Trace
    do throws(DiagnosticList) {
      trace = try Engine.trace(source: source, path: program.path, options: options)
    } catch {
      Issue.record("\(program.path) was refused:\n\(error.rendered(file: program.path, source: source))")
      return
    }
    let outcome = trace.outcome
    if let diff = TextDiff.describe(
      expected: expected.stdout, actual: CorpusProgram.normalisingThreadIDs(outcome.stdout))
    {
      Issue.record("\(program.path): stdout differs (- rustc, + memtutor)\n\(diff)")
    }
    if let diff = TextDiff.describe(
      expected: expected.stderr, actual: CorpusProgram.normalisingThreadIDs(outcome.stderr))
    {
      Issue.record("\(program.path): stderr differs (- rustc, + memtutor)\n\(diff)")
    }
    #expect(outcome.exitStatus == expected.status, "\(program.path): exit status")
  }
}

/// Every program in Corpus/errors is refused before it runs, with the expected first lines.
@Suite(
  .disabled(
    if: EngineAvailability.isPlaceholder, "engine not yet available: Engine.trace is still the placeholder")
)
struct DiagnosticCorpusTests {
  @Test("refused with the expected message", arguments: DiagnosticCorpusProgram.all)
  func refusesWithExpectedMessage(program: DiagnosticCorpusProgram) throws {
    let source = try program.source()
    let expected = try program.expectedHeaders()
    do throws(DiagnosticList) {
      let trace = try Engine.trace(source: source, path: program.path)
      Issue.record("\(program.path) ran instead of being refused (exit status \(trace.outcome.exitStatus))")
    } catch {
      let rendered = error.rendered(file: program.path, source: source)
      let firstLine = rendered.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
      #expect(firstLine == expected.first, "\(program.path): first line of\n\(rendered)")
      let headers = error.diagnostics.map {
        $0.rendered(file: program.path, source: source)
          .split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
      }
      #expect(
        Array(headers.prefix(expected.count)) == expected,
        "\(program.path): expected at least these diagnostics, in order:\n\(expected.joined(separator: "\n"))\ngot:\n\(rendered)"
      )
    }
  }
}
