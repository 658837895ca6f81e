import Screen
import Testing

@Suite struct ScreenBufferTests {
  @Test func writesAndClipsText() {
    var buffer = ScreenBuffer(width: 6, height: 2)
    let written = buffer.put("hello world", x: 1, y: 0)
    #expect(written == 5)
    #expect(buffer.lines == [" hello", ""])
  }

  @Test func wideCharactersTakeTwoColumns() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("内存x", x: 0, y: 0)
    #expect(buffer.lines == ["内存x"])
    #expect(buffer[1, 0].width == 0)
  }

  @Test func controlCharactersAreInert() {
    var buffer = ScreenBuffer(width: 12, height: 1)
    buffer.put("a\u{1b}[2Jb", x: 0, y: 0)
    #expect(buffer.lines == ["a\\x1b[2Jb"])
  }
}

@Suite struct ScreenBufferWideOverwriteTests {
  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = ScreenBuffer(width: 8, height: 1)
    buffer.put("内存存", x: 0, y: 0)
    buffer.put("x", x: 1, y: 0)
    buffer.put("y", x: 2, y: 0)
    #expect(buffer.lines == [" xy 存"])
    #expect(buffer[3, 0].width == 1)
    buffer.put("内", x: 5, y: 0)
    #expect(buffer.lines == [" xy  内"])
  }
}
