import MemoryModel

/// Pushing and popping frames: the modelled frame layout, the stack overflow, and the end of
/// the program when `main` returns.
extension Interpreter {
  package func pushFrame(
    function index: Int, arguments: [Value], callPoint: SourcePoint, callLine: Int?,
    discardsResult: Bool = false
  ) throws {
    try pushFrame(
      function: index, argumentCount: arguments.count, operandsTaken: 0, callPoint: callPoint,
      callLine: callLine, discardsResult: discardsResult
    ) { arguments[$0] }
  }

  /// A call whose arguments are the top `count` operands: they go straight into the new
  /// frame's parameter slots, with no array built for them.
  package func pushFrame(
    function index: Int, argumentsOnStack count: Int, callPoint: SourcePoint, callLine: Int?
  )
    throws
  {
    let base = operands.count - count
    try pushFrame(
      function: index, argumentCount: count, operandsTaken: count, callPoint: callPoint, callLine: callLine,
      discardsResult: false
    ) { operands[base + $0] }
  }

  /// Pushes the frame with argument `n` from `argument(n)`; `operandsTaken` operands (the
  /// arguments, when they came from the stack) are removed once the slots hold them.
  private func pushFrame(
    function index: Int, argumentCount: Int, operandsTaken: Int, callPoint: SourcePoint, callLine: Int?,
    discardsResult: Bool, argument: (Int) -> Value
  ) throws {
    let frameSize = frameSizes[index]
    // By index: `frames.last` would copy the whole record (and retain its dictionary).
    let top = frames.isEmpty ? threadStackTop : frames[frames.count - 1].bottomAddress
    let size = UInt64(frameSize)
    if top < size || top - size < stackLimitAddress {
      try overflow(frameSize: frameSize)
    }
    let frameID = nextFrameID
    nextFrameID += 1
    let parameterSlots = functions[index].parameterSlots
    recorder.pushFrame(
      frameID: frameID, layoutIndex: functions[index].layoutIndex, topAddress: top, callLine: callLine)
    let stateIndex = recorder.state.frames.count - 1
    for position in 0..<min(parameterSlots.count, argumentCount) {
      recorder.writeSlot(
        frameIndex: stateIndex, frameID: frameID, slot: parameterSlots[position], value: argument(position))
    }
    // One by one for a single argument: `removeLast(n)` is a generic range replacement.
    if operandsTaken == 1 {
      operands.removeLast()
    } else if operandsTaken > 0 {
      operands.removeLast(operandsTaken)
    }
    if let callerIndex = frames.indices.last {
      frames[callerIndex].resumePoint = callPoint
    }
    frames.append(
      FrameRecord(
        function: index, operandBase: operands.count, frameID: frameID, topAddress: top,
        bottomAddress: top - size,
        iteratorBase: iterators.count, resumePoint: callPoint, discardsResult: discardsResult))
    let registers = functions[index].registerCount
    if registers > 0 {
      iterators.append(contentsOf: repeatElement(IteratorState(), count: registers))
    }
    if namesOwners {
      for slot in parameterSlots { noteOwners(frame: frames.count - 1, slot: slot) }
    }
  }

  package func overflow(frameSize: Int) throws -> Never {
    record(.stackOverflowed(frameSize: frameSize, depth: frames.count))
    let message =
      "\nthread '\(overflowThreadName)' (\(threadID)) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"
    record(.printed(.stderr, message))
    record(.exited(status: 134))
    throw Halt.finished(134)
  }

  /// Pops the innermost frame and hands its result to the caller.
  package func popFrame(returning value: Value) throws {
    guard let frame = frames.popLast() else { return }
    recorder.popFrame(frameID: frame.frameID, returned: value)
    // `removeLast`, not `removeSubrange(base...)`: the generic range replacement costs far
    // more on every return.
    // Skipped when there is nothing to remove (the commonest return): even `removeLast(0)`
    // runs the generic range replacement.
    let leftOperands = operands.count - frame.operandBase
    if leftOperands == 1 {
      operands.removeLast()
    } else if leftOperands > 0 {
      operands.removeLast(leftOperands)
    }
    if iterators.count > frame.iteratorBase { iterators.removeLast(iterators.count - frame.iteratorBase) }
    let frameIndex = frames.count
    if !temps.isEmpty { temps.removeAll { $0.frameIndex >= frameIndex } }
    if frames.isEmpty {
      if runningThread != 0 {
        try threadRanOut(returning: value)
        return
      }
      try finishProgram(status: try mainStatus(returning: value, function: frame.function))
    }
    if !frame.discardsResult {
      operands.append(value)
    }
    if !frames.isEmpty {
      try beginStep(frames[frames.count - 1].resumePoint)
    }
  }

  /// main returned (or unwinding finished): report leaks and exit.
  package func finishProgram(status: Int32) throws -> Never {
    for block in recorder.state.heap where block.status == .live {
      record(.heapLeaked(blockID: block.id))
    }
    record(.exited(status: status))
    throw Halt.finished(status)
  }
}
