import Testing

@testable import Tutor

/// A dangling reference in a live frame and the dropped or moved-out slot it names are paired
/// (`◄ shortest` on the dead slot), and the dead slot keeps its line to the freed block.
@Suite struct DanglingPairingTests {
  @Test(arguments: [
    ("09-dangling-reference.rs", 6, "word", "◄ shortest"),
    ("10-move-while-borrowed.rs", 5, "note", "◄ view"),
  ])
  func theDeadSlotNamesItsReference(file: String, step: Int, slot: String, tag: String) throws {
    for (width, height) in [(80, 24), (160, 48)] {
      let text = try HeapPictureScreenTests.lessonScreen(file, step: step, width: width, height: height)
      let lines = text.split(separator: "\n").map(String.init)
      let slotRow = try #require(lines.firstIndex { $0.contains("│ \(slot) ") }, "\(text)")
      // The tag is on the slot's name row or the value row right below it.
      let pair = lines[slotRow] + lines[slotRow + 1]
      #expect(pair.contains(tag), "\(file) \(width)x\(height):\n\(text)")
      #expect(pair.contains("├─"), "no line from the dead slot to its freed block:\n\(text)")
      #expect(text.contains("✗ dangling"))
    }
  }
}
