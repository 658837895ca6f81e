import MemoryModel

extension Interpreter {
  // MARK: - Moves

  /// Records that the `size` bytes at `address` were moved out: the owner will not drop them.
  package func registerMove(address: UInt64, size: Int) {
    let range = address..<address &+ UInt64(max(size, 1))
    if isStackAddress(address), let frame = frameIndex(containing: address),
      let (slot, offset) = slotIndex(frame: frame, containing: address)
    {
      if offset == 0 && size == slotSize(frame: frame, slot: slot) {
        record(.slotMovedOut(frameID: frames[frame].frameID, slot: slot))
      } else {
        frames[frame].movedRanges[slot, default: []].append(range)
      }
      return
    }
    if address >= temporaryRegionBase, let (index, _) = temporaryIndex(containing: address) {
      temps[index].exclusions.append(range)
      return
    }
    if let id = blockContaining(address) {
      blockExclusions[id, default: []].append(range)
    }
  }

  /// The parts of a heap value about to be assigned anew that were moved out (`*b` after
  /// `let s = *b;`): its old value drops without them, and the new value is whole again.
  package func reinitializedExclusions(_ address: UInt64, type: Int) -> [Range<UInt64>] {
    guard !blockExclusions.isEmpty, let id = blockContaining(address), let excluded = blockExclusions[id]
    else { return [] }
    let end = address &+ UInt64(max(types[type].size, 1))
    let kept = excluded.filter { $0.upperBound <= address || $0.lowerBound >= end }
    blockExclusions[id] = kept.isEmpty ? nil : kept
    return excluded
  }

  // MARK: - Temporaries

  package func materialize(_ value: Value, type: Int, depth: Int, extended: Int?) -> UInt64 {
    var address = temporaryRegionBase
    if let last = temps.last {
      let size = UInt64(max(types[last.type].size, 1))
      address = (last.address &+ size &+ 15) & ~15
    }
    temps.append(
      TemporaryCell(
        address: address, type: type, value: value, depth: depth, extendedID: extended,
        frameIndex: currentFrame))
    return address
  }

  package func releaseTemporary(address: UInt64) {
    if let index = temps.lastIndex(where: { $0.address == address }) {
      temps.remove(at: index)
    }
  }

  /// A statement at `depth` ended: its temporaries drop, last created first.
  package func endStatement(depth: Int) throws {
    guard let last = temps.last, last.frameIndex == currentFrame else { return }
    var work: [DropWork] = []
    for cell in temps.reversed() {
      guard cell.frameIndex == currentFrame else { break }
      guard cell.extendedID == nil, cell.depth >= depth else { continue }
      work.append(.value(address: cell.address, type: cell.type, exclusions: cell.exclusions))
      work.append(.releaseTemporary(address: cell.address))
    }
    if !work.isEmpty { try runDrops(work) }
  }

  // MARK: - Indexing

  /// The first element's address and the length of an indexed base on the stack.
  package func indexBase(_ base: IndexBase) throws -> (UInt64, Int) {
    switch base {
    case .array(let length):
      return (popAddress(), length)
    case .vec:
      let address = popAddress()
      let vec = try read(address: address, type: types.id(.vec(.unit)))
      guard case .buffer(let pointer, let length, _, _) = vec else { return (0, 0) }
      return (pointer, length)
    case .slice:
      let value = pop()
      guard case .slicePointer(let pointer, let length, _) = value else { return (0, 0) }
      return (pointer, length)
    }
  }

  package func executeSliceRange(
    _ base: IndexBase, elementSize: Int, isString: Bool, hasLow: Bool, hasHigh: Bool, inclusive: Bool,
    at point: SourcePoint
  ) throws {
    let high = hasHigh ? integer(pop()) : nil
    let low = hasLow ? integer(pop()) : 0
    let (start, length) = try indexBase(base)
    let count = Int128(length)
    let end = high.map { inclusive ? $0 + 1 : $0 } ?? count
    // The end as the program wrote it, which is what the messages quote.
    let writtenEnd = high ?? count
    if isString {
      let bytes = readBytes(address: start, length: length)
      let text = String(decoding: bytes, as: UTF8.self)
      if low > count {
        try panic("start byte index \(low) is out of bounds of `\(text)`", at: point)
      }
      if end > count {
        try panic("end byte index \(writtenEnd) is out of bounds of `\(text)`", at: point)
      }
      if low > end {
        try panic("begin > end (\(low) > \(end)) when slicing `\(text)`", at: point)
      }
      for (name, boundary) in [("start", low), ("end", end)] where boundary > 0 && boundary < count {
        guard bytes[Int(boundary)] & 0xC0 == 0x80 else { continue }
        var first = Int(boundary)
        while first > 0 && bytes[first] & 0xC0 == 0x80 { first -= 1 }
        let character = String(decoding: bytes[first...], as: UTF8.self).unicodeScalars.first ?? " "
        let last = first + String(character).utf8.count
        try panic(
          "\(name) byte index \(boundary) is not a char boundary; it is inside \(RustFormatter.debug(.character(character))) (bytes \(first)..\(last)) of `\(text)`",
          at: point)
      }
    } else {
      if !hasHigh && low > count {
        try panic("range start index \(low) out of range for slice of length \(length)", at: point)
      }
      if low > end {
        try panic("slice index starts at \(low) but ends at \(end)", at: point)
      }
      if end > count {
        try panic("range end index \(writtenEnd) out of range for slice of length \(length)", at: point)
      }
    }
    push(
      .slicePointer(
        address: start &+ UInt64(Int(low) * elementSize), length: Int(end - low), kind: .sharedReference))
  }
}
