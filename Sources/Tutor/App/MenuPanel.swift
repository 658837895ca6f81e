import Screen

/// Draws the lesson menu: a title, one two-line row per lesson (title and progress, then the
/// summary), and a status line with the keys.
struct MenuPanel: Sendable {
  var menu: MenuState
  var styles = ClassroomStyles.standard
  var ascii = false

  /// Columns: marker, number, title, steps, progress.
  struct Columns: Equatable {
    var number: Int
    var title: Int
    var steps: Int
    var progress: Int
  }

  static func columns(width: Int) -> Columns {
    let progress = min(34, max(14, width * 35 / 100))
    let steps = 5
    // marker 2, number 3, gaps 2 + 2 + 2, right margin 1
    let title = max(8, width - 2 - 3 - 2 - steps - 2 - progress - 2 - 1)
    return Columns(number: 3, title: title, steps: steps, progress: progress)
  }

  func draw(into buffer: inout ScreenBuffer) {
    let width = buffer.width
    let height = buffer.height
    guard width >= 20, height >= 6 else {
      buffer.put("memtutor: window too small", x: 0, y: 0, style: styles.warning, maxWidth: width)
      return
    }
    let dot = ascii ? " - " : " · "
    buffer.put(" memtutor\(dot)how Rust uses memory", x: 0, y: 0, style: styles.title, maxWidth: width)
    buffer.putRightAligned("\(menu.entries.count) lessons ", y: 0, style: styles.dim)

    var row = 1
    if let resume = resumeLine {
      buffer.put(" " + resume, x: 0, y: row, style: styles.text, maxWidth: width)
      row += 1
    }
    row += 1
    let columns = Self.columns(width: width)
    let header =
      "  " + TextFitting.fit("", width: columns.number) + "  "
      + TextFitting.fit("Lesson", width: columns.title)
      + "  " + String(repeating: " ", count: columns.steps - 5) + "Steps" + "  " + "Progress"
    buffer.put(header, x: 0, y: row, style: styles.dim, maxWidth: width)
    row += 1

    // Rows left for lessons: keep the notice line and the status line free.
    let listTop = row
    let listBottom = height - 2
    let available = max(0, listBottom - listTop)
    let rowsPerEntry = available >= menu.entries.count * 3 ? 3 : 2
    let visible = max(1, available / rowsPerEntry)
    let first = Self.firstVisible(selected: menu.selected, count: menu.entries.count, visible: visible)
    for (offset, entry) in menu.entries.enumerated().dropFirst(first).prefix(visible) {
      drawEntry(entry, selected: offset == menu.selected, at: row, columns: columns, into: &buffer)
      row += rowsPerEntry
    }
    if first > 0 {
      buffer.putRightAligned(ascii ? "^ more " : "↑ more ", y: listTop - 1, style: styles.dim)
    }
    if first + visible < menu.entries.count, menu.notice == nil {
      buffer.putRightAligned(ascii ? "v more " : "↓ more ", y: height - 2, style: styles.dim)
    }
    if menu.entries.isEmpty {
      buffer.put(" No lessons found.", x: 0, y: listTop, style: styles.warning, maxWidth: width)
    }

    if let notice = menu.notice {
      buffer.put(" " + notice, x: 0, y: height - 2, style: styles.warning, maxWidth: width)
    }
    drawStatus(into: &buffer, y: height - 1)
    if menu.showingHelp { drawHelp(into: &buffer) }
  }

  /// "Continue: 3 Sizes known at compile time, at step 5 of 20", when there is one to resume.
  var resumeLine: String? {
    guard let entry = menu.selectedEntry, let progress = entry.progress, !progress.done,
      progress.lastStep > 0 || !progress.answers.isEmpty
    else { return nil }
    let number = entry.number.map { "\($0) " } ?? ""
    let score = entry.scoreText.map { ", " + $0 } ?? ""
    return "Continue: \(number)\(entry.title), \(entry.statusText)\(score). Enter resumes."
  }

  static func firstVisible(selected: Int, count: Int, visible: Int) -> Int {
    guard count > visible else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
  }

