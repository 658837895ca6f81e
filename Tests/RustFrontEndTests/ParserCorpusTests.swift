import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// The parser against the shared corpus: every runnable program parses, and every refused
/// program the parser itself refuses gets exactly the expected diagnostics.
@Suite struct ParserCorpusTests {
  @Test("corpus program parses", arguments: CorpusProgram.all)
  func corpusProgramParses(program: CorpusProgram) throws {
    let source = try program.source()
    do {
      let parsed = try Parser.parse(source: source)
      #expect(!parsed.items.isEmpty)
    } catch {
      Issue.record("\(error.rendered(file: program.path, source: source))")
    }
  }

  @Test("refused program gets the expected parser diagnostics", arguments: DiagnosticCorpusProgram.all)
  func refusedProgram(program: DiagnosticCorpusProgram) throws {
    let source = try program.source()
    let expected = try program.expectedHeaders()
    do {
      _ = try Parser.parse(source: source)
      // Parses fine: refusing it is the checker's job (hash maps, threads).
      #expect(!expected.contains { $0.contains("expected") || $0.contains("delimiter") })
    } catch {
      let headers = error.diagnostics.map { diagnostic in
        diagnostic.rendered(file: program.path, source: source)
          .split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
      }
      #expect(headers == expected)
    }
  }
}
