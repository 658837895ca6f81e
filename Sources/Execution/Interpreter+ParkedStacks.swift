import MemoryModel

/// Slots on the stack of a thread that is not running. A thread reaches them through a
/// reference into another thread's frame: a what-if run of a closure that borrows main's local
/// (the program rustc refuses with E0373) reads main's slot while main waits or is parked.
extension Interpreter {
  /// Where a parked thread's slot lies: the thread, the index of its frame (in
  /// `threads[thread].frames`), the slot and the offset of `address` in it.
  struct ParkedSlot {
    var thread: Int
    var frame: Int
    var slot: Int
    var offset: Int
  }

  /// The slot of a thread other than the running one whose bytes hold `address`.
  func parkedSlot(containing address: UInt64) -> ParkedSlot? {
    guard multithreaded else { return nil }
    for thread in threads.indices where thread != runningThread {
      let context = threads[thread]
      guard address < context.stackTop, address >= context.stackLimit else { continue }
      guard
        let frame = context.frames.lastIndex(where: { address >= $0.bottomAddress && address < $0.topAddress }
        )
      else { return nil }
      let record = context.frames[frame]
      for (index, placement) in slotPlacements[record.function].enumerated() {
        let start = record.topAddress &- UInt64(placement.offset + placement.size)
        if address >= start
          && (address < start &+ UInt64(placement.size) || (placement.size == 0 && address == start))
        {
          return ParkedSlot(thread: thread, frame: frame, slot: index, offset: Int(address - start))
        }
      }
      return nil
    }
    return nil
  }

  /// The type of a parked thread's slot.
  func parkedSlotType(_ place: ParkedSlot) -> Int {
    functions[threads[place.thread].frames[place.frame].function].slotTypes[place.slot]
  }

  /// The value in a parked thread's slot, from the recorded state (which keeps that thread's
  /// frames while it is parked).
  func parkedSlotValue(_ place: ParkedSlot) -> Value {
    let frameID = threads[place.thread].frames[place.frame].frameID
    let state = recorder.state
    guard state.threads.indices.contains(place.thread),
      let frame = state.threads[place.thread].parkedFrames.last(where: { $0.id == frameID }),
      frame.slots.indices.contains(place.slot)
    else { return .unit }
    return frame.slots[place.slot].value
  }

  /// Writes the part at `path` of a parked thread's slot; the event finds the frame among the
  /// parked ones.
  func writeParkedSlot(_ place: ParkedSlot, path: [Int], value: Value) {
    var whole = parkedSlotValue(place)
    whole.setPart(at: path[...], to: value)
    if path.isEmpty { threads[place.thread].frames[place.frame].movedRanges[place.slot] = nil }
    let frameID = threads[place.thread].frames[place.frame].frameID
    record(.slotWritten(frameID: frameID, slot: place.slot, value: whole))
  }
}
