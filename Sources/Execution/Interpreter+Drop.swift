/// One piece of pending drop work. Dropping is a work list rather than Swift recursion
import RustFrontEnd

/// because a `Drop::drop` is a Rust call: the list waits while its frame runs.
package enum DropWork {
  /// Drop the value of this type at this address, skipping moved-out bytes.
  case value(address: UInt64, type: Int, exclusions: [Range<UInt64>])
  /// Run the user's `Drop::drop(&mut value)`.
  case callDrop(function: Int, address: UInt64, type: Int)
  case free(blockID: Int)
  /// One `Rc` owner goes away: the count drops, and at zero the value and block go too.
  case releaseRc(address: UInt64, valueType: Int, exclusions: [Range<UInt64>])
  /// An `Rc`'s value has dropped: the implicit weak reference the strong owners held goes,
  /// and the block with it unless `Weak`s keep it (then it holds no value now).
  case releaseImplicitWeak(blockID: Int)
  case slotDied(frameID: Int, slot: Int)
  case releaseTemporary(address: UInt64)
  /// After dropping a `Vec`'s tail (`truncate`, `clear`): shorten it.
  case setVecLength(address: UInt64, type: Int, length: Int)
  /// A `Drain` has dropped what it did not give: the tail moves down (`Interpreter+Drain`).
  case closeDrainGap(vecAddress: UInt64, vecType: Int, tailStart: Int, tailLength: Int)
  /// A hash table's `Drain` has dropped what it did not give: the table is empty now.
  case clearHashTable(address: UInt64, type: Int)
}

extension Interpreter {
  /// Runs drop work in the given order. If a `Drop::drop` call interrupts it, the current
  /// frame resumes the rest when that call returns.
  package func runDrops(_ work: [DropWork]) throws {
    guard !work.isEmpty else { return }
    let owner = frames.count - 1
    let base = dropStack.count
    dropStack.append(contentsOf: work.reversed())
    if try !processDrops(base: base), owner >= 0 {
      frames[owner].pendingDropBase = base
    }
  }

  package func resumeDrops() throws {
    let top = frames.count - 1
    guard let base = frames[top].pendingDropBase else { return }
    frames[top].pendingDropBase = nil
    if try !processDrops(base: base) {
      frames[top].pendingDropBase = base
    }
  }

  /// Processes work above `base`; false when a `Drop::drop` frame was pushed.
  func processDrops(base: Int) throws -> Bool {
    while dropStack.count > base {
      let work = dropStack.removeLast()
      switch work {
      case .value(let address, let type, let exclusions):
        try expandDrop(address: address, type: type, exclusions: exclusions)
      case .callDrop(let function, let address, let type):
        record(.dropRan(typeName: types[type].name, label: "\(types[type].name) at \(hex(address))"))
        let point = SourcePoint(line: currentLine, column: currentColumn)
        try pushFrame(
          function: function, arguments: [.pointer(address: address, kind: .mutableReference)],
          callPoint: point,
          callLine: Int(currentLine), discardsResult: true)
        return false
      case .free(let id):
        freeBlock(id)
      case .releaseImplicitWeak(let id):
        releaseImplicitWeak(id)
      case .releaseRc(let address, let valueType, let exclusions):
        guard let (id, strong, weak) = rcCounts(address) else { break }
        if strong > 1 {
          record(.heapCountsChanged(blockID: id, strong: strong - 1, weak: weak))
        } else {
          // The last strong owner: the value drops, then the implicit weak goes (std's
          // `drop_slow`). The weak count is read only then: dropping the value may drop
          // `Weak`s that point back at this block, and the implicit weak keeps it alive meanwhile.
          record(.heapCountsChanged(blockID: id, strong: 0, weak: weak))
          dropStack.append(.releaseImplicitWeak(blockID: id))
          dropStack.append(.value(address: address &+ 16, type: valueType, exclusions: exclusions))
        }
      case .slotDied(let frameID, let slot):
        record(.slotDied(frameID: frameID, slot: slot))
        if let index = frames.lastIndex(where: { $0.frameID == frameID }) {
          frames[index].movedRanges[slot] = nil
        }
      case .releaseTemporary(let address):
        releaseTemporary(address: address)
      case .clearHashTable(let address, let type):
        try clearHashTable(at: address, type: type)
      case .closeDrainGap(let vecAddress, let vecType, let tailStart, let tailLength):
        try closeDrainGap(
          vecAddress: vecAddress, vecType: vecType, tailStart: tailStart, tailLength: tailLength)
      case .setVecLength(let address, let type, let length) where types[type].term.isLibrary(.vecDeque):
        try shortenDeque(at: address, type: type, length: length)
      case .setVecLength(let address, let type, let length):
        let vec = try read(address: address, type: type)
        guard case .buffer(let pointer, let oldLength, let capacity, let kind) = vec else { break }
        if length < oldLength, let id = blockID(startingAt: pointer) {
          record(.heapElementsReplaced(blockID: id, range: length..<oldLength, elements: []))
        }
        try write(
          address: address, type: type,
          value: .buffer(pointer: pointer, length: length, capacity: capacity, kind: kind))
      }
    }
    return true
  }

