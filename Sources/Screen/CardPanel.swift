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

  /// Lines scrolled past at the top, when the text is taller than the card can be.
  package var scroll = 0

  /// The box's margins and the rows it has for text in an area of this size.
  private func geometry(areaWidth: Int, areaHeight: Int) -> (
    margin: Int, boxWidth: Int, innerWidth: Int, rows: Int
  ) {
    let margin = presenter ? 4 : 2
    let boxWidth = min(areaWidth - 2, presenter ? 110 : 76)
    let verticalPad = presenter ? 1 : 0
    return (margin, boxWidth, boxWidth - 2 - 2 * margin, areaHeight - 2 - 2 * verticalPad)
  }

  /// How far the text can scroll in an area of this size: 0 when it all fits.
  package func maxScroll(areaWidth: Int, areaHeight: Int) -> Int {
    let shape = geometry(areaWidth: areaWidth, areaHeight: areaHeight)
    guard shape.innerWidth >= 10, areaHeight >= 5 else { return 0 }
    let all = lines(innerWidth: shape.innerWidth)
    guard all.count > shape.rows else { return 0 }
    let body = all.count - footerLineCount
    return max(0, body - textRows(shape.rows))
  }

  /// The footer and the blank line above it stay put while the text scrolls.
  private var footerLineCount: Int { footer == nil ? 0 : 2 }

  /// Rows left for text when it scrolls: one goes to the `↓ N more lines` hint.
  private func textRows(_ rows: Int) -> Int { max(1, rows - footerLineCount - 1) }

  package func draw(
    into buffer: inout ScreenBuffer, x areaX: Int, y areaY: Int, width areaWidth: Int, height areaHeight: Int
  ) {
    let shape = geometry(areaWidth: areaWidth, areaHeight: areaHeight)
    let (margin, boxWidth, innerWidth, maxLines) = shape
    guard innerWidth >= 10, areaHeight >= 5 else { return }
    let verticalPad = presenter ? 1 : 0
    var lines = lines(innerWidth: innerWidth)
    if lines.count > maxLines {
      // Too tall: a window on the text, scrolled by ↑/↓ and PgUp/PgDn, with the footer kept
      // and a line saying how much is above and below.
      let keep = lines.suffix(footerLineCount)
      let body = Array(lines.dropLast(footerLineCount))
      let rows = textRows(maxLines)
      let first = min(max(0, scroll), max(0, body.count - rows))
      var window = Array(body[first..<min(body.count, first + rows)])
      let above = first
      let below = body.count - first - window.count
      let up = ascii ? "^" : "↑"
      let down = ascii ? "v" : "↓"
      if above > 0, !window.isEmpty {
        window[0] = ("\(up) \(above) more \(above == 1 ? "line" : "lines") above", styles.dim)
      }
      let more =
        below > 0
        ? "\(down) \(below) more \(below == 1 ? "line" : "lines") (\(up)/\(down) or PgUp/PgDn)"
        : "(end; \(up) or PgUp scrolls back)"
      lines = window + [(more, styles.dim)] + keep
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
