import MemoryModel

/// A scoped thread's captures point into the frame of the thread that spawned it, whose
/// frames are parked while the scoped thread runs: reads and writes through such a pointer
/// reach the parked frame (a stack-to-stack pointer across two threads' stacks).
extension Interpreter {
  /// The slot of a parked thread's frame that holds `address`, or nil.
  func parkedSlot(containing address: UInt64, type: Int) -> MemoryLocation? {
    for number in threads.indices where number != runningThread {
      let thread = threads[number]
      guard address >= thread.stackLimit, address < thread.stackTop else { continue }
      for (index, frame) in thread.frames.enumerated()
      where address < frame.topAddress && address >= frame.bottomAddress {
        let placements = slotPlacements[frame.function]
        for (slot, placement) in placements.enumerated() {
          let start = frame.topAddress &- UInt64(placement.offset + placement.size)
          guard address >= start, address < start &+ UInt64(max(placement.size, 1)) else { continue }
          let value = parkedSlotValue(thread: number, frame: index, slot: slot)
          let slotType = functions[frame.function].slotTypes[slot]
          let path = descend(value, type: slotType, offset: Int(address - start), target: type)
          return .parkedSlot(thread: number, frame: index, slot: slot, path: path)
        }
      }
    }
    return nil
  }

  func parkedSlotValue(thread: Int, frame: Int, slot: Int) -> Value {
    let threads = recorder.state.threads
    guard threads.indices.contains(thread), threads[thread].parkedFrames.indices.contains(frame),
      threads[thread].parkedFrames[frame].slots.indices.contains(slot)
    else { return .unit }
    return threads[thread].parkedFrames[frame].slots[slot].value
  }

  func writeParkedSlot(thread: Int, frame: Int, slot: Int, path: [Int], value: Value) {
    var whole = parkedSlotValue(thread: thread, frame: frame, slot: slot)
    whole.setPart(at: path[...], to: value)
    record(.slotWritten(frameID: threads[thread].frames[frame].frameID, slot: slot, value: whole))
  }
}

extension MachineState {
  /// The frame with this id, in the running thread's stack or a parked thread's (a scoped
  /// thread writes into the frame of the thread that spawned it).
  package func anyFrame(id: Int) -> FrameState? {
    if let index = frameIndex(id: id) { return frames[index] }
    for thread in threads {
      if let frame = thread.parkedFrames.first(where: { $0.id == id }) { return frame }
    }
    return nil
  }

  /// `slotWritten` for a frame of a thread that is not running.
  mutating func writeParkedSlot(frameID: Int, slot: Int, value: Value) {
    for number in threads.indices {
      guard let index = threads[number].parkedFrames.firstIndex(where: { $0.id == frameID }),
        threads[number].parkedFrames[index].slots.indices.contains(slot)
      else { continue }
      threads[number].parkedFrames[index].slots[slot] = FrameState.Slot(
        value: value, status: .live, heapEpoch: newestBlockID)
      return
    }
  }
}