  private func isExcluded(_ address: UInt64, size: Int, _ exclusions: [Range<UInt64>]) -> Bool {
    guard !exclusions.isEmpty else { return false }
    let end = address &+ UInt64(max(size, 1))
    return exclusions.contains { $0.lowerBound <= address && end <= $0.upperBound }
  }

  /// Schedules what dropping one value means: the type's own `Drop::drop`, then its parts
  /// in order, then the heap blocks it owns.
  private func expandDrop(address: UInt64, type: Int, exclusions: [Range<UInt64>]) throws {
    let runtime = types[type]
    guard runtime.needsDrop, !isExcluded(address, size: runtime.size, exclusions) else { return }
    if case .library(let wrapper, _) = runtime.term, wrapper.isChannelEnd {
      try dropChannelEnd(at: address, type: type, wrapper: wrapper)
      return
    }
    if case .library(let wrapper, _) = runtime.term, wrapper.isGuard || wrapper == .weak {
      if wrapper.isGuard {
        try releaseBorrowGuard(at: address, type: type)
      } else {
        let block = self.address(of: try read(address: address, type: type))
        if block != UInt64.max { releaseWeak(block) }
      }
      return
    }
    // Work is pushed in reverse: the last pushed runs first.
    var work: [DropWork] = []
    if runtime.term.isLibrary(.drain) {
      try dropDrain(at: address, type: type, exclusions: exclusions, into: &work)
      dropStack.append(contentsOf: work.reversed())
      return
    }
    if runtime.term.isLibrary(.vecIntoIter) {
      try dropVecIntoIter(at: address, type: type, exclusions: exclusions, into: &work)
      dropStack.append(contentsOf: work.reversed())
      return
    }
    if runtime.term.isLibrary(.vecDeque) {
      try dropVecDeque(at: address, type: type, exclusions: exclusions, into: &work)
      dropStack.append(contentsOf: work.reversed())
      return
    }
    if runtime.treeNodes != nil {
      try dropTreeMap(at: address, type: type, exclusions: exclusions, into: &work)
      dropStack.append(contentsOf: work.reversed())
      return
    }
    if let entryType = runtime.hashEntry {
      try dropHashTable(at: address, type: type, entryType: entryType, exclusions: exclusions, into: &work)
      dropStack.append(contentsOf: work.reversed())
      return
    }
    if runtime.shape == .structure, runtime.dropFunction == nil,
      Checker.isLockGuardName(runtime.name)
    {
      try dropMutexGuard(at: address, type: type)
      return
    }
    switch runtime.shape {
    case .string:
      let value = try read(address: address, type: type)
      if case .buffer(let pointer, _, let capacity, _) = value, capacity > 0,
        let id = blockID(startingAt: pointer)
      {
        work.append(.free(blockID: id))
      }
    case .vec:
      let value = try read(address: address, type: type)
      guard case .buffer(let pointer, let length, let capacity, _) = value else { break }
      let element = types[runtime.element]
      if capacity > 0, element.size > 0, let id = blockID(startingAt: pointer) {
        if element.shape == .string, exclusions.isEmpty, freeStrings(inVecBlock: id, length: length) {
          // Done already: the texts go front to back, as the work list would have run them.
        } else if element.needsDrop {
          for index in 0..<length {
            work.append(
              .value(
                address: pointer &+ UInt64(index * element.size), type: runtime.element,
                exclusions: exclusions))
          }
        }
        work.append(.free(blockID: id))
      }
    case .box:
      let pointer = self.address(of: try read(address: address, type: type))
      let inner = types[runtime.element]
      if inner.size > 0, let id = blockID(startingAt: pointer) {
        work.append(
          .value(
            address: pointer, type: runtime.element, exclusions: exclusions + (blockExclusions[id] ?? [])))
        work.append(.free(blockID: id))
      } else {
        work.append(.value(address: pointer, type: runtime.element, exclusions: exclusions))
      }
    case .fatPointer:
      let value = try read(address: address, type: type)
      if case .slicePointer(let pointer, let length, .box) = value {
        // `Box<[T]>`: its elements front to back, then its block.
        work += boxedSliceDrops(
          pointer: pointer, length: length, sliceType: runtime.element, exclusions: exclusions)
        break
      }
      // `Box<dyn Trait>`: the vtable names the concrete type to drop and the block's size.
      guard case .traitObject(let pointer, let vtable, .box) = value,
        let concrete = vtableTargets[vtable]?.concreteType
      else { break }
      if types[concrete].size > 0, let id = blockID(startingAt: pointer) {
        work.append(
          .value(address: pointer, type: concrete, exclusions: exclusions + (blockExclusions[id] ?? [])))
        work.append(.free(blockID: id))
      } else {
        work.append(.value(address: pointer, type: concrete, exclusions: exclusions))
      }
    case .rc:
      let pointer = self.address(of: try read(address: address, type: type))
      work.append(.releaseRc(address: pointer, valueType: runtime.element, exclusions: []))
    case .structure, .tuple:
      if let function = runtime.dropFunction {
        work.append(.callDrop(function: function, address: address, type: type))
      }
      for (part, offset) in zip(runtime.parts, runtime.partOffsets) where types[part].needsDrop {
        work.append(.value(address: address &+ UInt64(offset), type: part, exclusions: exclusions))
      }
    case .array:
      let element = types[runtime.element]
      let count = runtime.partOffsets.count > 1 ? runtime.partOffsets[1] : 0
      for index in 0..<count {
        work.append(
          .value(
            address: address &+ UInt64(index * element.size), type: runtime.element, exclusions: exclusions))
      }
    case .option, .enumeration:
      if let function = runtime.dropFunction {
        work.append(.callDrop(function: function, address: address, type: type))
      }
      let value = try read(address: address, type: type)
      guard case .variant(_, let name, _) = value, let variant = runtime.variantNames.firstIndex(of: name)
      else { break }
      for (part, offset) in zip(runtime.variantPayloads[variant], runtime.variantOffsets[variant])
      where types[part].needsDrop {
        work.append(.value(address: address &+ UInt64(offset), type: part, exclusions: exclusions))
      }
    default:
      break
    }
    dropStack.append(contentsOf: work.reversed())
  }

