import Screen
import Testing

/// The presenter header gives the lesson number big digits beside the title at 200×60, as it
/// does the step counter.
@Suite struct PresenterHeaderTests {
  func headerRows(title: String, width: Int) -> [String] {
    let layout = PresenterLayout(width: width, height: 60, hasOutput: false, staticCount: 0)
    var buffer = ScreenBuffer(width: width, height: 60)
    layout.drawHeader(
      title: title, step: 10, stepCount: 12, note: nil, context: RenderContext(), into: &buffer)
    return (0..<5).map { y in (0..<width).map { buffer[$0, y].grapheme }.joined() }
  }

  @Test func theLessonNumberIsDrawnBig() {
    let rows = headerRows(title: "12 A reference into a moved buffer", width: 200)
    #expect(rows[1].hasPrefix("   ▀█  ▀▀█"), "\(rows)")
    #expect(rows[2].hasPrefix("    █  █▀▀  A reference into a moved buffer"), "\(rows)")
    #expect(!rows[2].contains("12 A reference"))
  }

  @Test func aTitleWithoutANumberIsUnchanged() {
    let rows = headerRows(title: "hello.rs", width: 200)
    #expect(rows[2].hasPrefix("   hello.rs"), "\(rows)")
  }
}
