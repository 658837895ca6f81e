import MemoryModel

/// Collects steps and events as the interpreter runs, keeps the live `MachineState` (which is
/// also the interpreter's view of memory) and takes checkpoints so any step can be rebuilt fast.
///
/// Without `recordsSteps` (`run`, which shows no step) it keeps only what `run` prints: the
/// output, with consecutive pieces for one stream merged, and the stop and exit events; its
/// memory then follows the program's live state, not the number of steps.
package struct TraceRecorder {
  package let image: ProgramImage
  package let recordsSteps: Bool
  package private(set) var state = MachineState()
  package private(set) var steps: [Step] = []
  /// Recording: every event, the trace's.
  package private(set) var recordedEvents = EventLog()
  /// Not recording or streaming: the output and the stop and exit events, all that is kept.
  package private(set) var events: [Event] = []
  package private(set) var checkpoints: [(step: Int, state: MachineState)] = []
  /// Events handed to `record`, kept or not: a run that records no step builds none for
  /// the commonest changes (slot writes go through `writeSlot`).
  package private(set) var eventsReceived = 0
  /// Steps begun (recording or not): what the step budget counts.
  package private(set) var stepCount = 0
  private var eventsSinceCheckpoint = 0
  package private(set) var stdout = ""
  package private(set) var stderr = ""
  package private(set) var outputBytes = 0
  /// An estimate of the bytes memtutor holds for this run. Recording, it is every event with
  /// the values it carries (each keeps its own copy once the state moves on) and each
  /// checkpoint's share of the state, and grows only. Not recording, it is the output plus
  /// the state as last measured plus the values carried since (`exceedsMemory` measures again
  /// before it calls a run too big).
  package private(set) var retainedBytes = 0
  private var lastCheckpointBytes = 0
  /// Recording: the long arrays already counted. Events and checkpoints keep every value
  /// they counted alive, so an array's storage is never reused for another while recording.
  private var recordedTally = HostFootprint.Tally()
  /// Not recording: the state's footprint when last measured, and the values carried since.
  private var measuredStateBytes = 0
  private var carriedSinceMeasure = 0
  /// Streaming (`memtutor trace`): each step goes to the sink when it ends and is not kept;
  /// only the current step's events are held. Memory is counted as when not recording.
  package private(set) var stepSink: (any TraceStepSink)?
  private var pendingEvents: [Event] = []
  private var pendingStep: (line: Int32, column: Int32)?
  private var streamedSteps = 0
  /// Whether integers change in place (checked once per run, not on every write).
  private let integersStoreInPlace = FrameState.Slot.numberLeadsIntegers()

  package init(image: ProgramImage, recordsSteps: Bool = true) {
    self.image = image
    self.recordsSteps = recordsSteps
    if !recordsSteps {
      state.keptFreedBlockLimit = 0
      state.keptPoppedFrameLimit = 0
    }
  }

  /// Sends every step to `sink` as it ends instead of keeping it (call before the run).
  package mutating func stream(to sink: any TraceStepSink) {
    stepSink = sink
  }

  /// Applies an event to the state and appends it to the current step.
  package mutating func record(_ event: Event) {
    eventsReceived += 1
    if stepSink != nil {
      recordStreamed(event)
      return
    }
    guard recordsSteps else {
      keepOutcome(of: event)
      return
    }
    state.apply(event, image: image)
    recordedEvents.append(event)
    retainedBytes += Self.eventStride + Self.carriedBytes(event, tally: &recordedTally)
    eventsSinceCheckpoint += 1
    if case .printed(let stream, let text) = event {
      outputBytes += text.utf8.count
      if stream == .stdout { stdout += text } else { stderr += text }
    }
  }

  /// Records `.slotWritten` for the frame at `frameIndex` (whose id is `frameID`). Not
  /// recording, the state's slot is written directly: the same change and the same memory
  /// accounting as `record`, without building an event nobody keeps.
  /// The value is consumed: the slot takes the caller's value without copying it.
  package mutating func writeSlot(frameIndex: Int, frameID: Int, slot: Int, value: consuming Value) {
    guard !recordsSteps, state.frames.indices.contains(frameIndex), state.frames[frameIndex].id == frameID,
      state.frames[frameIndex].slots.indices.contains(slot)
    else {
      record(.slotWritten(frameID: frameID, slot: slot, value: value))
      return
    }
    let bytes = Self.footprint(of: value)
    Self.overwrite(&state.frames[frameIndex].slots[slot], with: value)
    carry(bytes)
  }

  /// `writeSlot` of `.integer(number, type: name)` where the slot holds an integer named
  /// `name` already (`i += 1`; a nil `name` is the slot's own), not recording: only the
  /// number changes, stored where it lies, so neither the old value's destruction nor the
  /// name's copy costs a call. False (nothing written) when that does not apply; the caller
  /// writes the whole value then.
  @inline(__always) package mutating func writeIntegerInPlace(
    _ number: Int128, name: String?, frameIndex: Int, frameID: Int, slot: Int
  ) -> Bool {
    guard integersStoreInPlace, !recordsSteps, state.frames.indices.contains(frameIndex),
      state.frames[frameIndex].id == frameID, state.frames[frameIndex].slots.indices.contains(slot)
    else { return false }
    if let name {
      guard case .integer(_, let held) = state.frames[frameIndex].slots[slot].value, held == name else {
        return false
      }
    } else {
      // The slot's own name: nothing of it is read.
      guard case .integer = state.frames[frameIndex].slots[slot].value else { return false }
    }
    state.frames[frameIndex].slots[slot].storeNumber(number)
    carry(Self.valueStride)
    return true
  }

  /// What `FrameState.Slot(value: value, status: .live)` holds, written field by field in
  /// place (the initializer lives in another module: a call per write).
  @inline(__always) private static func overwrite(_ slot: inout FrameState.Slot, with value: consuming Value)
  {
    slot.value = value
    slot.status = .live
    slot.heapEpoch = -1
  }

  /// `HostFootprint.bytes(of:)`, with a scalar's answer (its stride) found here.
  @inline(__always) private static func footprint(of value: Value) -> Int {
    switch value {
    case .tuple, .array, .structure, .variant: return HostFootprint.bytes(of: value)
    default: return valueStride
    }
  }
  @inline(__always) private static var valueStride: Int { MemoryLayout<Value>.stride }

  /// Records `.slotDied` for the frame at `frameIndex` (whose id is `frameID`); not recording,
  /// the state's slot is marked dead directly, as `apply` would (the event carries no value).
  package mutating func killSlot(frameIndex: Int, frameID: Int, slot: Int) {
    guard !recordsSteps, stepSink == nil, state.frames.indices.contains(frameIndex),
      state.frames[frameIndex].id == frameID, state.frames[frameIndex].slots.indices.contains(slot)
    else {
      record(.slotDied(frameID: frameID, slot: slot))
      return
    }
    eventsReceived += 1
    state.frames[frameIndex].slots[slot].status = .dead
    retainedBytes = 2 * outputBytes + measuredStateBytes + carriedSinceMeasure
  }

  /// Records `.framePushed`; not recording, the state gains the frame directly.
  package mutating func pushFrame(frameID: Int, layoutIndex: Int, topAddress: UInt64, callLine: Int?) {
    guard !recordsSteps else {
      record(
        .framePushed(frameID: frameID, layoutIndex: layoutIndex, topAddress: topAddress, callLine: callLine))
      return
    }
    state.pushFrame(
      id: frameID, layoutIndex: layoutIndex, topAddress: topAddress, callLine: callLine, image: image)
  }

  /// Records `.framePopped`; not recording, the state loses the frame directly, and the
  /// returned value is counted as the event would carry it.
  package mutating func popFrame(frameID: Int, returned: Value?) {
    guard !recordsSteps else {
      record(.framePopped(frameID: frameID, returned: returned))
      return
    }
    state.popFrame(id: frameID)
    if let returned { carry(Self.footprint(of: returned)) }
  }

  /// Records `.heapAllocated(block)`; not recording, the state gains the block directly.
  package mutating func allocate(_ block: consuming HeapBlock) {
    guard !recordsSteps else {
      record(.heapAllocated(block))
      return
    }
    let bytes = HostFootprint.bytes(of: block.contents)
    state.addBlock(block)
    carry(bytes)
  }

  /// Records `.heapFreed(blockID)`; not recording, the state marks the block freed directly
  /// (the event carries no value, so the memory accounting does not change).
  /// `heapIndex` is the block's index in the state's `heap`.
  package mutating func free(blockID: Int, heapIndex: Int) {
    guard !recordsSteps else {
      record(.heapFreed(blockID: blockID))
      return
    }
    state.markFreed(heapIndex: heapIndex)
  }

  /// Records a one-element insertion (`heapElementsReplaced` with an empty range); not
  /// recording, the state's elements change directly.
  package mutating func insertElement(_ value: consuming Value, at index: Int, blockID: Int) {
    guard !recordsSteps else {
      record(.heapElementsReplaced(blockID: blockID, range: index..<index, elements: [value]))
      return
    }
    // As `carriedBytes` counts the one-element array the event would carry.
    let bytes = HostFootprint.arrayOverhead + HostFootprint.bytes(of: value)
    state.insertElement(value, at: index, blockID: blockID)
    carry(bytes)
  }

  private mutating func carry(_ bytes: Int) {
    carriedSinceMeasure += bytes
    retainedBytes = 2 * outputBytes + measuredStateBytes + carriedSinceMeasure
  }

  /// Not recording: output and the end of the run are kept, everything else only moves the
  /// state on. The state's own output log stays empty (nothing reads it during a run).
  private mutating func keepOutcome(of event: Event) {
    switch event {
    case .printed(let stream, let text):
      outputBytes += text.utf8.count
      if stream == .stdout { stdout += text } else { stderr += text }
      if case .printed(stream, var previous)? = events.last {
        // Taken out first, so the text grows in place.
        events.removeLast()
        previous += text
        events.append(.printed(stream, previous))
      } else {
        events.append(event)
      }
    case .stopped, .exited:
      state.apply(event, image: image)
      events.append(event)
    default:
      state.apply(event, image: image)
      carriedSinceMeasure += Self.carriedBytes(event)
    }
    retainedBytes = 2 * outputBytes + measuredStateBytes + carriedSinceMeasure
  }

  /// Whether the run holds more than `budget` bytes. Not recording, an estimate over the
  /// budget is checked against a fresh measure of the state first: values that replaced
  /// others are no longer held.
  @inline(__always) package mutating func exceedsMemory(_ budget: Int) -> Bool {
    guard retainedBytes > budget else { return false }
    return exceedsMemoryMeasured(budget)
  }

  /// `exceedsMemory` once the estimate is over the budget.
  private mutating func exceedsMemoryMeasured(_ budget: Int) -> Bool {
    guard !recordsSteps else { return true }
    measureState()
    return retainedBytes > budget
  }

  /// Streaming: the state moves on as when recording (so the run is the same), the event
  /// waits in the current step, and only output and the end are kept for the outcome.
  private mutating func recordStreamed(_ event: Event) {
    state.apply(event, image: image)
    pendingEvents.append(event)
    switch event {
    case .printed(let stream, let text):
      outputBytes += text.utf8.count
      if stream == .stdout { stdout += text } else { stderr += text }
    case .stopped, .exited:
      events.append(event)
    default:
      carriedSinceMeasure += Self.carriedBytes(event)
    }
    retainedBytes = 2 * outputBytes + measuredStateBytes + carriedSinceMeasure
  }

  private mutating func endStreamedStep() {
    guard let step = pendingStep, let sink = stepSink else { return }
    sink.stepEnded(index: streamedSteps, line: step.line, column: step.column, events: pendingEvents)
    streamedSteps += 1
    pendingEvents.removeAll(keepingCapacity: true)
    pendingStep = nil
  }

  private mutating func measureState() {
    var tally = HostFootprint.Tally()
    measuredStateBytes = Self.footprint(of: state, tally: &tally)
    carriedSinceMeasure = 0
    retainedBytes = 2 * outputBytes + measuredStateBytes
  }

  /// Ends the current step and starts one for `point`.
  @inline(__always) package mutating func beginStep(_ point: SourcePoint, heapWeight: Int = 0) {
    if !recordsSteps, stepSink == nil {
      // A run that records nothing (`run`): count the step, and measure the state again once
      // as much has been carried as was there, so the cost stays in proportion to the run.
      stepCount += 1
      if carriedSinceMeasure > max(1 << 22, measuredStateBytes) { measureState() }
      return
    }
    beginRecordedStep(point, heapWeight: heapWeight)
  }

  private mutating func beginRecordedStep(_ point: SourcePoint, heapWeight: Int) {
    stepCount += 1
    if stepSink != nil {
      endStreamedStep()
      pendingStep = (point.line, point.column)
      if carriedSinceMeasure > max(1 << 22, measuredStateBytes) { measureState() }
      return
    }
    let count = Int32(clamping: recordedEvents.count)
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
        lastCheckpointBytes = Self.footprint(of: state, tally: &recordedTally)
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
    var tally = HostFootprint.Tally()
    return carriedBytes(event, tally: &tally)
  }

  private static func carriedBytes(_ event: Event, tally: inout HostFootprint.Tally) -> Int {
    switch event {
    case .slotWritten(_, _, let value), .heapValueWritten(_, let value), .framePopped(_, let value?):
      return tally.bytes(of: value)
    case .heapAllocated(let block): return tally.bytes(of: block.contents)
    case .heapWritten(_, let contents), .heapReallocated(_, _, let contents, _):
      return tally.bytes(of: contents)
    case .heapElementsReplaced(_, _, let elements): return tally.bytes(of: elements)
    case .heapBytesReplaced(_, _, let bytes): return HostFootprint.arrayOverhead + bytes.count
    case .printed(_, let text): return text.utf8.count
    default: return 0
    }
  }

  private static func footprint(of state: MachineState, tally: inout HostFootprint.Tally) -> Int {
    var total = 0
    for frame in state.frames {
      for slot in frame.slots { total += tally.bytes(of: slot.value) }
    }
    for block in state.heap { total += tally.bytes(of: block.contents) }
    return total
  }

  /// Writes text that is not the program's own output (memtutor's budget messages).
  package mutating func noteStderr(_ text: String) {
    stderr += text
  }

  /// The trace of the steps recorded before the one just begun (which has no events yet),
  /// marked incomplete: the first steps of a longer run, with no outcome.
  package mutating func finishPrefix() -> Trace {
    if !steps.isEmpty, steps[steps.count - 1].firstEvent == Int32(clamping: recordedEvents.count) {
      steps.removeLast()
    }
    return finish(exitStatus: 0, isComplete: false)
  }

  /// Closes the last step and builds the trace.
  package mutating func finish(exitStatus: Int32, isComplete: Bool = true) -> Trace {
    let outcome = Trace.Outcome(stdout: stdout, stderr: stderr, exitStatus: exitStatus)
    if stepSink != nil {
      endStreamedStep()
      return Trace(image: image, steps: [], events: EventLog(events), outcome: outcome, checkpoints: [])
    }
    guard recordsSteps else {
      return Trace(image: image, steps: [], events: EventLog(events), outcome: outcome, checkpoints: [])
    }
    if !steps.isEmpty {
      steps[steps.count - 1].endEvent = Int32(clamping: recordedEvents.count)
    }
    var allCheckpoints = checkpoints
    if allCheckpoints.first?.step != 0 {
      // The first checkpoint is always step 0; rebuild it by replaying step 0 alone.
      var first = MachineState()
      if let step = steps.first {
        for position in Int(step.firstEvent)..<Int(step.endEvent) {
          first.apply(recordedEvents[position], image: image)
        }
      }
      allCheckpoints.insert((0, first), at: 0)
    }
    return Trace(
      image: image, steps: steps, events: recordedEvents,
      outcome: outcome,
      checkpoints: allCheckpoints, isComplete: isComplete)
  }
}
