import Execution
import TestSupport
import Testing

@testable import Tutor

/// Runaway programs stop with a clear message and exit status 3, never hang.
@Suite struct BudgetTests {
  @Test func anEndlessLoopStopsAtTheStepBudget() throws {
    let source = """
      fn main() {
          let mut n: u64 = 0;
          loop {
              n = n.wrapping_add(1);
          }
      }
      """
    let trace = try #require(traceOf(source, options: EngineOptions(stepBudget: 5000)))
    #expect(trace.outcome.exitStatus == 3)
    #expect(
      trace.outcome.stderr
        == "memtutor: stopped after 5,000 steps (--max-steps); the program may loop forever\n")
    #expect(trace.stepCount <= 5001)
    if case .stopped = trace.finalState.status {
    } else {
      Issue.record("final status is \(trace.finalState.status)")
    }
  }

  @Test func endlessPrintingStopsAtTheOutputBudget() throws {
    let source = """
      fn main() {
          loop {
              println!("again and again");
          }
      }
      """
    let trace = try #require(traceOf(source, options: EngineOptions(outputBudget: 1000)))
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stdout.utf8.count <= 1000)
    #expect(trace.outcome.stderr.contains("output budget"))
  }

  @Test func endlessAllocationStopsAtTheHeapBudget() throws {
    let source = """
      fn main() {
          let mut v: Vec<u64> = Vec::new();
          loop {
              v.push(1);
          }
      }
      """
    let trace = try #require(traceOf(source, options: EngineOptions(heapBudget: 1 << 16)))
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stderr.contains("heap budget"))
    let live = trace.finalState.heap.filter { $0.status == .live }.reduce(0) { $0 + $1.size }
    #expect(live <= 1 << 16)
  }

  @Test func maxSecondsSetsTheTimeBudget() throws {
    #expect(try EngineOptionGroup.parse(["--max-seconds", "2.5"]).engineOptions().timeBudget == 2.5)
    #expect(try EngineOptionGroup.parse([]).engineOptions().timeBudget == 10)
    #expect(EngineOptions().timeBudget == nil)
    #expect(throws: (any Error).self) { try EngineOptionGroup.parse(["--max-seconds", "0"]).engineOptions() }
  }

  @Test func sizesParseWithUnits() {
    #expect(SourceFile.parseSize("8MiB") == 8 * 1024 * 1024)
    #expect(SourceFile.parseSize("64KiB") == 64 * 1024)
    #expect(SourceFile.parseSize("65536") == 65536)
    #expect(SourceFile.parseSize("1GiB") == 1 << 30)
    #expect(SourceFile.parseSize("lots") == nil)
    #expect(SourceFile.parseSize("-5") == nil)
  }
}
