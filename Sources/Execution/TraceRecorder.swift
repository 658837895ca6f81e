import MemoryModel

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
  /// An estimate of the bytes memtutor holds for this run: every event with the values it
  /// carries (each keeps its own copy once the state moves on), and each checkpoint's share
  /// of the state. Grows only: the trace keeps everything to the end.
  package private(set) var retainedBytes = 0
  private var lastCheckpointBytes = 0

  package init(image: ProgramImage) {
    self.image = image
  }

  package var stepCount: Int { steps.count }

  /// Applies an event to the state and appends it to the current step.
  package mutating func record(_ event: Event) {
    state.apply(event, image: image)
    events.append(event)
    retainedBytes += Self.eventStride + Self.carriedBytes(event)
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
      // A state whose values take much memory (a long `Vec<u8>`: a whole value per byte)
      // is spaced further still, so checkpoints cost no more memory than the events between.
      let threshold = max(1000, 4 * weight, lastCheckpointBytes / 64)
      if eventsSinceCheckpoint >= threshold {
        // The live state goes on changing; the checkpoint keeps what it changes.
        lastCheckpointBytes = Self.footprint(of: state)
        retainedBytes += lastCheckpointBytes
        checkpoints.append((steps.count - 1, state))
        eventsSinceCheckpoint = 0
      }
    }
    steps.append(Step(line: point.line, column: point.column, firstEvent: count, endEvent: count))
  }

  private static let eventStride = MemoryLayout<Event>.stride

  /// The values an event carries, in bytes memtutor holds for them.
  private static func carriedBytes(_ event: Event) -> Int {
    switch event {
    case .slotWritten(_, _, let value), .heapValueWritten(_, let value), .framePopped(_, let value?):
      return HostFootprint.bytes(of: value)
    case .heapAllocated(let block): return HostFootprint.bytes(of: block.contents)
    case .heapWritten(_, let contents), .heapReallocated(_, _, let contents, _):
      return HostFootprint.bytes(of: contents)
    case .heapElementsReplaced(_, _, let elements): return HostFootprint.bytes(of: elements)
    case .heapBytesReplaced(_, _, let bytes): return HostFootprint.arrayOverhead + bytes.count
    case .printed(_, let text): return text.utf8.count
    default: return 0
    }
  }

  private static func footprint(of state: MachineState) -> Int {
    var total = 0
    for frame in state.frames {
      for slot in frame.slots { total += HostFootprint.bytes(of: slot.value) }
    }
    for block in state.heap { total += HostFootprint.bytes(of: block.contents) }
    return total
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
