import MemoryModel

/// Reusing the slot storage of popped frames in a run that keeps none of them: a new frame's
/// slots then cost no allocation.
extension MachineState {
  /// At most this many spare slot arrays per layout (the depth a recursion unwinds and
  /// descends again between calls is usually small).
  static let spareSlotArraysPerLayout = 8

  /// All-uninitialized slots for a frame of the layout at `layoutIndex`: a spare array of
  /// that layout when there is one, a new one otherwise.
  mutating func freshSlots(layoutIndex: Int, count: Int) -> [FrameState.Slot] {
    let empty = FrameState.Slot(value: .uninitialized, status: .uninitialized)
    guard layoutIndex < spareSlots.count, var slots = spareSlots[layoutIndex].popLast() else {
      return Array(repeating: empty, count: count)
    }
    for index in slots.indices { slots[index] = empty }
    return slots
  }

  /// Keeps a popped frame's slot array for the next frame of its layout.
  mutating func keepSpareSlots(of frame: FrameState) {
    let layoutIndex = frame.layoutIndex
    if layoutIndex >= spareSlots.count {
      spareSlots.append(contentsOf: repeatElement([], count: layoutIndex + 1 - spareSlots.count))
    }
    guard spareSlots[layoutIndex].count < Self.spareSlotArraysPerLayout else { return }
    spareSlots[layoutIndex].append(frame.slots)
  }
}
