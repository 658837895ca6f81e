import Execution
import Foundation
import TestSupport
import Testing

@testable import Tutor

/// `run` records no steps, so its step budget lets ordinary long loops finish; runaway
/// programs meet the time budget with the same one line and exit status 3.
@Suite struct RunBudgetTests {
  static let millionLoop = """
    fn main() {
        let mut sum: u64 = 0;
        let mut i: u64 = 0;
        while i < 1000000 {
            sum += i;
            i += 1;
        }
        println!("{}", sum);
    }

    """

  static let endless = """
    fn main() {
        let mut n: u64 = 0;
        loop {
            n = n.wrapping_add(1);
        }
    }

    """

  @Test func runRaisesTheDefaultStepBudgetAndTraceKeepsIt() throws {
    let traced = try EngineOptionGroup.parse([]).engineOptions()
    #expect(traced.stepBudget == 2_000_000)
    #expect(traced.recordsSteps)
    let run = try EngineOptionGroup.parse([]).engineOptions(recordsSteps: false)
    #expect(run.stepBudget == 100_000_000)
    #expect(!run.recordsSteps)
    #expect(run.timeBudget == EngineOptions.commandTimeBudget)
    let chosen = try EngineOptionGroup.parse(["--max-steps", "5000"]).engineOptions(recordsSteps: false)
    #expect(chosen.stepBudget == 5000)
  }

  @Test(arguments: MemtutorCommand.builds)
  func anEndlessLoopUnderRunStopsAtTheTimeBudget(build: MemtutorBuild) throws {
    let temporary = try CommandOutputTests.scratch(["endless.rs": Self.endless])
    let result = try MemtutorCommand.run(
      "\"$MEMTUTOR\" run --max-seconds 1 endless.rs", in: temporary.url, build: build)
    #expect(result.status == 3, "\(build) binary")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "memtutor: stopped after 1 second (--max-seconds); the program may run forever\n",
      "\(build) binary")
  }

  /// Only the release build: the debug build may be too slow for the time budget on a busy machine.
  @Test(.enabled(if: MemtutorBuild.releaseIsCurrent, MemtutorBuild.releaseMissingReason))
  func aMillionIterationLoopFinishesUnderRun() throws {
    let temporary = try CommandOutputTests.scratch(["loop.rs": Self.millionLoop])
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" run loop.rs", in: temporary.url, build: .release)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "499999500000\n")
    #expect(result.stderr.isEmpty)
  }
}
