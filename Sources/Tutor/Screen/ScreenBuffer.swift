/// A grid of cells that panels draw into. Pure data: tests compare it as lines of text,
/// and the terminal backend sends only the cells that changed since the last frame.
struct ScreenBuffer: Sendable, Equatable {
  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  subscript(x: Int, y: Int) -> Cell {
    get {
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
  mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil)
    -> Int
  {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width, x + (maxWidth ?? width))
    var column = x
    for character in text {
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
  mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style = .plain) {
    for row in max(0, y)..<min(self.height, y + height) {
      for column in max(0, x)..<min(self.width, x + width) {
        self[column, row] = Cell(grapheme: " ", width: 1, style: style)
      }
    }
  }

  /// Restyles existing cells without changing their text (highlights, fades).
  mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
    guard y >= 0, y < height else { return }
    for column in max(0, x)..<min(self.width, x + width) {
      cells[y * self.width + column].style = style
    }
  }

  /// Row `y` as plain text (continuation cells skipped), trailing spaces kept.
  func line(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var text = ""
    for column in 0..<width {
      let cell = cells[y * width + column]
      if cell.width > 0 { text += cell.grapheme }
    }
    return text
  }

  /// Every row as text with trailing spaces trimmed: the form tests compare against.
  var lines: [String] {
    (0..<height).map { y in
      var row = line(y)
      while row.hasSuffix(" ") { row.removeLast() }
      return row
    }
  }

  /// The whole buffer as text, one row per line.
  var text: String { lines.joined(separator: "\n") }
}
