import Execution

/// The Output panel: what the program printed so far, the last lines in view; stderr in
/// the warning colour. Control characters are shown inert.
package enum OutputPanel {
  package static func render(
    _ output: some BidirectionalCollection<(Event.Stream, String)>, context: RenderContext, in area: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard area.width >= 6, area.height >= 2 else { return }
    buffer.drawTitleRule(
      "Output", x: area.x, y: area.y, width: area.width, glyphs: context.glyphs,
      lineStyle: context[.panelBorder], titleStyle: context[.panelTitle])
    let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 1)
    guard inner.height > 0, inner.width > 0 else { return }
    let lines = lastLines(output, count: inner.height, width: inner.width, context: context)
    for (offset, runs) in lines.enumerated() {
      buffer.put(runs: runs, x: inner.x, y: inner.y + offset, maxWidth: inner.width)
    }
  }

  /// The last `count` screen lines of the output, wrapped to `width`. Reads the output from
  /// its end, so a program that printed a million lines costs no more than one that printed ten.
  package static func lastLines(
    _ output: some BidirectionalCollection<(Event.Stream, String)>, count: Int, width: Int,
    context: RenderContext
  ) -> [[StyledRun]] {
    guard count > 0 else { return [] }
    var logical: [[StyledRun]] = []  // newest first
    var current: [StyledRun] = []
    var sawText = false
    outer: for (stream, text) in output.reversed() {
      let style = context[stream == .stderr ? .stderr : .output]
      let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated().reversed() {
        if !part.isEmpty { current.insert(StyledRun(String(part), style), at: 0) }
        if index > 0 {
          // A newline ends the line being built (skip the empty line after a final newline).
          if sawText || !current.isEmpty { logical.append(current) }
          sawText = true
          current = []
          if logical.count > count { break outer }
        } else if !part.isEmpty {
          sawText = true
        }
      }
    }
    if !current.isEmpty { logical.append(current) }
    var wrapped: [[StyledRun]] = []
    for line in logical.prefix(count + 1).reversed() {
      let pieces = TextWrap.wrap(line, width: width)
      wrapped += pieces.isEmpty ? [[]] : pieces
    }
    return Array(wrapped.suffix(count))
  }
}
