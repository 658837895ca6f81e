import Execution
import MemoryModel
import Testing

/// Runs a program and returns its trace, recording the diagnostics if it is refused.
package func traceOf(_ source: String, path: String = "main.rs", options: EngineOptions = EngineOptions())
  -> Trace?
{
  do {
    return try Engine.trace(source: source, path: path, options: options)
  } catch {
    Issue.record("refused:\n\(error.rendered(file: path, source: source))")
    return nil
  }
}

extension Trace {
  package var finalState: MachineState { state(after: stepCount - 1) }

  /// Every event of the run, in order.
  package var allEvents: [Event] { Array(events) }

  /// The slot of `name` in the innermost frame that has one, after `step`.
  package func slot(_ name: String, after step: Int) -> (FrameState.Slot, FrameLayout.Slot, UInt64)? {
    let state = state(after: step)
    for frame in state.frames.reversed() {
      let layout = image.layouts[frame.layoutIndex]
      if let index = layout.slots.firstIndex(where: { $0.name == name }) {
        let entry = layout.slots[index]
        return (frame.slots[index], entry, frame.topAddress - UInt64(entry.offset + entry.size))
      }
    }
    return nil
  }

  /// The first step whose line is `line`.
  package func firstStep(atLine line: Int) -> Int? {
    steps.firstIndex { Int($0.line) == line }
  }
}
