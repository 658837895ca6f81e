import Execution
import Testing

/// Standard input is read as std reads it, through an 8 KiB buffer: a line that crosses the end of
/// one fill comes in two pieces, which is what makes `read_line`'s capacities real Rust's.
@Suite struct StandardInputTests {
  @Test func aLineAcrossTheBufferComesInTwoPieces() {
    let bytes = Array("hi\n".utf8) + Array(repeating: UInt8(ascii: "b"), count: 8200) + [UInt8(ascii: "\n")]
    let input = StandardInput(bytes: bytes)
    #expect(input.nextLinePieces() == [Array("hi\n".utf8)])
    let pieces = input.nextLinePieces()
    #expect(pieces.map(\.count) == [8192 - 3, 8201 - (8192 - 3)])
    #expect(input.nextLinePieces().isEmpty)
    #expect(input.consumed == bytes.count)
  }

  @Test func theLastLineNeedNotEndInANewline() {
    let input = StandardInput(bytes: Array("one\ntwo".utf8))
    #expect(input.nextLinePieces() == [Array("one\n".utf8)])
    #expect(input.nextLinePieces() == [Array("two".utf8)])
    #expect(input.nextLinePieces().isEmpty)
    #expect(input.nextLinePieces().isEmpty)
  }

  @Test func aWaitingReadIsAnnouncedFirst() {
    let input = StandardInput(bytes: Array("a\nb\n".utf8))
    var announced = 0
    input.willRead = { announced += 1 }
    _ = input.nextLinePieces()
    _ = input.nextLinePieces()
    // One fill holds both lines; the third read finds the end.
    #expect(announced == 1)
    _ = input.nextLinePieces()
    #expect(announced == 2)
  }
}
