/// The live heap blocks by start address: exact lookups, and the block an interior address
/// points into.
///
/// The sorted list of starts keeps the starts of freed blocks until they outnumber a quarter
/// of the live ones, then drops them in one pass: removing each at once moved the rest of
/// the list every time, which made dropping a big `Vec` of boxes or strings quadratic. A
/// freed start that is allocated again is simply live again.
package struct BlockDirectory {
  private struct Start {
    var address: UInt64
    var isLive: Bool
  }

  private var idsByStart: [UInt64: Int] = [:]
  /// Ascending; holds every live start and some freed ones (`staleCount`).
  private var starts: [Start] = []
  private var staleCount = 0
  /// Starts moved by insertions and compaction passes (for the tests that pin the cost).
  package private(set) var movedStarts = 0

  /// A lookup that walks back over more freed starts than this compacts the list first.
  private static let longestWalk = 64

  package init() {}

  package var liveCount: Int { idsByStart.count }

  package func id(startingAt address: UInt64) -> Int? {
    idsByStart[address]
  }

  package mutating func insert(_ id: Int, at address: UInt64) {
    let index = firstIndex(notBelow: address)
    if index < starts.count, starts[index].address == address {
      if !starts[index].isLive { staleCount -= 1 }
      starts[index].isLive = true
    } else {
      movedStarts += starts.count - index
      starts.insert(Start(address: address, isLive: true), at: index)
    }
    idsByStart[address] = id
  }

  package mutating func remove(at address: UInt64) {
    guard idsByStart.removeValue(forKey: address) != nil else { return }
    let index = firstIndex(notBelow: address)
    if index < starts.count, starts[index].address == address { starts[index].isLive = false }
    staleCount += 1
    if staleCount > max(Self.longestWalk, liveCount / 4) { compact() }
  }

  /// The live block with the greatest start at or below `address`, as (start, id).
  package mutating func nearestBlock(atOrBelow address: UInt64) -> (start: UInt64, id: Int)? {
    var index = firstIndex(above: address) - 1
    var walked = 0
    while index >= 0 {
      if starts[index].isLive, let id = idsByStart[starts[index].address] {
        return (starts[index].address, id)
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
