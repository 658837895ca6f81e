/// The Narration panel: what the current step did and why, word-wrapped. Text between
/// backticks is drawn as code.
package enum NarrationPanel {
  package static func render(
    _ text: String, title: String = "What happened", context: RenderContext, in area: Rect,
    into buffer: inout ScreenBuffer, spacious: Bool = false
  ) {
    guard area.width >= 6, area.height >= 2 else { return }
    buffer.drawTitleRule(
      title, x: area.x, y: area.y, width: area.width, glyphs: context.glyphs,
      lineStyle: context[.panelBorder],
      titleStyle: context[.panelTitle])
    let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
    guard inner.height > 0, inner.width > 0 else { return }
    var text = text
    if context.glyphs == .ascii {
      // Typographic characters a terminal without Unicode cannot show.
      text = text.replacingCharacters([
        "…": "...", "—": "-", "–": "-", "×": "x", "’": "'", "“": "\"", "”": "\"",
      ])
    }
    let runs = TextWrap.markup(text, normal: context[.narration], code: context[.narrationCode])
    var lines = TextWrap.wrap(runs, width: inner.width)
    if spacious, lines.count * 2 - 1 <= inner.height {
      // For a room: a blank line between lines, easier to read from afar.
      lines = lines.flatMap { [$0, []] }.dropLast()
    }
    for (offset, line) in lines.prefix(inner.height).enumerated() {
      var line = line
      if offset == inner.height - 1, lines.count > inner.height {
        // More text than room: end the last line with an ellipsis.
        let ellipsis = context.glyphs.ellipsis
        let kept = Format.clipped(line.plainText, to: inner.width - DisplayWidth.of(ellipsis))
        line = [StyledRun(kept + ellipsis, context[.narration])]
      }
      buffer.put(runs: line, x: inner.x, y: inner.y + offset, maxWidth: inner.width)
    }
  }
}

extension String {
  fileprivate func replacingCharacters(_ table: [Character: String]) -> String {
    var out = ""
    for character in self {
      if let replacement = table[character] { out += replacement } else { out.append(character) }
    }
    return out
  }
}
