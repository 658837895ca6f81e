import MemoryModel

/// Walks a trace's states forward, applying each step's events once.
///
/// `Trace.state(after:)` rebuilds from the nearest checkpoint on every call; checkpoints are
/// spaced by the state's size, so asking it for every run of a line inside a long loop costs
/// a replay per run. A cursor moving forward costs only the events in between, so visiting
/// the steps of a whole trace in order is linear. Moving back (or far ahead, past a
/// checkpoint) rebuilds from a checkpoint as `state(after:)` does.
package final class StateCursor {
  package let trace: Trace
  private var step: Int?
  private var current = MachineState()

  package init(trace: Trace) {
    self.trace = trace
  }

  /// The state after `target` (clamped to the trace); step -1 is the empty state.
  package func state(after target: Int) -> MachineState {
    guard !trace.steps.isEmpty, target >= 0 else { return MachineState() }
    let target = min(target, trace.steps.count - 1)
    if let step, step <= target,
      (trace.checkpointStep(atOrBefore: target) ?? 0) <= step
    {
      if step < target {
        for index in (step + 1)...target {
          for event in trace.events(of: index) { current.apply(event, image: trace.image) }
        }
      }
    } else {
      current = MachineState()
      current = trace.state(after: target)
    }
    step = target
    return current
  }
}
