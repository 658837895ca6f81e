/// The `?` overlay in a lesson: the tutor's keys plus the lesson's own (questions, the menu)
/// and the presenter's (blank, zoom, autoplay).
package struct LessonHelpOverlay: Sendable {
  package var styles: ClassroomStyles
  package var ascii = false
  /// Whether `m` leads to a menu (a lesson) or does nothing (a program file).
  package var hasMenu = true
  /// Whether `a` pauses the `--autoplay` timer rather than the tutor's own autoplay.
  package var timedAutoplay = false

  package var entries: [(keys: String, action: String)] {
    var entries = HelpOverlay.keys.filter { !$0.keys.hasPrefix("q") }
    if timedAutoplay, let index = entries.firstIndex(where: { $0.keys == "a" }) {
      entries[index].action = "pause / resume autoplay"
    }
    entries += [
      ("1–4", "answer a multiple-choice question"),
      ("digits, Enter", "answer a number question"),
      ("b  .", "blank the screen; again to come back"),
      ("z", "zoom: Stack, Heap, Code, then all panels"),
      ("r", "read this step's narration in full"),
    ]
    if hasMenu { entries.append(("m", "back to the lesson menu (progress is saved)")) }
    entries.append(("Esc", "close a question; else asks: quit? y/n"))
    entries.append(("q", "quit at once (progress is saved)"))
    return entries
  }

  package func draw(into buffer: inout ScreenBuffer) {
    let entries = entries
    let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 10
    let width = min(buffer.width - 2, keyWidth + 50)
    let lines: [(String, Style)] =
      entries.map { (TextFitting.fit($0.keys, width: keyWidth) + "  " + $0.action, styles.text) }
      + [("", styles.text), ("press any key to close", styles.dim)]
    let height = min(buffer.height - 2, lines.count + 2)
    guard width >= 20, height >= 4 else { return }
    let left = (buffer.width - width) / 2
    let top = (buffer.height - height) / 2
    buffer.fill(x: left, y: top, width: width, height: height, style: styles.text)
    let glyphs = BoxDrawing.make(ascii: ascii)
    buffer.drawBox(
      Rect(x: left, y: top, width: width, height: height), glyphs: glyphs, style: styles.border,
      title: "Keys",
      titleStyle: styles.title)
    for (offset, line) in lines.prefix(height - 2).enumerated() {
      let style = offset < entries.count ? styles.text : line.1
      buffer.put(line.0, x: left + 2, y: top + 1 + offset, style: style, maxWidth: width - 4)
      if offset < entries.count {
        buffer.restyle(x: left + 2, y: top + 1 + offset, width: keyWidth, style: styles.option)
      }
    }
  }

  package init(
    styles: ClassroomStyles, ascii: Bool = false, hasMenu: Bool = true, timedAutoplay: Bool = false
  ) {
    self.styles = styles
    self.ascii = ascii
    self.hasMenu = hasMenu
    self.timedAutoplay = timedAutoplay
  }
}
