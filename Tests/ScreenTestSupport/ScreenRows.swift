import Screen

/// Helpers to compare screens with expected text.
package enum ScreenRows {
  /// The rows of `rect` in `buffer`, trailing spaces trimmed.
  package static func rows(_ buffer: ScreenBuffer, _ rect: Rect) -> [String] {
    (rect.y..<rect.maxY).map { y in
      var text = ""
      var column = rect.x
      while column < rect.maxX {
        let cell = buffer[column, y]
        if cell.width > 0 { text += cell.grapheme }
        column += 1
      }
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }

  /// Draws with `draw` into a fresh `width`×`height` buffer and returns its lines.
  package static func render(width: Int, height: Int, _ draw: (inout ScreenBuffer) -> Void) -> [String] {
    var buffer = ScreenBuffer(width: width, height: height)
    draw(&buffer)
    return buffer.lines
  }

  /// Drops the common leading indentation of a multi-line string literal's lines.
  package static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
