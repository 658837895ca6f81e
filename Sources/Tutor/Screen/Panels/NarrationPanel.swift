/// The Narration panel: what the current step did and why, word-wrapped. Text between
/// backticks is drawn as code.
enum NarrationPanel {
  static func render(
    _ text: String, title: String = "What happened", context: RenderContext, in area: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard area.width >= 6, area.height >= 3 else { return }
    buffer.drawBox(area, glyphs: context.glyphs, style: context[.panelBorder], title: title, titleStyle: context[.panelTitle])
    let inner = area.inset(horizontal: 2, vertical: 1)
    guard inner.height > 0, inner.width > 0 else { return }
    let runs = TextWrap.markup(text, normal: context[.narration], code: context[.narrationCode])
    let lines = TextWrap.wrap(runs, width: inner.width)
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
