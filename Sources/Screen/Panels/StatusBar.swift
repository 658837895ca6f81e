/// The status line's contents.
package struct StatusLine: Sendable, Equatable {
  package struct Hint: Sendable, Equatable {
    package var key: String
    package var label: String

    package init(key: String, label: String) {
      self.key = key
      self.label = label
    }
  }

  package var title: String
  /// 0-based position; shown 1-based as `step k/N`.
  package var position: Int
  package var stepCount: Int
  /// How the program ended, shown at the last step (`exit 0`, `stack overflow · exit 134`).
  package var outcome: String? = nil
  /// A message that replaces the key hints for now (`go to step: 12`).
  package var notice: String? = nil
  /// Autoplay speed while autoplay runs.
  package var autoplaySpeed: Double? = nil
  /// Key hints, most important first; those that do not fit are left out from the end.
  package var hints: [Hint] = []
  /// The rest of the run is still being recorded: the step count is not known yet.
  package var isRecording = false

  package init(
    title: String, position: Int, stepCount: Int, outcome: String? = nil, notice: String? = nil,
    autoplaySpeed: Double? = nil, hints: [Hint] = []
  ) {
    self.title = title
    self.position = position
    self.stepCount = stepCount
    self.outcome = outcome
    self.notice = notice
    self.autoplaySpeed = autoplaySpeed
    self.hints = hints
  }
}

/// The bottom line: file or lesson name, `step k/N`, and the keys that matter now.
package enum StatusBar {
  package static func render(
    _ line: StatusLine, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    guard area.width > 0, area.height > 0 else { return }
    let base = context[.status]
    buffer.fill(x: area.x, y: area.y, width: area.width, height: 1, style: base)
    let separator = context.glyphs.separator
    let ellipsis = context.glyphs.ellipsis
    var tail = separator + "step \(line.position + 1)/" + (line.isRecording ? ellipsis : "\(line.stepCount)")
    if line.isRecording { tail += separator + "recording" + ellipsis }
    if let outcome = line.outcome { tail += separator + outcome }
    if let speed = line.autoplaySpeed {
      tail += separator + "autoplay " + (context.glyphs == .ascii ? "x" : "×") + speedText(speed)
    }
    // A long title gives way first, so the step and how the run ended stay whole.
    let titleRoom = max(8, area.width - 1 - DisplayWidth.of(tail))
    let left = " " + Format.clipped(line.title, to: titleRoom, ellipsis: context.glyphs.ellipsis) + tail
    var x = area.x + buffer.put(left, x: area.x, y: area.y, style: base, maxWidth: area.width)
    if let notice = line.notice {
      x += buffer.put("  " + notice, x: x, y: area.y, style: context[.statusKey], maxWidth: area.maxX - x)
      return
    }
    var chosen: [StatusLine.Hint] = []
    var width = 0
    for hint in line.hints {
      let hintWidth = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
      if x + 2 + width + hintWidth > area.maxX { continue }
      chosen.append(hint)
      width += hintWidth
    }
    var hintX = area.maxX - width
    for hint in chosen {
      hintX += buffer.put(hint.key, x: hintX, y: area.y, style: context[.statusKey])
      hintX += buffer.put(" " + hint.label + "  ", x: hintX, y: area.y, style: base)
    }
  }

  package static func speedText(_ speed: Double) -> String {
    speed == speed.rounded() ? String(Int(speed)) : String(speed)
  }
}
