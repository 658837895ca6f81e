/// Collects steps and events as the interpreter runs, keeps the live `MachineState` (which is
/// also the interpreter's view of memory) and takes checkpoints so any step can be rebuilt fast.
package struct TraceRecorder {
  package let image: ProgramImage
  package private(set) var state = MachineState()
  package private(set) var steps: [Step] = []
  package private(set) var events: [Event] = []
  package private(set) var checkpoints: [(step: Int, state: MachineState)] = []
  private var eventsSinceCheckpoint = 0
  package private(set) var stdout = ""
  package private(set) var stderr = ""
  package private(set) var outputBytes = 0

  package init(image: ProgramImage) {
    self.image = image
  }

  package var stepCount: Int { steps.count }

  /// Applies an event to the state and appends it to the current step.
  package mutating func record(_ event: Event) {
    state.apply(event, image: image)
    events.append(event)
    eventsSinceCheckpoint += 1
    if case .printed(let stream, let text) = event {
      outputBytes += text.utf8.count
      if stream == .stdout { stdout += text } else { stderr += text }
    }
  }

  /// Ends the current step and starts one for `point`.
  package mutating func beginStep(_ point: SourcePoint, heapWeight: Int = 0) {
    let count = Int32(clamping: events.count)
    if !steps.isEmpty {
      steps[steps.count - 1].endEvent = count
      // Checkpoint spacing grows with the state's size, so copies stay proportional to events.
      // A deep recursion grows the state with every step: spacing it at four events per
      // frame or block keeps the sum of all checkpoint sizes within twice the final state.
      // A big heap block (one long `Vec`) weighs in by its size: after each checkpoint the
      // next write copies it once.
      let weight = state.frames.count + state.heap.count + heapWeight + state.output.count / 4
      let threshold = max(1000, 4 * weight)
      if eventsSinceCheckpoint >= threshold {
        checkpoints.append((steps.count - 1, state))
        eventsSinceCheckpoint = 0
      }
    }
    steps.append(Step(line: point.line, column: point.column, firstEvent: count, endEvent: count))
  }

  /// Writes text that is not the program's own output (memtutor's budget messages).
  package mutating func noteStderr(_ text: String) {
    stderr += text
  }

  /// Closes the last step and builds the trace.
  package mutating func finish(exitStatus: Int32) -> Trace {
    if !steps.isEmpty {
      steps[steps.count - 1].endEvent = Int32(clamping: events.count)
    }
    var allCheckpoints = checkpoints
    if allCheckpoints.first?.step != 0 {
      // The first checkpoint is always step 0; rebuild it by replaying step 0 alone.
      var first = MachineState()
      if let step = steps.first {
        for event in events[Int(step.firstEvent)..<Int(step.endEvent)] { first.apply(event, image: image) }
      }
      allCheckpoints.insert((0, first), at: 0)
    }
    return Trace(
      image: image, steps: steps, events: events,
      outcome: Trace.Outcome(stdout: stdout, stderr: stderr, exitStatus: exitStatus),
      checkpoints: allCheckpoints)
  }
}
