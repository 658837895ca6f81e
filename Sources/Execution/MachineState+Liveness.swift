import MemoryModel

/// What an address points at, as far as "is it still there?" goes.
package enum PointeeLiveness: Sendable, Equatable {
  /// A live heap block, a live slot, static data, or memory memtutor does not model.
  case alive
  /// Inside a heap block that has been freed (`block` is its id).
  case freedBlock(id: Int)
  /// The block the pointer was made for is gone; block `id`, allocated since, now holds
  /// that address (`freedID` is the old block when it is still remembered).
  case reusedBlock(id: Int, freedID: Int?)
  /// Inside the slot of a live frame whose value has been dropped or moved away.
  case droppedSlot(frameID: Int, slot: Int)
  /// Below the stack pointer: in a frame that has been popped (`frameID` when it is one of
  /// `MachineState.poppedFrames`).
  case poppedFrame(frameID: Int?)

  package var isDangling: Bool { self != .alive }
}

extension MachineState {
  /// Whether the memory at `address` still holds what a pointer to it was made for: the one
  /// place the screen asks whether a reference, raw pointer or owning pointer dangles.
  ///
  /// `heapEpoch` is the newest block id when the pointer was written (`FrameState.Slot.heapEpoch`):
  /// a live block newer than that was allocated after the pointer was made, over a freed one.
  package func liveness(of address: UInt64, image: ProgramImage, heapEpoch: Int? = nil) -> PointeeLiveness {
    let limit = UInt64(max(0, image.stackLimit))
    let stackFloor = limit >= image.stackRegionEnd ? 0 : image.stackRegionEnd - limit
    if address < image.stackTop, address >= stackFloor {
      return stackLiveness(of: address, image: image)
    }
    // One pass from the newest block down: the newest live block holding the address, and the
    // newest freed one the pointer may have been made for.
    var live: HeapBlock?
    var freed: HeapBlock?
    for block in heap.reversed()
    where address >= block.address && address < block.address + UInt64(max(block.size, 1)) {
      if block.status != .freed {
        if live == nil { live = block }
      } else if freed == nil, block.id <= (heapEpoch ?? Int.max) {
        freed = block
      }
      if let live, freed != nil || live.id <= (heapEpoch ?? Int.max) { break }
    }
    if let live {
      guard let heapEpoch, live.id > heapEpoch else { return .alive }
      return .reusedBlock(id: live.id, freedID: freed?.id)
    }
    if let freed { return .freedBlock(id: freed.id) }
    return .alive
  }

  /// The first address in the slot's value that dangles, judged by when the value was written.
  package func danglingTarget(of slot: FrameState.Slot, image: ProgramImage) -> (
    address: UInt64, liveness: PointeeLiveness
  )? {
    for address in slot.value.heldAddresses {
      let liveness = liveness(of: address, image: image, heapEpoch: slot.heapEpoch)
      if liveness.isDangling { return (address, liveness) }
    }
    return nil
  }

  /// The first address in `value` that dangles, and what it points at.
  package func danglingTarget(of value: Value, image: ProgramImage) -> (
    address: UInt64, liveness: PointeeLiveness
  )? {
    for address in value.heldAddresses {
      let liveness = liveness(of: address, image: image)
      if liveness.isDangling { return (address, liveness) }
    }
    return nil
  }

  /// The address a what-if run stopped at because it was no longer the program's.
  package var whatIfFaultAddress: UInt64? {
    guard case .stopped(let reason) = status else { return nil }
    return WhatIfFault.address(in: reason)
  }

