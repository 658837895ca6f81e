import MemoryModel

/// A grid of cells that panels draw into. Pure data: tests compare it as lines of text,
/// and the terminal backend sends only the cells that changed since the last frame.
package struct ScreenBuffer: Sendable, Equatable {
  package let width: Int
  package let height: Int
  package private(set) var cells: [Cell]

  package init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  package subscript(x: Int, y: Int) -> Cell {
    @inlinable get {
      guard x >= 0, y >= 0, x < width, y < height else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      let index = y * width + x
      let old = cells[index]
      // Overwriting half of a wide character leaves the other half blank, as a terminal shows it.
      if old.width == 0, newValue.width != 0, x > 0, cells[index - 1].width == 2 {
        cells[index - 1] = Cell(grapheme: " ", width: 1, style: cells[index - 1].style)
      }
      if old.width == 2, newValue.width != 2, x + 1 < width, cells[index + 1].width == 0 {
        cells[index + 1] = Cell(grapheme: " ", width: 1, style: cells[index + 1].style)
      }
      cells[index] = newValue
    }
  }

  /// Writes `text` from column `x` on row `y`, clipped at `x + maxWidth` (or the buffer's edge).
  /// Control characters are shown inert (`\x1b`, `\n`), so program output can never drive
  /// the terminal. Returns the number of columns written.
  @discardableResult
  package mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil)
    -> Int
  {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var column = x
    for character in text {
      // Fast path: a printable ASCII character is one cell wide and needs no escaping.
      if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
        if column + 1 > limit { return column - x }
        if column >= 0 { self[column, y] = Cell(grapheme: String(character), width: 1, style: style) }
        column += 1
        continue
      }
      if !character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
        // No control character inside: drawn as it is.
        let characterWidth = DisplayWidth.of(character)
        if characterWidth == 0 { continue }
        if column + characterWidth > limit { return column - x }
        if column >= 0 {
          self[column, y] = Cell(grapheme: String(character), width: characterWidth, style: style)
          if characterWidth == 2 { self[column + 1, y] = .continuation(style) }
        }
        column += characterWidth
        continue
      }
      for piece in DisplayWidth.inertPieces(of: character) {
        let pieceWidth = DisplayWidth.of(piece)
        if pieceWidth == 0 { continue }
        if column + pieceWidth > limit { return column - x }
        if column >= 0 {
          self[column, y] = Cell(grapheme: piece, width: pieceWidth, style: style)
          if pieceWidth == 2 { self[column + 1, y] = .continuation(style) }
        }
        column += pieceWidth
      }
    }
    return column - x
  }

  /// Fills a rectangle with blanks of `style`.
  package mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain) {
    let blank = Cell(grapheme: " ", width: 1, style: style)
    for row in max(0, y)..<min(self.height, y + height) {
      for column in max(0, x)..<min(self.width, x + width) {
        self[column, row] = blank
      }
    }
  }

  /// Restyles existing cells without changing their text (highlights, fades).
  package mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<min(self.width, x + width) {
      cells[y * self.width + column].style = style
    }
  }

  /// Row `y` as plain text (continuation cells skipped), trailing spaces kept.
  package func line(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var text = ""
    for column in 0..<width {
      let cell = cells[y * width + column]
      if cell.width > 0 { text += cell.grapheme }
    }
    return text
  }

  /// Every row as text with trailing spaces trimmed: the form tests compare against.
  package var lines: [String] {
    (0..<height).map { y in
      var row = line(y)
      while row.hasSuffix(" ") { row.removeLast() }
      return row
    }
  }

  /// The whole buffer as text, one row per line.
  package var text: String { lines.joined(separator: "\n") }
}
