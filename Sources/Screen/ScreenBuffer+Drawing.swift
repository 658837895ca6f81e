import MemoryModel

/// Boxes, rules and aligned text on top of `ScreenBuffer.put`.
extension ScreenBuffer {
  /// Draws a box border around `rect`, with an optional title in the top edge.
  package mutating func drawBox(
    _ rect: Rect, glyphs: BoxDrawing, style: Style, title: String? = nil, titleStyle: Style? = nil
  ) {
    guard rect.width >= 2, rect.height >= 1 else { return }
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    horizontalLine(x: rect.x + 1, y: rect.y, width: rect.width - 2, glyph: glyphs.horizontal, style: style)
    put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
    put(glyphs.topRight, x: right, y: rect.y, style: style)
    if rect.height >= 2 {
      horizontalLine(
        x: rect.x + 1, y: bottom, width: rect.width - 2, glyph: glyphs.horizontal, style: style)
      put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
      put(glyphs.bottomRight, x: right, y: bottom, style: style)
    }
    if rect.height > 2 {
      for row in (rect.y + 1)..<bottom {
        put(glyphs.vertical, x: rect.x, y: row, style: style)
        put(glyphs.vertical, x: right, y: row, style: style)
      }
    }
    if let title, !title.isEmpty, rect.width > 4 {
      put(" " + title + " ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style, maxWidth: rect.width - 2)
    }
  }

  package mutating func horizontalLine(x: Int, y: Int, width: Int, glyph: String, style: Style) {
    guard width > 0 else { return }
    if glyph.count == 1, DisplayWidth.of(glyph) == 1, !glyph.inert.isEmpty, glyph.inert == glyph, y >= 0,
      y < height
    {
      // One-cell glyph: the same cell over and over.
      for column in max(0, x)..<min(self.width, x + width) {
        self[column, y] = Cell(grapheme: glyph, width: 1, style: style)
      }
      return
    }
    var column = x
    while column < x + width {
      let written = put(glyph, x: column, y: y, style: style, maxWidth: x + width - column)
      if written == 0 { break }
      column += written
    }
  }

  package mutating func verticalLine(x: Int, y: Int, height: Int, glyph: String, style: Style) {
    guard height > 0 else { return }
    for row in y..<(y + height) { put(glyph, x: x, y: row, style: style, maxWidth: 1) }
  }

  /// Writes styled runs one after another; returns the columns used.
  @discardableResult
  package mutating func put(runs: [StyledRun], x: Int, y: Int, maxWidth: Int) -> Int {
    var used = 0
    for run in runs {
      guard used < maxWidth else { break }
      used += put(run.text, x: x + used, y: y, style: run.style, maxWidth: maxWidth - used)
    }
    return used
  }

  /// Writes `text` so that it ends at column `rightEdge` (exclusive).
  @discardableResult
  package mutating func putRightAligned(_ text: String, rightEdge: Int, y: Int, style: Style) -> Int {
    let width = DisplayWidth.of(text)
    return put(text, x: rightEdge - width, y: y, style: style)
  }

  /// Writes `text` centred in `rect`'s row `y`.
  package mutating func putCentred(_ text: String, in rect: Rect, y: Int, style: Style) {
    let width = min(DisplayWidth.of(text), rect.width)
    put(text, x: rect.x + (rect.width - width) / 2, y: y, style: style, maxWidth: rect.width)
  }
}

extension ScreenBuffer {
  /// A panel heading drawn as a rule: `─ Stack · grows ↓ ──────────`.
  package mutating func drawTitleRule(
    _ title: String, x: Int, y: Int, width: Int, glyphs: BoxDrawing, lineStyle: Style,
    titleStyle: Style
  ) {
    horizontalLine(x: x, y: y, width: width, glyph: glyphs.horizontal, style: lineStyle)
    guard width > 4 else { return }
    put(" " + title + " ", x: x + 1, y: y, style: titleStyle, maxWidth: width - 2)
  }
}
