import Screen
import Testing

@Suite struct TextWrapTests {
  func texts(_ lines: [[StyledRun]]) -> [String] { lines.map(\.plainText) }

  @Test func wrapsAtSpaces() {
    let lines = TextWrap.wrap("the stack grows down and the heap grows up", width: 16)
    #expect(texts(lines) == ["the stack grows", "down and the", "heap grows up"])
  }

  @Test func breaksWordsLongerThanALine() {
    let lines = TextWrap.wrap("0x5555555da2a0 is here", width: 8)
    #expect(texts(lines) == ["0x555555", "5da2a0", "is here"])
  }

  @Test func wideCharactersCountTwice() {
    let lines = TextWrap.wrap("内存 是 栈 和 堆", width: 6)
    #expect(lines.allSatisfy { $0.width <= 6 })
    #expect(texts(lines) == ["内存", "是 栈", "和 堆"])
  }

  @Test func newlinesStartNewLines() {
    #expect(texts(TextWrap.wrap("one\ntwo", width: 20)) == ["one", "two"])
  }

  @Test func controlCharactersBecomeInert() {
    let lines = TextWrap.wrap("a\u{1b}[2Jb", width: 20)
    #expect(texts(lines) == ["a\\x1b[2Jb"])
  }

  @Test func backticksMarkCode() {
    let code = Style(bold: true)
    let runs = TextWrap.markup("`s` holds a String", normal: .plain, code: code)
    #expect(runs == [StyledRun("s", code), StyledRun(" holds a String", .plain)])
  }
}
