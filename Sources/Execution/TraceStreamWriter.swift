import MemoryModel

/// Prints a trace (`TraceText` or `TraceJSON`) step by step as the run records it, holding
/// only the state and a chunk of bytes: memory does not grow with the number of steps.
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
  /// Receives the document's UTF-8 bytes piece by piece.
  private let output: ([UInt8]) throws -> Void
  private var printing = Printing()
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
    format: Format, outline: Trace, stepCount: Int, budget: Int, output: @escaping ([UInt8]) throws -> Void
  ) {
    self.format = format
    self.text = TraceText(trace: outline)
    self.json = TraceJSON(trace: outline)
    self.budget = budget
    self.output = output
    switch format {
    case .text:
      printing.chunk.append(text.header(stepCount: stepCount, exitStatus: outline.outcome.exitStatus))
    case .json: printing.chunk.append(json.header(outcome: outline.outcome))
    }
  }

  package func stepEnded(index: Int, line: Int32, column: Int32, events: [Event]) {
    stepsSeen += 1
    // Once one step is left out, so are all after it.
    guard stepsPrinted == index, failure == nil, flushedBytes + printing.chunk.count <= budget else { return }
    switch format {
    case .text:
      printing.appendStep(index: index, line: line, column: column, events: events, of: text)
    case .json:
      json.appendStep(index: index, line: line, column: column, events: events, to: &printing.chunk)
    }
    stepsPrinted += 1
    if printing.chunk.count >= Self.chunkBytes { flush() }
  }

  /// Ends the document (JSON's closing brackets) and sends what is left.
  package func finish() {
    if format == .json { printing.chunk.append(TraceJSON.footer) }
    flush()
  }

  private func flush() {
    guard failure == nil, !printing.chunk.isEmpty else { return }
    do {
      try output(printing.chunk.bytes)
    } catch {
      failure = error
    }
    flushedBytes += printing.chunk.count
    printing.chunk.removeAll()
  }

  /// What moves on as steps are printed, kept together so a step reaches all of it through
  /// one access to the writer (each access to a class's stored property is checked at run time).
  private struct Printing: ~Copyable {
    var state = MachineState()
    var summaries = TraceText.SummaryCache()
    var chunk = TraceBytes(reservingCapacity: TraceStreamWriter.chunkBytes + 4096)

    mutating func appendStep(index: Int, line: Int32, column: Int32, events: [Event], of text: TraceText) {
      text.appendStep(
        index: index, line: line, column: column, events: events, state: &state, summaries: &summaries,
        to: &chunk)
    }
  }
}
