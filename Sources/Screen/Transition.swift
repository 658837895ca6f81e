import Execution
import MemoryModel

/// What changed between two positions of a trace, as a sequence of effects to animate.
///
/// Derived only from events (and the states around them), so an animation can never show
/// something the trace did not do. Stepping back has no transition: it jumps.
package struct Transition: Sendable, Equatable {
  package enum Effect: Sendable, Equatable {
    /// A frame was pushed: it slides in below its caller.
    case push(frameID: Int)
    /// A frame was popped: it drains and slides out (its last contents kept here).
    case pop(frame: FrameState)
    /// A slot got a new value; `previous` is what it showed before (nil in a new frame).
    case write(SlotRef, previous: FrameState.Slot?)
    /// The value left the slot; `value` stays visible, greyed.
    case moveOut(SlotRef, value: Value)
    /// A block appeared; its `count` initial elements or bytes (a literal's text) arrive
    /// one by one.
    case allocate(blockID: Int, count: Int)
    /// `realloc` could not grow the block: a new one, `count` elements copied, the owner's
    /// pointer swung to it, the old one freed.
    case reallocateMoved(from: Int, to: Int, count: Int, owner: SlotRef?, ownerPrevious: FrameState.Slot?)
    /// `realloc` grew (or shrank) the block where it was.
    case resizeInPlace(blockID: Int, fromCapacity: Int, toCapacity: Int)
    /// An element or byte was written into an existing block.
    case blockWrite(blockID: Int, previous: HeapBlock.Contents)
    case free(blockID: Int)
    /// Output piece number `index` (in `MachineState.output`) appeared.
    case print(index: Int)
    /// Recursion ran out of stack: frames pile up from `fromDepth` to `toDepth`, the gauge
    /// fills, the panel flashes, and the message appears after output piece `outputBefore`.
    case overflow(fromDepth: Int, toDepth: Int, outputBefore: Int)
    /// A thread was spawned: its band in the Stack panel grows in.
    case threadSpawn(number: Int)
    /// The scheduler moved from thread `from` to thread `to`; `states` are the threads' run
    /// states just before, so the highlight can leave the old band before it reaches the new one.
    case threadSwitch(from: Int, to: Int, states: [ThreadState.RunState])
    /// Thread `number` finished: its band shrinks to its one-line heading.
    case threadFinish(number: Int)
    /// A mutex was locked or unlocked (see `MutexChange`).
    case lock(MutexChange)
  }

  package var effects: [Effect]

  /// The transition for moving one step forward: `events` are the step's events and
  /// `previous` the state before them.
  package static func step(from previous: MachineState, events: some Collection<Event>) -> Transition? {
    if previous.status != .overflowed, events.contains(where: \.isStackOverflow) {
      let depth = previous.frames.count
      return Transition(effects: [
        .overflow(fromDepth: depth, toDepth: depth, outputBefore: previous.output.count)
      ])
    }
    var effects: [Effect] = []
    var written: [SlotRef: FrameState.Slot] = [:]
    var absorbedWrites: Set<Int> = []
    var ended: [SlotRef: FrameState.SlotStatus] = [:]
    var outputIndex = previous.output.count
    let list = Array(events)
    var threads = ThreadTracker(previous)
    // Block contents as the step's events leave them, for edits that follow other edits.
    var contents: [Int: HeapBlock.Contents] = [:]
    func currentContents(_ blockID: Int) -> HeapBlock.Contents? {
      contents[blockID] ?? previous.blockIndex(id: blockID).map { previous.heap[$0].contents }
    }

    func previousSlot(_ ref: SlotRef) -> FrameState.Slot? {
      if let slot = written[ref] { return slot }
      guard let frame = previous.anyFrame(id: ref.frameID), frame.slots.indices.contains(ref.slot)
      else { return nil }
      return frame.slots[ref.slot]
    }

    for (position, event) in list.enumerated() {
      defer {
        if let edit = HeapEdit.edited(by: event, from: currentContents) {
          contents[edit.blockID] = edit.contents
        }
        switch event {
        case .heapAllocated(let block): contents[block.id] = block.contents
        case .heapReallocated(let blockID, _, let newContents, let movedTo):
          if let movedTo { contents[movedTo.id] = movedTo.contents } else { contents[blockID] = newContents }
        default: break
        }
      }
      if let effect = threads.effect(for: event) { effects.append(effect) }
      switch event {
      case .framePushed(let frameID, _, _, _):
        effects.append(.push(frameID: frameID))
      case .framePopped(let frameID, _):
        if var frame = previous.anyFrame(id: frameID) {
          // The frame leaves as the step left it: its locals already out of scope or moved.
          for (ref, status) in ended where ref.frameID == frameID && frame.slots.indices.contains(ref.slot) {
            frame.slots[ref.slot].status = status
          }
          effects.append(.pop(frame: frame))
        }
      case .slotWritten(let frameID, let slot, let value):
        let ref = SlotRef(frameID: frameID, slot: slot)
        if !absorbedWrites.contains(position) {
          if let before = previousSlot(ref),
            let lock = threads.lockEffect(
              .slot(ref, before: before), changing: before.value, to: value, events: list, from: position,
              previousSlot: previousSlot)
          {
            effects.append(lock.effect)
            if let absorbed = lock.absorbedWrite { absorbedWrites.insert(absorbed) }
          } else {
            effects.append(.write(ref, previous: previousSlot(ref)))
          }
        }
        written[ref] = FrameState.Slot(value: value, status: .live)
      case .slotDied(let frameID, let slot):
        ended[SlotRef(frameID: frameID, slot: slot)] = .dead
      case .slotMovedOut(let frameID, let slot):
        let ref = SlotRef(frameID: frameID, slot: slot)
        ended[ref] = .movedOut
        if let slot = previousSlot(ref) { effects.append(.moveOut(ref, value: slot.value)) }
      case .heapAllocated(let block):
        effects.append(.allocate(blockID: block.id, count: block.contents.usedCount))
      case .heapReallocated(let blockID, _, let newContents, let movedTo):
        let old = previous.blockIndex(id: blockID).map { previous.heap[$0] }
        if let moved = movedTo {
          // The owner's pointer is rewritten by a later event of the same step: play it
          // as part of the reallocation (the pointer swings after the copy).
          var owner: SlotRef? = nil
          var ownerPrevious: FrameState.Slot? = nil
          for later in (position + 1)..<list.count {
            if case .slotWritten(let frameID, let slot, let value) = list[later],
              value.pointerTargets.contains(moved.address)
            {
              owner = SlotRef(frameID: frameID, slot: slot)
              ownerPrevious = previousSlot(SlotRef(frameID: frameID, slot: slot))
              absorbedWrites.insert(later)
              break
            }
          }
          effects.append(
            .reallocateMoved(
              from: blockID, to: moved.id, count: old?.contents.usedCount ?? 0, owner: owner,
              ownerPrevious: ownerPrevious))
        } else {
          effects.append(
            .resizeInPlace(
              blockID: blockID, fromCapacity: old?.contents.capacity ?? 0,
              toCapacity: newContents.capacity))
        }
      case .heapWritten(let blockID, _), .heapElementsReplaced(let blockID, _, _),
        .heapBytesReplaced(let blockID, _, _), .heapValueWritten(let blockID, _),
        .heapCountsChanged(let blockID, _, _):
        // Blocks new in this step appear (or are copied into) already written.
        if previous.blockIndex(id: blockID) != nil, let before = currentContents(blockID) {
          if case .heapValueWritten(_, let value) = event, case .counted(_, _, _, let old) = before,
            let lock = threads.lockEffect(
              .block(blockID, before: before), changing: old, to: value, events: list, from: position,
              previousSlot: previousSlot)
          {
            effects.append(lock.effect)
            if let absorbed = lock.absorbedWrite { absorbedWrites.insert(absorbed) }
          } else {
            effects.append(.blockWrite(blockID: blockID, previous: before))
          }
        }
      case .heapFreed(let blockID):
        effects.append(.free(blockID: blockID))
      case .printed:
        effects.append(.print(index: outputIndex))
        outputIndex += 1
      default:
        break
      }
    }
    let transition = Transition(effects: effects)
    return transition.duration > 0 ? transition : nil
  }

  /// The transition for a jump forward: only the overflow montage is worth playing; any
  /// other jump lands without animation.
  package static func jump(from previous: MachineState, to next: MachineState) -> Transition? {
    overflow(from: previous, to: next)
  }

  private static func overflow(from previous: MachineState, to next: MachineState) -> Transition? {
    guard next.status == .overflowed, previous.status != .overflowed else { return nil }
    return Transition(effects: [
      .overflow(
        fromDepth: min(previous.frames.count, next.frames.count), toDepth: next.frames.count,
        outputBefore: previous.output.count)
    ])
  }

  /// Seconds at speed 1.
  package var duration: Double {
    effects.reduce(0) { $0 + Self.duration(of: $1) }
  }

  package static func duration(of effect: Effect) -> Double {
    switch effect {
    case .push, .pop: 0.5
    case .write, .print: 0
    case .moveOut: 0.35
    case .allocate(_, let count): count > 1 ? 0.6 : 0.35
    case .reallocateMoved: 0.9
    case .resizeInPlace: 0.5
    case .blockWrite: 0.25
    case .free: 0.4
    case .overflow: 2.6
    case .threadSpawn: 0.5
    case .threadSwitch: 0.6
    case .threadFinish: 0.45
    case .lock: 0.6
    }
  }
}

extension Event {
  package var isStackOverflow: Bool {
    if case .stackOverflowed = self { return true }
    return false
  }
}

extension HeapBlock.Contents {
  /// Elements (or bytes) in use.
  package var usedCount: Int {
    switch self {
    case .elements(_, _, _, let elements): elements.count
    case .bytes(_, let bytes): bytes.count
    case .boxed, .counted: 1
    }
  }

  /// Elements (or bytes) the block has room for.
  package var capacity: Int {
    switch self {
    case .elements(_, _, let capacity, _): capacity
    case .bytes(let capacity, _): capacity
    case .boxed, .counted: 1
    }
  }
}
