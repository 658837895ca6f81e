/// What the screen shows when the terminal is smaller than the layout needs.
package enum TooSmallMessage {
  package static func text(width: Int, height: Int) -> String {
    "terminal too small: need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight), have \(width)×\(height)"
  }

  package static func render(width: Int, height: Int, context: RenderContext, into buffer: inout ScreenBuffer)
  {
    guard width > 0, height > 0 else { return }
    let message = text(width: width, height: height)
    let lines = TextWrap.wrap(message, style: context[.warning], width: width)
    let top = max(0, (height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < height {
      let lineWidth = line.width
      buffer.put(runs: line, x: max(0, (width - lineWidth) / 2), y: top + offset, maxWidth: width)
    }
  }
}
