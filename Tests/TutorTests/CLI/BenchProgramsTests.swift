import Execution
import Foundation
import TestSupport
import Testing

@testable import Tutor

/// `memtutor bench`'s whole-program benchmarks: programs memtutor runs, measured from outside.
@Suite struct BenchProgramsTests {
  @Test func theProgramsAreOnesMemtutorRuns() throws {
    #expect(Benchmark.programs.map(\.name) == ["hello", "sum-loop", "fib", "strings"])
    for program in Benchmark.programs {
      var options = EngineOptions(stepBudget: 20_000)
      options.recordsSteps = false
      let trace = try #require(traceOf(program.source, path: "\(program.name).rs", options: options))
      // Each one runs (maybe into this small step budget), none is refused or panics.
      #expect([0, 3].contains(trace.outcome.exitStatus), "\(program.name)")
    }
    #expect(Benchmark.all.filter { $0.name.hasPrefix("run-") }.count == 4)
  }

  @Test func aMeasuredProcessReportsItsStatusTimeAndMemory() throws {
    let measured = try #require(ProcessMeasure.run("/bin/sh", ["-c", "sleep 0.2; exit 3"]))
    #expect(measured.status == 3)
    #expect(measured.seconds >= 0.2)
    #expect(measured.peakBytes > 0)
    #expect(ProcessMeasure.run("/nonexistent/program", []) == nil)
  }
}