  /// Whether following `slot`'s pointer leads to `fault`: straight to it, into the slot or
  /// block it names, or through the dropped value in that slot.
  package func pointer(in slot: FrameState.Slot, leadsTo fault: UInt64, image: ProgramImage) -> Bool {
    guard let target = danglingTarget(of: slot, image: image) else { return false }
    if target.address == fault { return true }
    switch target.liveness {
    case .droppedSlot(let frameID, let slotIndex):
      guard let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slotIndex) else {
        return false
      }
      let dropped = frames[index].slots[slotIndex]
      return dropped.value.heldAddresses.contains { address in
        guard address != fault else { return true }
        guard let block = heap.last(where: { $0.holds(address) }) else { return false }
        return block.holds(fault)
      }
    case .freedBlock(let id), .reusedBlock(_, let id?):
      return heap.first { $0.id == id }?.holds(fault) ?? false
    case .poppedFrame(let id?):
      guard let frame = poppedFrames.first(where: { $0.id == id }) else { return false }
      return fault >= frame.bottomAddress && fault < frame.topAddress
    default:
      return false
    }
  }

  /// The popped frame holding `address`, if it is one of those still remembered.
  package func poppedFrame(containing address: UInt64) -> FrameState? {
    poppedFrames.last { address >= $0.bottomAddress && address < $0.topAddress }
  }

  /// The frame whose bytes hold `address` (frames run from high addresses to low).
  package func liveFrameIndex(containing address: UInt64) -> Int? {
    Self.frameIndex(in: frames, containing: address)
  }

  private static func frameIndex(in frames: [FrameState], containing address: UInt64) -> Int? {
    var low = 0
    var high = frames.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let frame = frames[mid]
      if address >= frame.topAddress {
        high = mid - 1
      } else if address < frame.bottomAddress {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }

  /// The frames and the top of the stack that `address` lies in: the running thread's, or,
  /// once the program has spawned, those of the thread whose stack region holds it (a thread
  /// waiting in `join` still owns its frames).
  package func stackHolding(_ address: UInt64, image: ProgramImage) -> (
    frames: [FrameState], top: UInt64, isRunning: Bool
  ) {
    if let owner = threads.first(where: {
      address < $0.stackTop && address >= $0.stackTop &- UInt64($0.stackSize)
    }) {
      let running = owner.number == runningThread
      return (running ? frames : owner.parkedFrames, owner.stackTop, running)
    }
    return (frames, image.stackTop, true)
  }

  private func stackLiveness(of address: UInt64, image: ProgramImage) -> PointeeLiveness {
    let stack = stackHolding(address, image: image)
    let stackPointer = stack.frames.last?.bottomAddress ?? stack.top
    if address < stackPointer {
      return .poppedFrame(frameID: stack.isRunning ? poppedFrame(containing: address)?.id : nil)
    }
    guard let index = Self.frameIndex(in: stack.frames, containing: address) else { return .alive }
    let frame = stack.frames[index]
    guard image.layouts.indices.contains(frame.layoutIndex) else { return .alive }
    let layout = image.layouts[frame.layoutIndex]
    for (slotIndex, slot) in layout.slots.enumerated() where frame.slots.indices.contains(slotIndex) {
      let end = frame.topAddress &- UInt64(slot.offset)
      let start = end &- UInt64(max(slot.size, 1))
      guard address >= start, address < end else { continue }
      switch frame.slots[slotIndex].status {
      case .dead, .movedOut: return .droppedSlot(frameID: frame.id, slot: slotIndex)
      case .live, .uninitialized: return .alive
      }
    }
    return .alive
  }
}

extension HeapBlock {
  /// Whether `address` lies in the block's bytes (a zero-sized block holds its own address).
  package func holds(_ address: UInt64) -> Bool {
    address >= self.address && address < self.address + UInt64(max(size, 1))
  }
}

extension Value {
  /// Every address this value holds that must lead somewhere live while the value is used:
  /// references, raw and owning pointers, and the buffers of `String` and `Vec` with capacity.
  package var heldAddresses: [UInt64] {
    switch self {
    case .pointer(let address, _): return [address]
    case .slicePointer(let address, let length, _): return length > 0 ? [address] : []
    case .traitObject(let address, _, _): return [address]
    case .buffer(let pointer, _, let capacity, _): return capacity > 0 ? [pointer] : []
    case .tuple(let values), .array(let values): return values.flatMap(\.heldAddresses)
    case .structure(_, let fields): return fields.flatMap(\.heldAddresses)
    case .variant(_, _, let payload): return payload.flatMap(\.heldAddresses)
    default: return []
    }
  }
}
