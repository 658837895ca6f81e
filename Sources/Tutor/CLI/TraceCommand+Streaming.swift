import ArgumentParser
import Execution
import RustFrontEnd

extension TraceCommand {
  /// Prints the trace as the program runs, keeping no step: memory stays that of the
  /// program's live state however many steps it takes.
  ///
  /// The head of the document names the step count and the outcome, so the program runs
  /// twice: once counting its steps, then again printing each as it ends. The run is
  /// deterministic, except for the clock: the second run has no time budget (the first
  /// showed the program ends within it). A first run the clock stopped cannot be repeated
  /// step for step; then this returns false and the caller records the trace whole.
  func stream(_ checked: (program: CheckedProgram, source: String), options: EngineOptions, budget: Int)
    throws -> Bool
  {
    let counter = StepCounter()
    let outline = Engine.run(
      checked.program, source: checked.source, path: file, options: options, sink: counter)
    if Self.stoppedByClock(outline) { return false }
    var replay = options
    replay.timeBudget = nil
    let writer = TraceStreamWriter(
      format: json ? .json : .text, outline: outline, stepCount: counter.count, budget: budget,
      output: { try CommandOutput.write(utf8: $0) })
    let run = Engine.run(checked.program, source: checked.source, path: file, options: replay, sink: writer)
    writer.finish()
    if let failure = writer.failure { throw failure }
    guard run.outcome == outline.outcome, writer.stepsSeen == counter.count else {
      CommandOutput.printError(
        "memtutor: internal error: the program's second run took \(writer.stepsSeen) steps, not \(counter.count)"
      )
      throw ExitCode(70)
    }
    try finish(
      isComplete: writer.isComplete, stepCount: counter.count, exitStatus: outline.outcome.exitStatus,
      budget: budget)
    return true
  }

  /// Whether the time budget (`--max-seconds`) ended the run.
  static func stoppedByClock(_ trace: Trace) -> Bool {
    trace.events.contains { event in
      if case .stopped(let reason) = event { return reason.contains("(--max-seconds)") }
      return false
    }
  }
}
