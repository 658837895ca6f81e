/// A box of text over the middle of the screen: a lesson's introduction before the first step
/// and its closing summary after the last. Text between backticks is shown without them.
package struct CardPanel: Sendable {
  package var title: String
  package var paragraphs: [String]
  /// Lines shown as they are, not wrapped (rustc's report, whose carets mark the span).
  package var preformatted: [String] = []
  /// A line after the text (the score), in the highlight style.
  package var highlight: String?
  /// The keys, last; nil in presenter mode.
  package var footer: String?
  package var styles: ClassroomStyles = .standard
  package var ascii = false
  package var presenter = false

  package func lines(innerWidth: Int) -> [(text: String, style: Style)] {
    var lines: [(text: String, style: Style)] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append(("", styles.text)) }
      for line in TextFitting.wrap(Self.withoutMarkup(paragraph), width: innerWidth) {
        lines.append((line, styles.text))
      }
    }
    if !preformatted.isEmpty {
      lines.append(("", styles.text))
      for (index, line) in preformatted.enumerated() {
        lines.append((line, index == 0 ? styles.wrong : styles.text))
      }
    }
    if let highlight {
      lines.append(("", styles.text))
      lines.append((highlight, styles.right))
    }
    if let footer {
      lines.append(("", styles.text))
      lines.append((footer, styles.dim))
    }
    return lines
  }

  package func draw(
    into buffer: inout ScreenBuffer, x areaX: Int, y areaY: Int, width areaWidth: Int, height areaHeight: Int
  ) {
    let margin = presenter ? 4 : 2
    let boxWidth = min(areaWidth - 2, presenter ? 110 : 76)
    let innerWidth = boxWidth - 2 - 2 * margin
    guard innerWidth >= 10, areaHeight >= 5 else { return }
    let verticalPad = presenter ? 1 : 0
    var lines = lines(innerWidth: innerWidth)
    let maxLines = areaHeight - 2 - 2 * verticalPad
    if lines.count > maxLines {
      // Keep the footer: cut the text and say so.
      let keep = lines.suffix(footer == nil ? 0 : 2)
      lines = Array(lines.prefix(max(0, maxLines - keep.count - 1)))
      lines.append((ascii ? "..." : "…", styles.dim))
      lines += keep
    }
    let boxHeight = lines.count + 2 + 2 * verticalPad
    let left = areaX + (areaWidth - boxWidth) / 2
    let top = areaY + max(0, (areaHeight - boxHeight) / 2)
    let box = Rect(x: left, y: top, width: boxWidth, height: boxHeight)
    buffer.fill(x: box.x, y: box.y, width: box.width, height: box.height, style: styles.text)
    buffer.drawBox(
      box, glyphs: BoxDrawing.make(ascii: ascii), style: styles.border, title: title, titleStyle: styles.title
    )
    for (index, line) in lines.enumerated() {
      buffer.put(
        line.text, x: left + 1 + margin, y: top + 1 + verticalPad + index, style: line.style,
        maxWidth: innerWidth)
    }
  }

  /// Lesson text marks code with backticks; on a card they are left out.
  package static func withoutMarkup(_ text: String) -> String {
    text.filter { $0 != "`" }
  }

  package init(
    title: String, paragraphs: [String], preformatted: [String] = [], highlight: String? = nil,
    footer: String? = nil, styles: ClassroomStyles = .standard, ascii: Bool = false, presenter: Bool = false
  ) {
    self.title = title
    self.paragraphs = paragraphs
    self.preformatted = preformatted
    self.highlight = highlight
    self.footer = footer
    self.styles = styles
    self.ascii = ascii
    self.presenter = presenter
  }
}
