/// The status line's contents.
struct StatusLine: Sendable, Equatable {
  struct Hint: Sendable, Equatable {
    var key: String
    var label: String
  }

  var title: String
  /// 0-based position; shown 1-based as `step k/N`.
  var position: Int
  var stepCount: Int
  /// How the program ended, shown at the last step (`exit 0`, `stack overflow · exit 134`).
  var outcome: String? = nil
  /// A message that replaces the key hints for now (`go to step: 12`).
  var notice: String? = nil
  /// Autoplay speed while autoplay runs.
  var autoplaySpeed: Double? = nil
  /// Key hints, most important first; those that do not fit are left out from the end.
  var hints: [Hint] = []
}

/// The bottom line: file or lesson name, `step k/N`, and the keys that matter now.
enum StatusBar {
  static func render(
    _ line: StatusLine, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) {
    guard area.width > 0, area.height > 0 else { return }
    let base = context[.status]
    buffer.fill(x: area.x, y: area.y, width: area.width, height: 1, style: base)
    let separator = context.glyphs.separator
    var left = " " + line.title + separator + "step \(line.position + 1)/\(line.stepCount)"
    if let outcome = line.outcome { left += separator + outcome }
    if let speed = line.autoplaySpeed {
      left += separator + "autoplay " + (context.glyphs == .ascii ? "x" : "×") + speedText(speed)
    }
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

  static func speedText(_ speed: Double) -> String {
    speed == speed.rounded() ? String(Int(speed)) : String(speed)
  }
}
