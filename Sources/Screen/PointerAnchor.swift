/// Where a pointer line starts: a stack row holding an address, at the stack panel's edge.
package struct PointerSource: Sendable, Equatable {
  package var row: Int
  /// The first column right of the stack panel.
  package var x: Int
  package var address: UInt64
  package var slot: SlotRef

  package init(row: Int, x: Int, address: UInt64, slot: SlotRef) {
    self.row = row
    self.x = x
    self.address = address
    self.slot = slot
  }
}

/// Where a pointer line can end: a heap block or a static item drawn in the right column.
package struct PointerTarget: Sendable, Equatable {
  /// The rows the block's box occupies on screen.
  package var rows: Range<Int>
  /// The column of the box's left edge (the arrow ends just before it).
  package var x: Int
  package var address: UInt64
  package var size: Int
  /// Freed blocks stay drawn while they fade; a live one wins when both contain an address.
  package var isLive: Bool

  package func contains(_ pointer: UInt64) -> Bool {
    pointer >= address && pointer < address + UInt64(max(size, 1))
  }

  package init(rows: Range<Int>, x: Int, address: UInt64, size: Int, isLive: Bool) {
    self.rows = rows
    self.x = x
    self.address = address
    self.size = size
    self.isLive = isLive
  }
}
