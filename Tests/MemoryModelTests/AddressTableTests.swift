import Testing

@testable import MemoryModel

struct AddressTableTests {
  /// Random inserts, updates and removals of heap-like addresses agree with a `Dictionary`,
  /// across several growths and with long probe runs broken by removals.
  @Test func agreesWithDictionary() {
    var table = AddressTable()
    var reference: [UInt64: UInt64] = [:]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    for step in 0..<20_000 {
      let address = AddressSpace.standard.heapBase + (next() % 4096) * 16
      switch next() % 3 {
      case 0, 1:
        let size = 32 + (next() % 64) * 16
        table[address] = size
        reference[address] = size
      default:
        #expect(table.removeValue(forKey: address) == reference.removeValue(forKey: address), "step \(step)")
      }
      #expect(table.count == reference.count)
    }
    for (address, size) in reference { #expect(table[address] == size) }
    for offset in UInt64(0)..<4096 {
      let address = AddressSpace.standard.heapBase + offset * 16
      #expect(table[address] == reference[address])
    }
  }

  @Test func equalityIgnoresInsertionOrder() {
    var first = AddressTable()
    var second = AddressTable()
    for address in stride(from: UInt64(0x1000), to: 0x3000, by: 16) { first[address] = 32 }
    for address in stride(from: UInt64(0x2ff0), through: 0x1000, by: -16) { second[address] = 32 }
    #expect(first == second)
    second[0x1000] = 48
    #expect(first != second)
    second[0x1000] = nil
    #expect(first != second)
  }
}
