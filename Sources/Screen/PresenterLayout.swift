/// Where things go on a presenter's large screen (a projector at 120×36 and up): a header with
/// the lesson and a step counter in big digits, the panels with air between them, and the
/// narration across the bottom in short, double-spaced lines. There is no status line: a room
/// does not need the key hints. Smaller screens keep the usual layout, without the hints.
package struct PresenterLayout: Sendable, Equatable {
  package static let minimumWidth = 120
  package static let minimumHeight = 36
  /// Narration lines are at most this wide, centred: short lines read better from afar.
  package static let narrationWidth = 100

  package var header: Rect
  package var code: Rect
  /// nil when the program has printed nothing yet (the Code panel keeps the room).
  package var output: Rect?
  package var stack: Rect
  package var gutter: Rect
  package var heap: Rect
  package var statics: Rect?
  package var narration: Rect
  /// The whole area between header and narration, for a zoomed panel.
  package var body: Rect

  package static func isLarge(width: Int, height: Int) -> Bool {
    width >= minimumWidth && height >= minimumHeight
  }

  /// Columns the Stack, gutter and Heap need together before the Code panel may widen.
  package static let memoryMinimumWidth = 88

  /// `codeWidth` is what the program's longest line needs (nil: the usual 30 %). The Code
  /// panel widens to it on a wide screen, as far as the memory panels can spare.
  package init(width: Int, height: Int, hasOutput: Bool, staticCount: Int, codeWidth: Int? = nil) {
    let screen = Rect(x: 0, y: 0, width: max(0, width), height: max(0, height))
    let (top, rest) = screen.splitTop(BigText.height + 2)
    // Enough for three double-spaced lines of narration; the rest goes to the panels, and
    // the split stays the same from step to step so nothing jumps.
    let (middle, bottom) = rest.splitBottom(max(8, min(12, height / 5)))
    header = top
    narration = bottom
    body = middle.inset(horizontal: 2, vertical: 1)
    let usual = body.width * 3 / 10
    let spare = min(body.width / 2, body.width - Self.memoryMinimumWidth)
    let codeColumnWidth = max(usual, min(codeWidth ?? usual, spare))
    let (codeColumn, memoryColumn) = body.splitLeft(codeColumnWidth)
    if hasOutput {
      let (codeArea, outputArea) = codeColumn.splitBottom(max(3, min(6, codeColumn.height / 3)))
      code = codeArea
      output = outputArea
    } else {
      code = codeColumn
      output = nil
    }
    let memory = memoryColumn.inset(horizontal: 1, vertical: 0)
    let gutterWidth = 10
    let (stackArea, right) = memory.splitLeft((memory.width - gutterWidth) / 2)
    let (gutterArea, heapColumn) = right.splitLeft(gutterWidth)
    stack = stackArea
    gutter = gutterArea
    let staticRows = min(staticCount, 5) + 1
    if staticCount > 0, heapColumn.height - staticRows >= 12 {
      let (heapArea, staticArea) = heapColumn.splitBottom(staticRows)
      heap = heapArea
      statics = staticArea
    } else {
      heap = heapColumn
      statics = nil
    }
  }

  /// The header: the lesson's title on the left, "step k/N" in big digits on the right, and a
  /// short note under the title (a step number being typed, autoplay, how the program ended).
  package func drawHeader(
    title: String, step: Int, stepCount: Int, note: String?, context: RenderContext,
    into buffer: inout ScreenBuffer
  ) {
    let base = context[.status]
    buffer.fill(x: header.x, y: header.y, width: header.width, height: header.height, style: base)
    let counter = "\(step + 1)/\(stepCount)"
    let counterX = header.maxX - BigText.width(of: counter) - 3
    BigText.draw(
      counter, x: counterX, y: header.y + 1, style: base, ascii: context.glyphs == .ascii, into: &buffer)
    buffer.put("step", x: counterX - 6, y: header.y + 2, style: base)
    // A lesson's number (`9 A reference…`) in big digits too, when the title still has room.
    var titleX = header.x + 3
    var shownTitle = title
    let number = title.prefix { $0.isASCII && $0.isNumber }
    if !number.isEmpty, title.dropFirst(number.count).first == " " {
      let bigWidth = BigText.width(of: String(number))
      let rest = String(title.dropFirst(number.count + 1))
      if counterX - 8 - (titleX + bigWidth + 2) >= min(DisplayWidth.of(rest), 40) {
        BigText.draw(
          String(number), x: titleX, y: header.y + 1, style: context[.statusKey],
          ascii: context.glyphs == .ascii, into: &buffer)
        titleX += bigWidth + 2
        shownTitle = rest
      }
    }
    let titleWidth = max(0, counterX - 8 - titleX)
    buffer.put(shownTitle, x: titleX, y: header.y + 2, style: context[.statusKey], maxWidth: titleWidth)
    if let note {
      buffer.put(note, x: titleX, y: header.y + 3, style: base, maxWidth: titleWidth)
    }
  }

  /// The narration, centred in lines of at most `narrationWidth` columns, double-spaced when it
  /// fits that way. Text between backticks is drawn as code.
  package func drawNarration(_ text: String, context: RenderContext, into buffer: inout ScreenBuffer) {
    let area = narration
    guard area.width >= 10, area.height >= 3 else { return }
    buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height, style: context[.narration])
    buffer.horizontalLine(
      x: area.x, y: area.y, width: area.width, glyph: context.glyphs.horizontal, style: context[.panelBorder])
    let margin = max(4, (area.width - Self.narrationWidth) / 2)
    let textWidth = max(1, area.width - 2 * margin)
    let rows = area.height - 2
    let runs = TextWrap.markup(text, normal: context[.narration], code: context[.narrationCode])
    let lines = TextWrap.wrap(runs, width: textWidth)
    let spacing = lines.count * 2 - 1 <= rows ? 2 : 1
    var shown = Array(lines.prefix(spacing == 2 ? lines.count : rows))
    if shown.count < lines.count, let last = shown.popLast() {
      let ellipsis = context.glyphs.ellipsis
      let kept = Format.clipped(last.plainText, to: textWidth - DisplayWidth.of(ellipsis))
      shown.append([StyledRun(kept + ellipsis, context[.narration])])
    }
    let used = shown.isEmpty ? 0 : (shown.count - 1) * spacing + 1
    let top = area.y + 1 + max(0, (rows - used) / 2)
    for (index, line) in shown.enumerated() {
      buffer.put(runs: line, x: area.x + margin, y: top + index * spacing, maxWidth: textWidth)
    }
  }
}
