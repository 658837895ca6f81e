/// The `?` overlay: every key, and what the screen's model numbers mean.
package enum HelpOverlay {
  package static let keys: [(keys: String, action: String)] = [
    ("→ l n Space Enter PgDn", "next step"),
    ("← h p Backspace PgUp", "previous step"),
    ("Home g", "first step"),
    ("End G", "last step (runs to the end)"),
    ("digits, then Enter", "go to step N"),
    ("o", "step over a call"),
    ("u", "step out of this call"),
    ("a", "autoplay on / off"),
    ("+  -", "faster / slower (autoplay and animations)"),
    ("?", "this help"),
    ("q  Esc", "quit (Esc closes this help first)"),
  ]

  package static let notes = [
    "A key pressed during an animation finishes it and moves on.",
    "String and Vec show their three words as ptr, len, cap; rustc stores them as cap, ptr, len.",
    "Frame sizes and addresses are memtutor's model; sizes, lengths, capacities and output are real Rust's.",
  ]

  package static func render(context: RenderContext, in screen: Rect, into buffer: inout ScreenBuffer) {
    let keyWidth = keys.map { DisplayWidth.of($0.keys) }.max() ?? 10
    let width = min(screen.width - 2, max(60, keyWidth + 48))
    let innerWidth = width - 4
    var lines: [[StyledRun]] = []
    for entry in keys {
      lines.append([
        StyledRun(Format.padded(entry.keys, to: keyWidth) + "  ", context[.overlayKey]),
        StyledRun(entry.action, context[.overlay]),
      ])
    }
    lines.append([])
    for note in notes {
      lines += TextWrap.wrap(note, style: context[.overlay], width: innerWidth)
    }
    lines.append([])
    lines.append([StyledRun("press ? or Esc to close", context[.overlay])])
    let height = min(screen.height - 2, lines.count + 2)
    let box = Rect(
      x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width,
      height: height)
    buffer.fill(x: box.x, y: box.y, width: box.width, height: box.height, style: context[.overlay])
    buffer.drawBox(
      box, glyphs: context.glyphs, style: context[.overlay], title: "Keys", titleStyle: context[.overlayKey])
    for (offset, line) in lines.prefix(box.height - 2).enumerated() {
      buffer.put(runs: line, x: box.x + 2, y: box.y + 1 + offset, maxWidth: innerWidth)
    }
  }
}
