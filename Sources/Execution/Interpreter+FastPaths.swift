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

  /// `compare` of two fused operands: two integers (not `u128`, whose values are bit
  /// patterns) compared at once, anything else the general way.
  @inline(__always) func compareOperands(
    _ op: BinaryOperator, _ left: FastOperand, _ right: FastOperand, type: Int, _ top: Int, _ function: Int
  ) throws -> Bool {
    if let a = integerOperand(left, top, function), let b = integerOperand(right, top, function),
      !types[type].isWideUnsigned
    {
      switch op {
      case .equal: return a == b
      case .notEqual: return a != b
      case .less: return a < b
      case .lessEqual: return a <= b
      case .greater: return a > b
      case .greaterEqual: return a >= b
      default: return false
      }
    }
    return try compare(op, operand(left, top, function), operand(right, top, function), type: type)
  }

  /// `+`, `-` or `*` of two integer operands when it stays in its type's range (as
  /// `arithmetic`'s own first case); nil when anything else must happen (an overflow panics
  /// the general way).
  @inline(__always) func integerArithmetic(
    _ op: BinaryOperator, _ left: FastOperand, _ right: FastOperand, type: Int, _ top: Int, _ function: Int
  ) -> Int128? {
    guard let a = integerOperand(left, top, function), let b = integerOperand(right, top, function),
      let bounds = types[type].integerBounds
    else { return nil }
    let result: (partialValue: Int128, overflow: Bool)
    switch op {
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
}
