/// The live heap blocks by start address: exact lookups, the block an interior address
/// points into, and each block's element or value type.
///
/// One sorted list answers all three by binary search (a hash table beside it cost more to
/// keep in step on every allocation and free than it saved on lookups). It keeps the starts
/// of freed blocks until they outnumber a quarter of the live ones, then drops them in one
/// pass: removing each at once moved the rest of the list every time, which made dropping a
/// big `Vec` of boxes or strings quadratic. A freed start that is allocated again is simply
/// live again.
package struct BlockDirectory {
  /// 24 bytes: the value type is kept as an `Int32` (-1 for none), as a list of a hundred
  /// thousand starts is walked and copied often enough for its width to show.
  private struct Start {
    var address: UInt64
    var id: Int
    private var storedValueType: Int32
    var isLive: Bool

    init(address: UInt64, isLive: Bool, id: Int, valueType: Int?) {
      self.address = address
      self.id = id
      self.storedValueType = valueType.map { Int32(clamping: $0) } ?? -1
      self.isLive = isLive
    }

    var valueType: Int? { storedValueType < 0 ? nil : Int(storedValueType) }
  }

  /// Ascending; holds every live start and some freed ones (`staleCount`).
  private var starts: [Start] = []
  private var staleCount = 0
  package private(set) var liveCount = 0
  /// Starts moved by insertions and compaction passes (for the tests that pin the cost).
  package private(set) var movedStarts = 0

  /// A lookup that walks back over more freed starts than this compacts the list first.
  private static let longestWalk = 64

  package init() {}

  /// Where the last lookup landed: the next one (the same block again, or the next block of
  /// a `Vec` being dropped in order) looks there and just after it before searching.
  private var hint = 0

  /// The index of the live start at exactly `address`.
  private mutating func liveIndex(startingAt address: UInt64) -> Int? {
    let index = index(of: address)
    guard index < starts.count, starts[index].address == address, starts[index].isLive else { return nil }
    return index
  }

  package mutating func id(startingAt address: UInt64) -> Int? {
    liveIndex(startingAt: address).map { starts[$0].id }
  }

  /// The element or value type given with the block that starts at `address`.
  package mutating func valueType(startingAt address: UInt64) -> Int? {
    liveIndex(startingAt: address).flatMap { starts[$0].valueType }
  }

  /// `firstIndex(notBelow:)`, trying the hint, the start after it and the end of the list
  /// (where a new block's start usually goes) first.
  private mutating func index(of address: UInt64) -> Int {
    let count = starts.count
    if hint < count, starts[hint].address == address { return hint }
    if hint + 1 < count, starts[hint + 1].address == address {
      hint += 1
      return hint
    }
    if count == 0 || starts[count - 1].address < address { return count }
    // Just after the hint: blocks carved one after another from the same free space.
    if hint < count - 1, starts[hint].address < address, address <= starts[hint + 1].address {
      hint += 1
      return hint
    }
    // Just below the last start: a small block made while the last block is a big mmapped one
    // (a growing `Vec`'s buffer) lies below it.
    if count == 1 || starts[count - 2].address < address { return count - 1 }
    let found = firstIndex(notBelow: address)
    hint = found
    return found
  }

  package mutating func insert(_ id: Int, at address: UInt64, valueType: Int? = nil) {
    let index = index(of: address)
    let start = Start(address: address, isLive: true, id: id, valueType: valueType)
    if index < starts.count, starts[index].address == address {
      if starts[index].isLive {
        liveCount -= 1
      } else {
        staleCount -= 1
      }
      starts[index] = start
    } else {
      movedStarts += starts.count - index
      if index == starts.count {
        starts.append(start)
      } else {
        // One move of the starts above (plain data): `insert`'s general path cost several
        // times the copy for the few dozen a block carved from a hole usually has above it.
        starts.append(start)
        starts.withUnsafeMutableBufferPointer { buffer in
          guard let base = buffer.baseAddress else { return }
          let above = buffer.count - 1 - index
          UnsafeMutableRawPointer(base + index + 1).copyMemory(
            from: base + index, byteCount: above * MemoryLayout<Start>.stride)
          base[index] = start
        }
      }
      hint = index
    }
    liveCount += 1
  }

  /// Removes the block at `address`, handing back its value type.
  @discardableResult
  package mutating func remove(at address: UInt64) -> Int? {
    guard let index = liveIndex(startingAt: address) else { return nil }
    starts[index].isLive = false
    liveCount -= 1
    staleCount += 1
    let valueType = starts[index].valueType
    if staleCount > max(Self.longestWalk, liveCount / 4) { compact() }
    return valueType
  }

  /// The live block with the greatest start at or below `address`, as (start, id).
  package mutating func nearestBlock(atOrBelow address: UInt64) -> (start: UInt64, id: Int)? {
    var index = firstIndex(above: address) - 1
    var walked = 0
    while index >= 0 {
      if starts[index].isLive {
        return (starts[index].address, starts[index].id)
      }
      index -= 1
      walked += 1
      if walked > Self.longestWalk {
        compact()
        return nearestBlock(atOrBelow: address)
      }
    }
    return nil
  }

  /// The index of the first start at or above `address` (`starts.count` when none is).
  private func firstIndex(notBelow address: UInt64) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid].address < address { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private func firstIndex(above address: UInt64) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid].address <= address { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private mutating func compact() {
    movedStarts += starts.count
    starts.removeAll { !$0.isLive }
    staleCount = 0
  }
}
