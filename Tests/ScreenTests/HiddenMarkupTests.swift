import Screen
import Testing

/// A lesson's markup comments are left out of the Code panel; the code keeps its line numbers.
@Suite struct HiddenMarkupTests {
  static let source = """
    //! title: Demo
    fn main() {
        // > Narration about the next line.
        // ? number: A question?
        // + 3
        let x = 3;
        println!("{x}");
    }
    """

  @Test func markupLinesAreLeftOutAndNumbersKept() {
    var code = CodeView(
      title: "Code", source: Self.source, nextLine: 6, justRunLine: 2,
      hasRun: [false, true, false, false, false, false, false, false])
    code.hiddenLines = [1, 3, 4, 5]
    var buffer = ScreenBuffer(width: 40, height: 6)
    CodePanel.render(
      code, context: RenderContext(), in: Rect(x: 0, y: 0, width: 40, height: 6), into: &buffer)
    let lines = buffer.lines
    #expect(lines[1] == " 2 ✓ fn main() {")
    #expect(lines[2].hasPrefix(" 6 ▶     let x = 3;"))
    #expect(lines[3] == " 7       println!(\"{x}\");")
    #expect(lines[4] == " 8   }")
    #expect(!buffer.text.contains("//"))
  }

  @Test func theLineAboutToRunStaysInViewWhenManyAreHidden() {
    let body = (1...60).map { "    // > note \($0)" }.joined(separator: "\n")
    let source = "fn main() {\n" + body + "\n    let y = 1;\n}"
    var code = CodeView(
      title: "Code", source: source, nextLine: 62, justRunLine: 1, hasRun: Array(repeating: false, count: 63))
    code.hiddenLines = Set(2...61)
    var buffer = ScreenBuffer(width: 40, height: 4)
    CodePanel.render(
      code, context: RenderContext(), in: Rect(x: 0, y: 0, width: 40, height: 4), into: &buffer)
    #expect(buffer.lines.contains { $0.contains("62 ▶     let y = 1;") })
    #expect(buffer.lines.contains { $0.contains(" 1 ✓ fn main() {") })
  }
}