  /// Dropping a `Vec<String>`'s elements frees each text's block, front to back, straight
  /// away: no work list of a hundred thousand frees. False when the block holds fewer elements
  /// than `length` (the general path then reports the fault).
  private func freeStrings(inVecBlock id: Int, length: Int) -> Bool {
    guard let index = recorder.state.blockIndex(id: id),
      case .elements(_, _, _, let elements) = recorder.state.heap[index].contents, elements.count >= length
    else { return false }
    for element in elements[..<length] {
      if case .buffer(let pointer, _, let capacity, _) = element, capacity > 0,
        let text = blockID(startingAt: pointer)
      {
        freeBlock(text)
      }
    }
    return true
  }

  /// A scope ends: each live item drops (already last-declared first).
  package func endScope(_ items: [ScopeItem], announce: Bool) throws {
    let top = frames.count - 1
    let frameID = frames[top].frameID
    if !hasDropWork(items, frame: top) {
      // Only scopes ending (the commonest end, a function's scalars): recorded as the loop
      // below would, with no work list built.
      guard announce else { return }
      for case .slot(let slot) in items {
        switch recorder.state.frames[top].slots[slot].status {
        case .live, .movedOut:
          recorder.killSlot(frameIndex: top, frameID: frameID, slot: slot)
          if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
        case .uninitialized, .dead:
          break
        }
      }
      return
    }
    var work: [DropWork] = []
    for item in items {
      switch item {
      case .slot(let slot):
        let status = recorder.state.frames[top].slots[slot].status
        let type = slotType(frame: top, slot: slot)
        switch status {
        case .live:
          if types[type].needsDrop {
            work.append(.slotDied(frameID: frameID, slot: slot))
            work.append(
              .value(
                address: slotAddress(frame: top, slot: slot), type: type,
                exclusions: frames[top].movedRanges[slot] ?? []))
          } else if announce {
            work.append(.slotDied(frameID: frameID, slot: slot))
          }
        case .movedOut:
          if announce { work.append(.slotDied(frameID: frameID, slot: slot)) }
        case .uninitialized, .dead:
          break
        }
      case .extendedTemporaries(let id):
        for cell in temps.reversed() where cell.frameIndex == top && cell.extendedID == id {
          work.append(.value(address: cell.address, type: cell.type, exclusions: cell.exclusions))
          work.append(.releaseTemporary(address: cell.address))
        }
      }
    }
    // Nothing to drop (only scopes ending): record them directly.
    if !work.contains(where: { if case .slotDied = $0 { return false } else { return true } }) {
      for case .slotDied(let frameID, let slot) in work {
        record(.slotDied(frameID: frameID, slot: slot))
        if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
      }
      return
    }
    try runDrops(work)
  }

