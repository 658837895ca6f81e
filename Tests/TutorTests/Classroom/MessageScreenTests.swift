import Screen
import Testing

@testable import Tutor

@Suite struct MessageScreenTests {
  static let diagnostic = """
    demo.rs:3:5: error: trait objects are not supported by memtutor yet
      |
    3 |     let d: Box<dyn Draw> = Box::new(Dot);
      |     ^^^^^^^^^^^^^^^^^^^^
    """

  @Test func showsTheDiagnosticWithItsCaretAndHowToLeave() {
    var screen = MessageScreen(title: "memtutor cannot run demo.rs", text: Self.diagnostic)
    _ = screen.update(.resize(width: 80, height: 24))
    let lines = screen.view(width: 80, height: 24).lines
    #expect(lines[0] == " memtutor cannot run demo.rs")
    #expect(lines[2] == " demo.rs:3:5: error: trait objects are not supported by memtutor yet")
    #expect(lines[4] == " 3 |     let d: Box<dyn Draw> = Box::new(Dot);")
    #expect(lines[5] == "   |     ^^^^^^^^^^^^^^^^^^^^")
    #expect(lines[23] == " q quit")
    let quit = screen.update(.key(.character("q")))
    #expect(quit == false)
    #expect(screen.exitStatus == 1)
  }

  @Test func longTextScrollsAndKeepsItsPlaceOnResize() {
    let text = (1...60).map { "line \($0)" }.joined(separator: "\n")
    var screen = MessageScreen(title: "t", text: text)
    _ = screen.update(.resize(width: 80, height: 24))
    _ = screen.update(.key(.pageDown))
    #expect(screen.scroll == 20)
    #expect(screen.view(width: 80, height: 24).lines[2] == " line 21")
    _ = screen.update(.key(.end))
    #expect(screen.view(width: 80, height: 24).lines[21] == " line 60")
    _ = screen.update(.resize(width: 80, height: 50))
    #expect(screen.scroll == 14)
    #expect(screen.view(width: 80, height: 50).lines[47] == " line 60")
    #expect(screen.view(width: 80, height: 50).lines[49].contains("scroll"))
  }

  @Test func bigDigitsAreThreeRowsAndFourColumnsEach() {
    #expect(BigText.width(of: "12/40") == 19)
    let rows = BigText.rows("10")
    #expect(rows == ["▀█  █▀█", " █  █ █", "▀▀▀ ▀▀▀"])
    #expect(BigText.rows("7", ascii: true) == ["###", "  #", "  #"])
    #expect(BigText.canRender("3 / 9"))
    #expect(!BigText.canRender("step"))
    var buffer = ScreenBuffer(width: 10, height: 3)
    BigText.draw("8", x: 2, y: 0, style: .plain, into: &buffer)
    #expect(buffer.lines == ["  █▀█", "  █▀█", "  ▀▀▀"])
  }
}
