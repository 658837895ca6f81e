/// Where a pointer line starts: a stack row holding an address, at the stack panel's edge.
struct PointerSource: Sendable, Equatable {
  var row: Int
  /// The first column right of the stack panel.
  var x: Int
  var address: UInt64
  var slot: SlotRef
}

/// Where a pointer line can end: a heap block or a static item drawn in the right column.
struct PointerTarget: Sendable, Equatable {
  /// The rows the block's box occupies on screen.
  var rows: Range<Int>
  /// The column of the box's left edge (the arrow ends just before it).
  var x: Int
  var address: UInt64
  var size: Int
  /// Freed blocks stay drawn while they fade; a live one wins when both contain an address.
  var isLive: Bool

  func contains(_ pointer: UInt64) -> Bool {
    pointer >= address && pointer < address + UInt64(max(size, 1))
  }
}
