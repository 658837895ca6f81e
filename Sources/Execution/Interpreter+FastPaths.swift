import MemoryModel

/// The pieces the dispatch loop's fast and fused instructions share (see `FastInstruction`).
extension Interpreter {
  /// A fused instruction's operand: a whole slot of the frame at `top`, or a constant.
  @inline(__always) func operand(_ source: FastOperand, _ top: Int, _ fast: FastCode) -> Value {
    switch source {
    case .slot(let slot): return recorder.state.frames[top].slots[slot].value
    case .constant(let index): return fast.constants[index]
    }
  }

  /// `initialize`, or `write` of a whole slot: the new value replaces the slot's.
  @inline(__always) func writeWholeSlot(_ slot: Int, frame top: Int, value: Value) {
    if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
    recorder.writeSlot(frameIndex: top, frameID: frames[top].frameID, slot: slot, value: value)
    if namesOwners { noteOwners(frame: top, slot: slot) }
  }
}
