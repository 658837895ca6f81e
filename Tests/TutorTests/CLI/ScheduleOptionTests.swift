import ArgumentParser
import Execution
import Testing

@testable import Tutor

/// `--schedule SEED` reaches the engine from `run`/`trace` and from `render`/the tutor; without
/// it the scheduler stays round-robin.
@Suite struct ScheduleOptionTests {
  @Test func theSeedReachesTheEngine() throws {
    #expect(try EngineOptionGroup.parse(["--schedule", "42"]).engineOptions().scheduleSeed == 42)
    #expect(try EngineOptionGroup.parse([]).engineOptions().scheduleSeed == nil)
    #expect(try TutorCommandOptions.parse(["--schedule", "7"]).engineOptions().scheduleSeed == 7)
    #expect(try TutorCommandOptions.parse([]).engineOptions().scheduleSeed == nil)
    #expect(throws: (any Error).self) { try EngineOptionGroup.parse(["--schedule", "soon"]) }
    #expect(throws: (any Error).self) { try EngineOptionGroup.parse(["--schedule", "-1"]) }
  }

  @Test func runsHelpSaysTheInterleavingIsOneOfMany() {
    let help = RunCommand.helpMessage(columns: 200)
    #expect(help.contains("--schedule <seed>"))
    // Wrapped lines joined: the help says a real run's interleaving varies.
    let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("A real program's interleaving changes from run to run"))
  }
}
