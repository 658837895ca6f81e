import CNcurses

extension TerminalScreen {
  /// Sends `frame` to the terminal: only the cells that differ from the previous frame, then one
  /// `wnoutrefresh` + `doupdate`. After `invalidate()` or a resize, clears and repaints everything.
  /// Cells outside the frame are blank; a frame larger than the screen is clipped.
  /// Returns whether anything was sent.
  @discardableResult
  func draw(_ frame: ScreenBuffer) -> Bool {
    guard isOpen else { return false }
    let previous = previousFrame
    let repaint = previous == nil
    var changed = repaint
    if repaint {
      werase(window)
      clearok(window, true)
    }
    let blank = Cell.blank
    for y in 0..<height {
      for x in 0..<width {
        let cell = frame[x, y]
        let old = previous?[x, y] ?? blank
        // A wide cell and its continuation are drawn as one, so a change in either redraws both.
        var dirty = cell != old
        if !dirty, cell.width == 2 { dirty = frame[x + 1, y] != (previous?[x + 1, y] ?? blank) }
        if !dirty, cell.width == 0 { dirty = frame[x - 1, y] != (previous?[x - 1, y] ?? blank) }
        guard dirty else { continue }
        put(cell, x: x, y: y, in: frame)
        changed = true
      }
    }
    previousFrame = frame
    guard changed else { return false }
    wnoutrefresh(window)
    doupdate()
    return true
  }

  /// Forgets the previous frame, so the next `draw` clears and repaints the whole screen.
  func invalidate() {
    previousFrame = nil
  }

  /// The screen as ncurses holds it, one string per row, trailing spaces trimmed (for tests).
  func windowLines() -> [String] {
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
    var column = x
    for glyph in glyphs(for: cell) {
      var characters = glyph
      characters.append(0)
      var character = cchar_t()
      setcchar(&character, characters, attributes, pair, nil)
      mvwadd_wch(window, Int32(y), Int32(column), &character)
      column += 1
    }
  }

  /// What to send for a cell: one glyph, or several narrow ones when the terminal's idea of the
  /// character's width disagrees with the cell's, so the columns after it stay aligned.
  private func glyphs(for cell: Cell) -> [[wchar_t]] {
    let scalars = cell.grapheme.unicodeScalars
    let placeholder = [[wchar_t]](repeating: [0x3F], count: cell.width)
    guard let first = scalars.first else { return [[0x20]] }
    if scalars.count == 1, first.value >= 0x20, first.value < 0x7F { return [[wchar_t(first.value)]] }
    if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return placeholder }
    if !capabilities.supportsUnicode { return placeholder }
    let characters = scalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
    let terminalWidth = Int(wcwidth(wchar_t(bitPattern: first.value)))
    switch (terminalWidth, cell.width) {
    case (let same, let width) where same == width: return [characters]
    case (0, 1): return [[0x20] + characters.prefix(Int(CCHARW_MAX) - 1)]
    case (1, 2): return [characters, [0x20]]
    default: return placeholder
    }
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
