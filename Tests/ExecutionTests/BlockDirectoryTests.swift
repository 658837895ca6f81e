import Execution
import TestSupport
import Testing

/// The interpreter's index of live blocks by address answers like a plain sorted list and
/// costs linear work for a whole `Vec`'s worth of blocks freed in order.
@Suite struct BlockDirectoryTests {
  @Test func freeingBlocksInAllocationOrderMovesStartsLinearly() {
    for count in [10_000, 20_000] {
      var directory = BlockDirectory()
      for index in 0..<count { directory.insert(index, at: 0x1000 + UInt64(index) * 32) }
      for index in 0..<count { directory.remove(at: 0x1000 + UInt64(index) * 32) }
      #expect(directory.liveCount == 0)
      // Removing each start at once moved about count² / 2 of them.
      #expect(directory.movedStarts <= 8 * count, "\(count) blocks: \(directory.movedStarts) moves")
    }
  }

  @Test func randomChurnFindsTheSameBlockAsASortedList() {
    var generator = SplitMix(seed: 42)
    var directory = BlockDirectory()
    var model: [UInt64: Int] = [:]
    var nextID = 0
    for _ in 0..<6000 {
      let address = 0x1000 + (generator.next() % 4000) * 16
      if let id = model[address] {
        #expect(directory.id(startingAt: address) == id)
        directory.remove(at: address)
        model[address] = nil
      } else {
        directory.insert(nextID, at: address)
        model[address] = nextID
        nextID += 1
      }
      let probe = 0x1000 + generator.next() % (4000 * 16)
      let expected = model.keys.filter { $0 <= probe }.max().map { ($0, model[$0] ?? -1) }
      let found = directory.nearestBlock(atOrBelow: probe)
      #expect(found?.start == expected?.0 && found?.id == expected?.1, "probe \(probe)")
    }
    #expect(directory.liveCount == model.count)
  }
}
