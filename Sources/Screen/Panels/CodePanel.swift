/// The Code panel: the program with line numbers. The line about to run is highlighted
/// (`▶`), the line just run marked `✓`, earlier lines that ran `·`; scrolled so the
/// current line stays in view.
package enum CodePanel {
  package static func render(
    _ code: CodeView, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    guard area.width >= 6, area.height >= 2 else { return }
    let glyphs = context.glyphs
    buffer.drawTitleRule(
      code.title, x: area.x, y: area.y, width: area.width - 1, glyphs: glyphs,
      lineStyle: context[.panelBorder],
      titleStyle: context[.panelTitle])
    let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
    guard inner.height > 0, inner.width > 4 else { return }
    let focus = code.nextLine ?? code.justRunLine ?? 1
    // Hidden lines (a lesson's markup) are left out; the others keep their numbers.
    let shown =
      code.hiddenLines.isEmpty
      ? Array(1...max(code.lines.count, 1))
      : (1...max(code.lines.count, 1)).filter { !code.hiddenLines.contains($0) }
    let focusIndex = (shown.firstIndex { $0 >= focus } ?? shown.count - 1) + 1
    let spacing = max(1, code.lineSpacing)
    let rows = (inner.height + spacing - 1) / spacing
    let top = scrollTop(focus: focusIndex, lineCount: shown.count, rows: rows)
    let numberWidth = String(max(code.lines.count, 1)).count
    for row in 0..<rows {
      guard top + row < shown.count else { break }
      let lineNumber = shown[top + row]
      guard lineNumber <= code.lines.count else { break }
      let y = inner.y + row * spacing
      let isNext = lineNumber == code.nextLine
      let isJustRun = lineNumber == code.justRunLine
      let hasRun = code.hasRun.indices.contains(lineNumber - 1) && code.hasRun[lineNumber - 1]
      let marker: String
      let markerRole: ThemeRole
      if isNext {
        marker = glyphs.currentMarker
        markerRole = .currentMarker
      } else if isJustRun {
        marker = glyphs.justRunMarker
        markerRole = .justRunMarker
      } else if hasRun {
        marker = glyphs.executedMarker
        markerRole = .executedMarker
      } else {
        marker = " "
        markerRole = .plain
      }
      let lineStyle = isNext ? context[.currentLine] : context[hasRun ? .executedLine : .code]
      if isNext { buffer.fill(x: inner.x, y: y, width: inner.width, height: 1, style: lineStyle) }
      let number = String(lineNumber)
      let padded = String(repeating: " ", count: numberWidth - number.count) + number
      var x = inner.x
      x += buffer.put(padded, x: x, y: y, style: isNext ? lineStyle : context[.lineNumber])
      x += buffer.put(" ", x: x, y: y, style: isNext ? lineStyle : .plain)
      x += buffer.put(marker, x: x, y: y, style: context[markerRole], maxWidth: 1)
      x += buffer.put(" ", x: x, y: y, style: isNext ? lineStyle : .plain)
      let text = code.lines[lineNumber - 1]
      let room = inner.maxX - x
      buffer.put(Format.clipped(text, to: room, ellipsis: glyphs.ellipsis), x: x, y: y, style: lineStyle)
    }
  }

  /// The first line shown (0-based) so `focus` sits a third of the way down when it can.
  package static func scrollTop(focus: Int, lineCount: Int, rows: Int) -> Int {
    guard lineCount > rows else { return 0 }
    let wanted = focus - 1 - rows / 3
    return min(max(0, wanted), lineCount - rows)
  }
}
