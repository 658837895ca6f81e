import Execution
import MemoryModel
import Screen

/// The sentences about a `VecDeque`'s ring buffer, whose elements may wrap around its end:
/// pushes at either end, pops that free a slot, and growth, after which std moves the
/// wrapped part (`handle_capacity_increase`).
extension Narrator {
  /// "Allocated a ring of 4 `i32` slots …": nil when the block is not a deque's.
  func ringAllocation(_ block: HeapBlock) -> String? {
    guard case .elements(let label, _, let capacity, let slots) = block.contents,
      RingBufferLayout.isRingLabel(label)
    else { return nil }
    let live = slots.filter { $0 != .uninitialized }.count
    let made =
      "Allocated a ring buffer of \(capacity) \(capacity == 1 ? "slot" : "slots") (\(Format.bytes(block.size))) on the heap at \(address(block.address)) for the VecDeque."
    return live == 0 ? made : made + " It holds \(live) \(live == 1 ? "element" : "elements") from slot 0."
  }

  /// "Pushed 5 into `q`'s ring at slot 0 …": nil when the block is not a deque's.
  func ringWritten(owner: String, oldSlots: [Value], slots: [Value], label: String, capacity: Int) -> String?
  {
    guard RingBufferLayout.isRingLabel(label) else { return nil }
    let oldLive = oldSlots.filter { $0 != .uninitialized }.count
    let live = slots.filter { $0 != .uninitialized }.count
    let filled = slots.indices.filter {
      $0 >= oldSlots.count || (oldSlots[$0] == .uninitialized && slots[$0] != .uninitialized)
    }
    let emptied = oldSlots.indices.filter {
      $0 < slots.count && oldSlots[$0] != .uninitialized && slots[$0] == .uninitialized
    }
    if live == oldLive + 1, filled.count == 1, let slot = filled.first {
      let wrapped =
        Self.isWrapped(slots) && !Self.isWrapped(oldSlots) ? " (the ring now wraps around its end)" : ""
      return
        "Pushed \(valueText(slots[slot])) into \(owner)'s ring at slot \(slot)\(wrapped): len \(live) of cap \(capacity)."
    }
    if live == oldLive - 1, emptied.count == 1, let slot = emptied.first {
      return
        "Took the element in slot \(slot) out of \(owner)'s ring: len \(live) of cap \(capacity); the slot is free."
    }
    if live == 0, oldLive > 0 {
      return "\(owner) is empty now: its \(capacity) slots stay allocated."
    }
    return "Moved \(owner)'s elements within its ring (len \(live) of cap \(capacity))."
  }

  /// The growth of a full ring: nil when the block is not a deque's.
  func ringReallocation(
    oldContents: HeapBlock.Contents?, newContents: HeapBlock.Contents, newSize: Int, moved: HeapBlock?,
    from: String
  )
    -> String?
  {
    guard case .elements(let label, _, let newCapacity, _) = newContents, RingBufferLayout.isRingLabel(label)
    else {
      return nil
    }
    let oldCapacity = oldContents?.capacity ?? 0
    let place =
      moved.map {
        "the allocator could not grow it in place, so the bytes were copied to \(address($0.address)) and the old block at \(from) freed"
      }
      ?? "the allocator resized the block in place at \(from)"
    guard newCapacity > oldCapacity else {
      return "The VecDeque shrank its ring from \(oldCapacity) to \(newCapacity) slots; \(place)."
    }
    return
      "The VecDeque was full (len \(oldCapacity) = cap \(oldCapacity)), so it asked for room for \(newCapacity) (\(Format.bytes(newSize))); \(place). A ring that wrapped around its old end then has its shorter part moved so the elements run in order again (memtutor's model of std's `handle_capacity_increase`)."
  }

  /// Whether the used slots do not form one run (the elements continue from the last slot to
  /// the first).
  static func isWrapped(_ slots: [Value]) -> Bool {
    let used = slots.indices.filter { slots[$0] != .uninitialized }
    guard let first = used.first, let last = used.last else { return false }
    return last - first + 1 != used.count
  }
}
