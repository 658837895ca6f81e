import MemoryModel
import Screen
import Testing

@testable import Tutor

@Suite struct FormatTests {
  @Test func addressesInThreeLengths() {
    let address: UInt64 = 0x5555_555d_a2a0
    #expect(Format.address(address, .full) == "0x5555555da2a0")
    #expect(Format.address(address, .medium) == "0x5555…a2a0")
    #expect(Format.address(address, .short) == "…a2a0")
    #expect(Format.address(address, .short, ellipsis: "...") == "...a2a0")
    // Tiny addresses (a dangling Vec pointer) are shown whole.
    #expect(Format.address(0x4, .short) == "0x4")
  }

  @Test func byteCounts() {
    #expect(Format.bytes(48) == "48 B")
    #expect(Format.bytes(1024) == "1 KiB")
    #expect(Format.bytes(1229) == "1.2 KiB")
    #expect(Format.bytes(8 * 1024 * 1024) == "8 MiB")
    #expect(Format.bytes(8_384_496) == "8 MiB")
    #expect(Format.bytes(8 * 1024 * 1024 - 600 * 1024) == "7.4 MiB")
  }

  @Test func groupedThousands() {
    #expect(Format.grouped(170_412) == "170,412")
    #expect(Format.grouped(999) == "999")
    #expect(Format.grouped(1_000_000) == "1,000,000")
    #expect(Format.grouped(-4_200) == "-4,200")
  }

  @Test func clippingKeepsWideCharactersWhole() {
    #expect(Format.clipped("内存内存", to: 5, ellipsis: "…") == "内存…")
    #expect(DisplayWidth.of(Format.clipped("内存内存", to: 5, ellipsis: "…")) == 5)
    #expect(Format.padded("ab", to: 4) == "ab  ")
  }

  @Test func commandLineSizes() {
    #expect(ByteSize.parse("64KiB") == 65536)
    #expect(ByteSize.parse("8MiB") == 8 * 1024 * 1024)
    #expect(ByteSize.parse("64k") == 65536)
    #expect(ByteSize.parse("1M") == 1_048_576)
    #expect(ByteSize.parse("4096") == 4096)
    #expect(ByteSize.parse("lots") == nil)
    #expect(ByteSize.parse("12 parsecs") == nil)
  }

  @Test func valuesReadLikeRust() {
    #expect(
      ValueText.text(.buffer(pointer: 0x5555_555d_a2a0, length: 11, capacity: 11, kind: .string))
        == "ptr …a2a0 len 11 cap 11")
    #expect(ValueText.text(.float(1, type: "f64")) == "1.0")
    #expect(ValueText.text(.float(3.5, type: "f64")) == "3.5")
    #expect(
      ValueText.text(.variant(enumName: "Option", variant: "Some", payload: [.integer(5, type: "i32")]))
        == "Some(5)")
    #expect(ValueText.text(.variant(enumName: "Option", variant: "None", payload: [])) == "None")
    #expect(ValueText.text(.tuple([.integer(1, type: "u8")])) == "(1,)")
    #expect(ValueText.text(.character("\u{1b}")) == "'\\x1b'")
    #expect(
      ValueText.text(.array((1...8).map { .integer(Int128($0), type: "i32") })) == "[1, 2, 3, 4, 5, 6, …]")
  }

  @Test func hashTableWordsAreNamed() {
    let usize: (Int128) -> Value = { .integer($0, type: "usize") }
    let table: [Value] = [
      .pointer(address: 0x5555_555d_a3d0, kind: .raw), usize(3), usize(1), usize(2),
      .integer(7, type: "u64"), .integer(9, type: "u64"),
    ]
    #expect(ValueText.text(.tuple(table)) == "ctrl …a3d0 mask 3 left 1 items 2 + keys")
    // A tuple of the program's own with the same numbers stays a tuple.
    let plain: [Value] = [usize(1)] + table.dropFirst()
    #expect(ValueText.text(.tuple(plain)) == "(1, 3, 1, 2, 7, 9)")
  }
}
