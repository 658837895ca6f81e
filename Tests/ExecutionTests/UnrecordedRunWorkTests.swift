import Execution
import MemoryModel
import RustFrontEnd
import Testing

/// A run that records no step (`run`) changes its slots without building an event for each
/// change: the events it builds do not grow with the number of loop iterations. Counted, so
/// the test does not depend on the machine's speed.
@Suite struct UnrecordedRunWorkTests {
  static func sumLoop(_ count: Int) -> String {
    """
    fn main() {
        let mut sum: u64 = 0;
        let mut i: u64 = 0;
        while i < \(count) {
            sum += i;
            i += 1;
        }
        println!("{}", sum);
    }
    """
  }

  /// Runs `source` and returns its stdout and the events its recorder was handed.
  static func run(_ source: String, recordsSteps: Bool) throws -> (stdout: String, events: Int, steps: Int) {
    let text = SourceText.normalized(source)
    let checked = try Checker.check(try Parser.parse(source: text), source: text)
    var options = EngineOptions()
    options.recordsSteps = recordsSteps
    let (interpreter, mainLine) = Engine.interpreter(
      for: checked, source: text, path: "main.rs", options: options)
    let trace = interpreter.run(mainLine: mainLine)
    return (trace.outcome.stdout, interpreter.recorder.eventsReceived, interpreter.recorder.stepCount)
  }

  @Test func slotWritesBuildNoEventsWhenNoStepIsRecorded() throws {
    let short = try Self.run(Self.sumLoop(1000), recordsSteps: false)
    let long = try Self.run(Self.sumLoop(2000), recordsSteps: false)
    #expect(short.stdout == "499500\n")
    #expect(long.stdout == "1999000\n")
    // Twice the iterations, twice the steps, and not one event more.
    #expect(long.steps > short.steps + 1000)
    #expect(
      long.events == short.events, "\(short.events) events for 1000 iterations, \(long.events) for 2000")
    #expect(long.events < 20)
  }

  @Test func recordingStillBuildsAnEventForEverySlotWrite() throws {
    let short = try Self.run(Self.sumLoop(1000), recordsSteps: true)
    let long = try Self.run(Self.sumLoop(2000), recordsSteps: true)
    #expect(short.stdout == "499500\n")
    // Each iteration writes `sum` and `i`.
    #expect(long.events - short.events >= 2 * 1000)
  }
}
