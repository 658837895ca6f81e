import MemoryModel
import RustFrontEnd

/// The pieces the dispatch loop's fast and fused instructions share (see `FastInstruction`).
extension Interpreter {
  /// A fused instruction's operand: a whole slot of the frame at `top`, or a constant.
  @inline(__always) func operand(_ source: FastOperand, _ top: Int, _ function: Int) -> Value {
    switch source {
    case .slot(let slot): return recorder.state.frames[top].slots[slot].value
    case .constant(let index): return fastCode[function].constants[index]
    }
  }

  /// A fused operand's number when it is an integer, read where it lies: no copy of the
  /// value (nor of its type's name) is made. Nil for anything else.
  @inline(__always) func integerOperand(_ source: FastOperand, _ top: Int, _ function: Int) -> Int128? {
    switch source {
    case .slot(let slot):
      if case .integer(let number, _) = recorder.state.frames[top].slots[slot].value { return number }
      return nil
    case .constant(let index): return fastCode[function].integerConstants[index]
    }
  }

  /// `compare` of a fused comparison's operands: two integers (not `u128`, whose values are
  /// bit patterns) compared at once, anything else the general way.
  @inline(__always) func compareOperands(_ run: FusedComparison, _ top: Int, _ function: Int) throws -> Bool {
    if let a = integerOperand(run.left, top, function), let b = integerOperand(run.right, top, function),
      !run.isWideUnsigned
    {
      switch run.op {
      case .equal: return a == b
      case .notEqual: return a != b
      case .less: return a < b
      case .lessEqual: return a <= b
      case .greater: return a > b
      case .greaterEqual: return a >= b
      default: return false
      }
    }
    return try compareGenerally(run, top, function)
  }

  /// `compareOperands` the general way, kept out of the dispatch loop.
  @inline(never) func compareGenerally(_ run: FusedComparison, _ top: Int, _ function: Int) throws -> Bool {
    try compare(run.op, operand(run.left, top, function), operand(run.right, top, function), type: run.type)
  }

  /// `+`, `-` or `*` of a fused arithmetic's two integer operands when it stays in its type's
  /// range (as `arithmetic`'s own first case); nil when anything else must happen (an
  /// overflow panics the general way).
  @inline(__always) func integerArithmetic(_ run: FusedArithmetic, _ top: Int, _ function: Int) -> Int128? {
    guard let a = integerOperand(run.left, top, function), let b = integerOperand(run.right, top, function),
      let bounds = run.integerBounds
    else { return nil }
    let result: (partialValue: Int128, overflow: Bool)
    switch run.op {
    case .add: result = a.addingReportingOverflow(b)
    case .subtract: result = a.subtractingReportingOverflow(b)
    case .multiply: result = a.multipliedReportingOverflow(by: b)
    default: return nil
    }
    guard !result.overflow, result.partialValue >= bounds.minimum, result.partialValue <= bounds.maximum
    else {
      return nil
    }
    return result.partialValue
  }

  /// A fused arithmetic the general way (not two integers, or out of the type's range: an
  /// overflow panics here), kept out of the dispatch loop.
  @inline(never) func arithmeticOfOperands(_ run: FusedArithmetic, _ top: Int, _ function: Int) throws
    -> Value
  {
    try arithmetic(
      run.op, operand(run.left, top, function), operand(run.right, top, function), type: run.type,
      at: run.point)
  }

  /// `arithmeticWrite` the general way: `arithmeticOfOperands`, written to the whole slot.
  @inline(never) func writeArithmetic(_ run: FusedArithmetic, _ top: Int, _ function: Int) throws {
    writeWholeSlot(run.slot, frame: top, value: try arithmeticOfOperands(run, top, function))
  }

  /// The type name an integer operand carries (the result of `+`, `-`, `*` keeps the left's).
  @inline(__always) func integerName(_ source: FastOperand, _ top: Int, _ function: Int) -> String {
    switch source {
    case .slot(let slot):
      if case .integer(_, let name) = recorder.state.frames[top].slots[slot].value { return name }
    case .constant(let index):
      if case .integer(_, let name) = fastCode[function].constants[index] { return name }
    }
    return ""
  }

  /// `arithmeticWrite`'s integer result, named as its left operand is: stored in place when
  /// the slot holds an integer of that name already (see `TraceRecorder.writeIntegerInPlace`).
  @inline(__always) func writeIntegerResult(
    _ number: Int128, namedAs left: FastOperand, slot: Int, _ top: Int, _ function: Int
  ) {
    let sameSlot: Bool
    if case .slot(let source) = left, source == slot { sameSlot = true } else { sameSlot = false }
    let name = sameSlot ? nil : integerName(left, top, function)
    if recorder.writeIntegerInPlace(
      number, name: name, frameIndex: top, frameID: frames[top].frameID, slot: slot)
    {
      if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
      if namesOwners { noteOwners(frame: top, slot: slot) }
      return
    }
    writeWholeSlot(slot, frame: top, value: .integer(number, type: name ?? integerName(left, top, function)))
  }

  /// `initialize`, or `write` of a whole slot: the new value replaces the slot's.
  @inline(__always) func writeWholeSlot(_ slot: Int, frame top: Int, value: Value) {
    if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
    recorder.writeSlot(frameIndex: top, frameID: frames[top].frameID, slot: slot, value: value)
    if namesOwners { noteOwners(frame: top, slot: slot) }
  }

  /// Runs the instruction at `pc` that `runFrame` leaves out of line: a call, a return, a
  /// scope's end, a library call, a statement's end with temporaries, or anything general.
  /// False when the frame stops running here (it called, returned, is dropping or unwinding,
  /// or the thread must switch); else the frame goes on at its `pc`.
  @inline(never) func runOutOfLine(at pc: Int, _ top: Int, _ function: Int, depth: Int) throws -> Bool {
    frames[top].pc = pc + 1
    switch fastInstructions[function][pc] {
    case .call(let point, let count, let callee):
      try pushFrame(
        function: Int(callee), argumentsOnStack: Int(count), callPoint: point, callLine: Int(point.line))
      return false
    case .returnFromFunction:
      try popFrame(returning: operands.removeLast())
      return false
    case .endScope(let scope, let announce):
      try endScope(fastCode[function].scopes[scope], announce: announce)
    case .builtin(let index):
      try executeBuiltin(fastCode[function].builtinCalls[index])
    default:
      try execute(functions[function].code[pc])
    }
    return frames.count == depth && frames[top].pendingDropBase == nil && !frames[top].isUnwinding
      && !mustSwitch
  }

  /// A `mark`: begins a step at `point` when it starts a new line or enters the same one
  /// again, unless the thread's time slice has ended: then the thread yields, to resume at
  /// `resumingAt` (the step the mark begins is its first when it runs again), and the answer
  /// is false.
  @inline(__always) func enterStep(
    _ point: SourcePoint, reentry: Bool, resumingAt resume: Int, _ top: Int
  ) throws -> Bool {
    guard reentry || point.line != currentLine else { return true }
    if sliceEnded {
      frames[top].pc = resume
      yieldThread(at: point)
      return false
    }
    try beginStep(point)
    return true
  }
}
