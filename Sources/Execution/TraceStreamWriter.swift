import MemoryModel

/// Prints a trace (`TraceText` or `TraceJSON`) step by step as the run records it, holding
/// only the state and a chunk of text: memory does not grow with the number of steps.
///
/// The document's head names the step count and the outcome, which are known only at the
/// end, so it is built from an `outline`: an earlier run of the same program that counted its
/// steps (see `TraceCommand`). The output is byte for byte what `rendered(budget:)` returns
/// for the whole trace.
package final class TraceStreamWriter: TraceStepSink {
  package enum Format: Sendable {
    case text
    case json
  }

  private let format: Format
  private let text: TraceText
  private let json: TraceJSON
  private let budget: Int
  private let output: (String) throws -> Void
  private var state = MachineState()
  private var summaries = TraceText.SummaryCache()
  private var chunk = ""
  private var flushedBytes = 0
  /// Steps received (printed or not).
  package private(set) var stepsSeen = 0
  /// Steps printed; the rest of the run went past the budget.
  package private(set) var stepsPrinted = 0
  /// Every step made it in.
  package var isComplete: Bool { stepsPrinted == stepsSeen }
  /// The first error `output` threw; nothing more is written after it.
  package private(set) var failure: (any Error)?
  /// Text is sent to `output` in pieces of about this many bytes, each ending with a step.
  static let chunkBytes = 1 << 16

  /// `outline` is a run of the same program (its image, outcome and `stepCount` steps);
  /// `budget` is as for `rendered(budget:)`.
  package init(
    format: Format, outline: Trace, stepCount: Int, budget: Int, output: @escaping (String) throws -> Void
  ) {
    self.format = format
    self.text = TraceText(trace: outline)
    self.json = TraceJSON(trace: outline)
    self.budget = budget
    self.output = output
    switch format {
    case .text: chunk = text.header(stepCount: stepCount, exitStatus: outline.outcome.exitStatus)
    case .json: chunk = json.header(outcome: outline.outcome)
    }
  }

  package func stepEnded(index: Int, line: Int32, column: Int32, events: [Event]) {
    stepsSeen += 1
    // Once one step is left out, so are all after it.
    guard stepsPrinted == index, failure == nil, flushedBytes + chunk.utf8.count <= budget else { return }
    switch format {
    case .text:
      text.appendStep(
        index: index, line: line, column: column, events: events, state: &state, summaries: &summaries,
        to: &chunk)
    case .json:
      json.appendStep(index: index, line: line, column: column, events: events, to: &chunk)
    }
    stepsPrinted += 1
    if chunk.utf8.count >= Self.chunkBytes { flush() }
  }

  /// Ends the document (JSON's closing brackets) and sends what is left.
  package func finish() {
    if format == .json { chunk += TraceJSON.footer }
    flush()
  }

  private func flush() {
    guard failure == nil, !chunk.isEmpty else { return }
    do {
      try output(chunk)
    } catch {
      failure = error
    }
    flushedBytes += chunk.utf8.count
    chunk = ""
    chunk.reserveCapacity(Self.chunkBytes + 4096)
  }
}
