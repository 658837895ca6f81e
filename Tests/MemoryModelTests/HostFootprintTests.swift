import MemoryModel
import Testing

@Suite struct HostFootprintTests {
  static let byte = Value.integer(0, type: "u8")

  @Test func aLongArrayIsCountedOncePerStorage() {
    let elements = Array(repeating: Self.byte, count: 4096)
    var tally = HostFootprint.Tally()
    let first = tally.bytes(of: .array(elements))
    #expect(first == HostFootprint.bytes(of: .array(elements)))
    // The same storage again (another frame's copy, not yet written): only its `Value`.
    let shared = elements
    #expect(tally.bytes(of: .array(shared)) == HostFootprint.valueStride)
    // A written copy has storage of its own and costs it all.
    var written = elements
    written[0] = .integer(1, type: "u8")
    #expect(tally.bytes(of: .array(written)) == first)
  }

  @Test func shortArraysAreCountedEveryTime() {
    let elements = Array(repeating: Self.byte, count: 8)
    var tally = HostFootprint.Tally()
    let once = tally.bytes(of: .array(elements))
    #expect(tally.bytes(of: .array(elements)) == once)
    #expect(once > HostFootprint.valueStride)
  }
}