  private func drawEntry(
    _ entry: MenuEntry, selected: Bool, at row: Int, columns: Columns, into buffer: inout ScreenBuffer
  ) {
    let width = buffer.width
    let marker = selected ? (ascii ? "> " : "▶ ") : "  "
    let number = entry.number.map(String.init) ?? ""
    let paddedNumber = String(repeating: " ", count: max(0, columns.number - number.count)) + number
    let steps = entry.stepCount.map(String.init) ?? ""
    let paddedSteps = String(repeating: " ", count: max(0, columns.steps - steps.count)) + steps
    var progress = entry.statusText
    if let score = entry.scoreText { progress += (ascii ? ", " : " · ") + score }
    let line =
      marker + paddedNumber + "  " + TextFitting.fit(entry.title, width: columns.title) + "  " + paddedSteps
      + "  " + TextFitting.truncate(progress, width: columns.progress)
    let style = selected ? styles.selected : styles.option
    if selected { buffer.fill(x: 0, y: row, width: width, height: 1, style: style) }
    buffer.put(line, x: 0, y: row, style: style, maxWidth: width)
    if !selected {
      let progressX = 2 + columns.number + 2 + columns.title + 2 + columns.steps + 2
      let progressStyle = entry.progress?.done == true ? styles.right : styles.text
      buffer.restyle(x: progressX, y: row, width: columns.progress, style: progressStyle)
    }
    let indent = 2 + columns.number + 2
    buffer.put(
      TextFitting.truncate(entry.summary, width: width - indent - 1), x: indent, y: row + 1,
      style: styles.dim)
  }

  private func drawStatus(into buffer: inout ScreenBuffer, y: Int) {
    buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: styles.status)
    let arrows = ascii ? "Up/Down" : "↑↓"
    let keys: [(String, String)] = [
      (arrows, "choose"), ("Enter", "open"), ("1-9", "lesson"), ("?", "help"), ("q", "quit"),
    ]
    var column = 1
    for (key, action) in keys {
      let written = buffer.put(key, x: column, y: y, style: styles.statusKey, maxWidth: buffer.width - column)
      column += written
      column += buffer.put(
        " " + action + "  ", x: column, y: y, style: styles.status, maxWidth: buffer.width - column)
    }
  }

  private func drawHelp(into buffer: inout ScreenBuffer) {
    let lines = [
      "Lesson menu",
      "",
      "↑ ↓ j k      choose a lesson",
      "PgUp PgDn    move five at a time",
      "Home End     first / last lesson",
      "1–9          pick a lesson by number",
      "Enter →      open it (resumes where you left off)",
      "q Esc        quit",
      "",
      "In a lesson: m or Esc comes back here.",
      "Any key closes this help.",
    ].map {
      ascii ? $0.replacingOccurrences(of: "↑ ↓", with: "Up Dn").replacingOccurrences(of: "→", with: "Rt") : $0
    }
    let boxWidth = min(buffer.width, 56)
    let boxHeight = min(buffer.height, lines.count + 2)
    let left = (buffer.width - boxWidth) / 2
    let top = (buffer.height - boxHeight) / 2
    buffer.fill(x: left, y: top, width: boxWidth, height: boxHeight, style: styles.text)
    let glyphs = ascii ? ["+", "-", "|"] : ["┌", "─", "│"]
    for column in left..<(left + boxWidth) {
      buffer.put(glyphs[1], x: column, y: top, style: styles.border)
      buffer.put(glyphs[1], x: column, y: top + boxHeight - 1, style: styles.border)
    }
    for row in top..<(top + boxHeight) {
      buffer.put(glyphs[2], x: left, y: row, style: styles.border)
      buffer.put(glyphs[2], x: left + boxWidth - 1, y: row, style: styles.border)
    }
    for (index, line) in lines.prefix(boxHeight - 2).enumerated() {
      buffer.put(
        line, x: left + 2, y: top + 1 + index, style: index == 0 ? styles.title : styles.text,
        maxWidth: boxWidth - 4)
    }
  }
}

extension ScreenBuffer {
  /// Writes `text` so that it ends at the right edge of row `y`.
  fileprivate mutating func putRightAligned(_ text: String, y: Int, style: Style) {
    put(text, x: max(0, width - DisplayWidth.of(text)), y: y, style: style)
  }
}
