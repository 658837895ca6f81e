/// One live frame on the modelled stack.
struct FrameState: Sendable, Equatable {
  enum SlotStatus: Sendable, Equatable {
    case uninitialized
    case live
    /// The value was moved out; the slot is not dropped at scope end.
    case movedOut
    /// Its scope ended (and its value was dropped).
    case dead
  }

  struct Slot: Sendable, Equatable {
    var value: Value
    var status: SlotStatus
  }

  /// Unique for the whole run (a recursion's frames all have different ids).
  var id: Int
  /// Index into `ProgramImage.layouts`.
  var layoutIndex: Int
  var function: String
  /// The frame's highest address; slots lie below it, the next frame below its bottom.
  var topAddress: UInt64
  var size: Int
  var slots: [Slot]
  /// Line of the call expression in the caller; nil for `main`.
  var callLine: Int?

  var bottomAddress: UInt64 { topAddress - UInt64(size) }
}