  /// Whether ending a scope with these items drops anything: a live slot whose type needs
  /// dropping, or a temporary the scope extended.
  private func hasDropWork(_ items: [ScopeItem], frame top: Int) -> Bool {
    for item in items {
      switch item {
      case .slot(let slot):
        if recorder.state.frames[top].slots[slot].status == .live,
          types[slotType(frame: top, slot: slot)].needsDrop
        {
          return true
        }
      case .extendedTemporaries(let id):
        if temps.contains(where: { $0.frameIndex == top && $0.extendedID == id }) { return true }
      }
    }
    return false
  }

  /// Unwinds the innermost frame after a panic: its temporaries and live locals drop
  /// (running `Drop` impls), then the frame pops and the caller unwinds.
  package func continueUnwinding() throws {
    let top = frames.count - 1
    if !frames[top].unwindScheduled {
      frames[top].unwindScheduled = true
      var work: [DropWork] = []
      for cell in temps.reversed() where cell.frameIndex == top {
        work.append(.value(address: cell.address, type: cell.type, exclusions: cell.exclusions))
        work.append(.releaseTemporary(address: cell.address))
      }
      let frameID = frames[top].frameID
      for slot in recorder.state.frames[top].slots.indices.reversed()
      where recorder.state.frames[top].slots[slot].status == .live {
        let type = slotType(frame: top, slot: slot)
        guard types[type].needsDrop else { continue }
        work.append(.slotDied(frameID: frameID, slot: slot))
        work.append(
          .value(
            address: slotAddress(frame: top, slot: slot), type: type,
            exclusions: frames[top].movedRanges[slot] ?? []))
      }
      try runDrops(work)
      if frames.count - 1 != top || frames[top].pendingDropBase != nil { return }
    }
    guard let frame = frames.popLast() else { return }
    record(.framePopped(frameID: frame.frameID, returned: nil))
    operands.removeSubrange(frame.operandBase...)
    iterators.removeSubrange(frame.iteratorBase...)
    temps.removeAll { $0.frameIndex >= frames.count }
    if frames.isEmpty {
      if runningThread != 0 {
        try threadRanOut(returning: nil)
        return
      }
      try finishProgram(status: 101)
    }
    frames[frames.count - 1].isUnwinding = true
    // Unwinding continues in the caller, at the call that never returned.
    try beginStep(frames[frames.count - 1].resumePoint)
  }

  package func hex(_ address: UInt64) -> String {
    "0x" + String(address, radix: 16)
  }
}
