import Foundation
import TestSupport
import Testing

@testable import Tutor

/// A program's standard input: `run` reads memtutor's own (a pipe here) and prints what rustc's
/// build prints for it; `--input FILE` gives `run`, `trace` and `render` a file instead, and
/// `trace` reads a piped input too.
@Suite struct StandardInputCommandTests {
  static let name = "378_prompt_and_flush"

  static func expectedOutput() throws -> String {
    try #require(CorpusProgram.all.first { $0.name == name }).expected().stdout
  }

  static func scratch() throws -> TemporaryDirectory {
    let temporary = try TemporaryDirectory()
    for suffix in [".rs", ".stdin"] {
      try FileManager.default.copyItem(
        at: CorpusProgram.directory.appendingPathComponent(name + suffix),
        to: temporary.url.appendingPathComponent("prompt" + suffix))
    }
    return temporary
  }

  @Test func runReadsAPipeAsTheRustcBuildDoes() throws {
    let temporary = try Self.scratch()
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" run prompt.rs < prompt.stdin", in: temporary.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == (try Self.expectedOutput()))
  }

  @Test func runWithAnInputFileIgnoresItsOwnStandardInput() throws {
    let temporary = try Self.scratch()
    let result = try MemtutorCommand.run(
      "echo Nobody | \"$MEMTUTOR\" run --input prompt.stdin prompt.rs", in: temporary.url)
    #expect(result.stdout == (try Self.expectedOutput()))
  }

  @Test func runWithNoInputFindsTheEndAtOnce() throws {
    let temporary = try Self.scratch()
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" run prompt.rs < /dev/null", in: temporary.url)
    #expect(result.stdout.contains("Hello, ! (0 bytes, capacity 0)"))
    #expect(result.stdout.contains("\"\" is not an age: cannot parse integer from empty string"))
  }

  @Test func traceNamesEachReadFromAPipeOrAFile() throws {
    let temporary = try Self.scratch()
    for command in [
      "\"$MEMTUTOR\" trace prompt.rs < prompt.stdin", "\"$MEMTUTOR\" trace --input prompt.stdin prompt.rs",
    ] {
      let result = try MemtutorCommand.run(command, in: temporary.url)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      #expect(result.stdout.contains("read from stdin \"Ferris\\n\" (7 B)"), "\(command)")
      #expect(result.stdout.contains("read from stdin: end of input"), "\(command)")
    }
  }

  @Test func renderSaysWhereTheInputComesFrom() throws {
    let temporary = try Self.scratch()
    let given = try MemtutorCommand.run(
      "\"$MEMTUTOR\" render --step 6 --input prompt.stdin prompt.rs", in: temporary.url)
    #expect(given.stdout.contains("prompt.rs · stdin: prompt.stdin"))
    #expect(given.stdout.contains("Read 7 B from standard input"))
    let none = try MemtutorCommand.run(
      "\"$MEMTUTOR\" render --step 6 prompt.rs < /dev/null", in: temporary.url)
    #expect(none.stdout.contains("Standard input has ended"))
  }

  @Test func theInputOptionIsParsed() throws {
    #expect(try EngineOptionGroup.parse([]).engineOptions().standardInput.isEmpty)
    #expect(throws: (any Error).self) {
      try EngineOptionGroup.parse(["--input", "/nonexistent/input.txt"]).engineOptions()
    }
  }
}
