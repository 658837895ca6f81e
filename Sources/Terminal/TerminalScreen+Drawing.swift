import CNcurses
import Screen

extension TerminalScreen {
  /// Sends `frame` to the terminal: only the cells that differ from the previous frame, then one
  /// `wnoutrefresh` + `doupdate`. After `invalidate()` or a resize, clears and repaints everything.
  /// Cells outside the frame are blank; a frame larger than the screen is clipped.
  /// Returns whether anything was sent.
  @discardableResult
  package func draw(_ frame: ScreenBuffer) -> Bool {
    guard isOpen else { return false }
    let previous = previousFrame
    let repaint = previous == nil
    var changed = repaint
    if repaint {
      werase(window)
      clearok(window, true)
    }
    for (x, y) in frame.changedPositions(since: previous, width: width, height: height) {
      put(frame[x, y], x: x, y: y, in: frame)
      changed = true
    }
    previousFrame = frame
    guard changed else { return false }
    wnoutrefresh(window)
    doupdate()
    return true
  }

  /// Forgets the previous frame, so the next `draw` clears and repaints the whole screen.
  package func invalidate() {
    previousFrame = nil
  }

  /// The screen as ncurses holds it, one string per row, trailing spaces trimmed (for tests).
  package func windowLines() -> [String] {
    guard isOpen else { return [] }
    var lines: [String] = []
    var characters = [wchar_t](repeating: 0, count: width + 1)
    for y in 0..<height {
      let count = mvwinnwstr(window, Int32(y), 0, &characters, Int32(width))
      var line = ""
      for index in 0..<max(0, Int(count)) {
        if let scalar = Unicode.Scalar(UInt32(bitPattern: characters[index])) {
          line.unicodeScalars.append(scalar)
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    return lines
  }

  private func put(_ cell: Cell, x: Int, y: Int, in frame: ScreenBuffer) {
    var cell = cell
    if cell.width == 0 {
      // A continuation is drawn with its wide cell on the left; alone, it is a blank.
      if x > 0, frame[x - 1, y].width == 2 { return }
      cell = Cell(grapheme: " ", width: 1, style: cell.style)
    } else if cell.width >= 2, cell.width != 2 || x + 1 >= width || frame[x + 1, y].width != 0 {
      // A wide cell without its continuation (overwritten, or cut by the right edge).
      cell = Cell(grapheme: " ", width: 1, style: cell.style)
    }
    let (attributes, pair) = attributesAndPair(for: cell.style)
    let capacity = Int(CCHARW_MAX) + 2
    withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity) { characters in
      guard let base = characters.baseAddress else { return }
      switch layOut(cell, into: characters) {
      case .glyph:
        add(base, x: x, y: y, attributes: attributes, pair: pair)
      case .glyphThenBlank:
        add(base, x: x, y: y, attributes: attributes, pair: pair)
        characters[0] = 0x20
        characters[1] = 0
        add(base, x: x + 1, y: y, attributes: attributes, pair: pair)
      case .placeholders:
        characters[0] = 0x3F
        characters[1] = 0
        for column in x..<(x + cell.width) { add(base, x: column, y: y, attributes: attributes, pair: pair) }
      }
    }
  }

  private enum Layout {
    /// The characters as laid out, one glyph of the cell's width.
    case glyph
    /// The terminal draws it narrower than the cell: a blank follows to keep the columns.
    case glyphThenBlank
    /// Not drawable here (control character, no UTF-8, or wider than the cell): `?` per column.
    case placeholders
  }

  /// Writes the cell's characters, zero-terminated, into `characters` (at least CCHARW_MAX + 2
  /// long) and says how to draw them. The terminal's idea of a character's width (`wcwidth`) can
  /// differ from the cell's; the columns after it must stay aligned either way.
  private func layOut(_ cell: Cell, into characters: UnsafeMutableBufferPointer<wchar_t>) -> Layout {
    let scalars = cell.grapheme.unicodeScalars
    guard let first = scalars.first else {
      characters[0] = 0x20
      characters[1] = 0
      return .glyph
    }
    if first.value >= 0x20, first.value < 0x7F, scalars.count == 1 {
      characters[0] = wchar_t(first.value)
      characters[1] = 0
      return .glyph
    }
    if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) || !capabilities.supportsUnicode {
      return .placeholders
    }
    let terminalWidth = Int(wcwidth(wchar_t(bitPattern: first.value)))
    var count = 0
    // A lone combining mark gets a space to sit on.
    if terminalWidth == 0, cell.width == 1 {
      characters[0] = 0x20
      count = 1
    }
    for scalar in scalars where count < Int(CCHARW_MAX) {
      characters[count] = wchar_t(bitPattern: scalar.value)
      count += 1
    }
    characters[count] = 0
    switch (terminalWidth, cell.width) {
    case (let same, let width) where same == width: return .glyph
    case (0, 1): return .glyph
    case (1, 2): return .glyphThenBlank
    default: return .placeholders
    }
  }

  private func add(_ characters: UnsafePointer<wchar_t>, x: Int, y: Int, attributes: attr_t, pair: Int16) {
    var character = cchar_t()
    setcchar(&character, characters, attributes, pair, nil)
    mvwadd_wch(window, Int32(y), Int32(x), &character)
  }

  private func attributesAndPair(for style: Style) -> (attr_t, Int16) {
    var attributes = memtutor_a_normal()
    if style.bold { attributes |= memtutor_a_bold() }
    if style.dim { attributes |= memtutor_a_dim() }
    if style.reverse { attributes |= memtutor_a_reverse() }
    if style.underline { attributes |= memtutor_a_underline() }
    guard capabilities.supportsColor else { return (attributes, 0) }
    let choice = palette.pair(for: style)
    if choice.isNew {
      init_pair(choice.pair, choice.key.foreground, choice.key.background)
    }
    if choice.needsBold { attributes |= memtutor_a_bold() }
    return (attributes, choice.pair)
  }
}
