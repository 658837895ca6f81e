/// Digits three rows tall, drawn with half blocks, for a step counter readable from the back
/// of a room. Only what a counter needs: digits, `/`, `-` and space.
package enum BigText {
  package static let height = 3

  private static let unicodeGlyphs: [Character: [String]] = [
    "0": ["█▀█", "█ █", "▀▀▀"],
    "1": ["▀█ ", " █ ", "▀▀▀"],
    "2": ["▀▀█", "█▀▀", "▀▀▀"],
    "3": ["▀▀█", " ▀█", "▀▀▀"],
    "4": ["█ █", "▀▀█", "  ▀"],
    "5": ["█▀▀", "▀▀█", "▀▀▀"],
    "6": ["█▀▀", "█▀█", "▀▀▀"],
    "7": ["▀▀█", "  █", "  ▀"],
    "8": ["█▀█", "█▀█", "▀▀▀"],
    "9": ["█▀█", "▀▀█", "▀▀▀"],
    "/": ["  █", " █ ", "▀  "],
    "-": ["   ", "▀▀▀", "   "],
    " ": ["   ", "   ", "   "],
  ]

  private static let asciiGlyphs: [Character: [String]] = [
    "0": ["###", "# #", "###"],
    "1": ["## ", " # ", "###"],
    "2": ["###", "## ", "###"],
    "3": ["###", " ##", "###"],
    "4": ["# #", "###", "  #"],
    "5": ["###", " ##", "###"],
    "6": ["#  ", "###", "###"],
    "7": ["###", "  #", "  #"],
    "8": ["###", "###", "###"],
    "9": ["###", "###", "  #"],
    "/": ["  #", " # ", "#  "],
    "-": ["   ", "###", "   "],
    " ": ["   ", "   ", "   "],
  ]

  /// Whether every character of `text` has a big glyph.
  package static func canRender(_ text: String) -> Bool {
    text.allSatisfy { unicodeGlyphs[$0] != nil }
  }

  /// Columns `text` takes in big type: three per glyph and one between glyphs.
  package static func width(of text: String) -> Int {
    text.isEmpty ? 0 : text.count * 4 - 1
  }

  /// The three rows of `text` in big type; characters without a glyph are left out.
  package static func rows(_ text: String, ascii: Bool = false) -> [String] {
    let glyphs = ascii ? asciiGlyphs : unicodeGlyphs
    var rows = Array(repeating: "", count: height)
    for (index, character) in text.enumerated() {
      guard let glyph = glyphs[character] else { continue }
      for row in 0..<height {
        rows[row] += (index == 0 ? "" : " ") + glyph[row]
      }
    }
    return rows
  }

  /// Draws `text` in big type with its top-left corner at (`x`, `y`).
  package static func draw(
    _ text: String, x: Int, y: Int, style: Style, ascii: Bool = false, into buffer: inout ScreenBuffer
  ) {
    for (offset, row) in rows(text, ascii: ascii).enumerated() {
      var column = x
      // Spaces are skipped rather than written, so what is underneath stays.
      for character in row {
        if character != " " { buffer.put(String(character), x: column, y: y + offset, style: style) }
        column += 1
      }
    }
  }
}
