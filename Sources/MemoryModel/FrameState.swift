/// One live frame on the modelled stack.
package struct FrameState: Sendable, Equatable {
  package enum SlotStatus: Sendable, Equatable {
    case uninitialized
    case live
    /// The value was moved out; the slot is not dropped at scope end.
    case movedOut
    /// Its scope ended (and its value was dropped).
    case dead
  }

  package struct Slot: Sendable, Equatable {
    package var value: Value
    package var status: SlotStatus
    /// The id of the newest heap block when the value was written (-1 before any): a pointer
    /// into a block allocated later was made for an older block freed at the same address.
    /// Bookkeeping for the screen, not part of the value, so equality ignores it.
    package var heapEpoch: Int

    package init(value: Value, status: SlotStatus, heapEpoch: Int = -1) {
      self.value = value
      self.status = status
      self.heapEpoch = heapEpoch
    }

    package static func == (lhs: Slot, rhs: Slot) -> Bool {
      lhs.value == rhs.value && lhs.status == rhs.status
    }
  }

  /// Unique for the whole run (a recursion's frames all have different ids).
  package var id: Int
  /// Index into `ProgramImage.layouts`.
  package var layoutIndex: Int
  package var function: String
  /// The frame's highest address; slots lie below it, the next frame below its bottom.
  package var topAddress: UInt64
  package var size: Int
  package var slots: [Slot]
  /// Line of the call expression in the caller; nil for `main`.
  package var callLine: Int?

  package var bottomAddress: UInt64 { topAddress - UInt64(size) }

  package init(
    id: Int, layoutIndex: Int, function: String, topAddress: UInt64, size: Int, slots: [Slot],
    callLine: Int? = nil
  ) {
    self.id = id
    self.layoutIndex = layoutIndex
    self.function = function
    self.topAddress = topAddress
    self.size = size
    self.slots = slots
    self.callLine = callLine
  }
}
