import Screen

/// The `memtutor terminal-check` screen: shows what the terminal reports and draws, so a user can
/// see whether box lines, wide characters and colours come out right, and which keys arrive.
package struct TerminalCheckModel: AppModel {
  /// A deliberate crash after the first frame, to check that the terminal comes back afterwards.
  package enum Crash: String, Sendable, CaseIterable {
    /// A Swift runtime trap (arithmetic overflow), as a bug would cause.
    case trap
    /// SIGSEGV sent to the process.
    case signal
  }

  package var animate = false
  package var crash: Crash?

  package private(set) var width = 0
  package private(set) var height = 0
  package private(set) var lastKey: Key?
  package private(set) var keyCount = 0
  package private(set) var capabilities = TerminalCapabilities.minimal
  package private(set) var seconds = 0.0
  package private(set) var ticks = 0
  private var quitting = false

  package init(animate: Bool = false, crash: Crash? = nil) {
    self.animate = animate
    self.crash = crash
  }

  package var wantsTicks: Bool { animate || crash != nil }
  package var exitStatus: Int32 { 0 }

  package mutating func configure(for terminal: TerminalCapabilities) {
    capabilities = terminal
  }

  package mutating func update(_ message: Message) -> Bool {
    switch message {
    case .resize(let newWidth, let newHeight):
      width = newWidth
      height = newHeight
    case .key(let key):
      lastKey = key
      keyCount += 1
      if key == .character("q") || key == .character("Q") { quitting = true }
    case .tick(let time):
      seconds = time
      ticks += 1
      if let crash { crashNow(crash) }
    }
    return !quitting
  }

  package func view(width: Int, height: Int) -> ScreenBuffer {
    var screen = ScreenBuffer(width: width, height: height)
    let label = Style(foreground: .cyan, bold: true)
    var row = 0
    func line(_ title: String, _ value: String) {
      screen.put(title, x: 1, y: row, style: label)
      screen.put(value, x: 12, y: row)
      row += 1
    }
    screen.put("memtutor terminal check", x: 1, y: row, style: Style(bold: true))
    row += 2
    line("size", "\(width)x\(height)")
    line("colour", colourSummary)
    line(
      "unicode", capabilities.supportsUnicode ? "yes (UTF-8 locale)" : "no (ASCII only; set a UTF-8 locale)")
    line("last key", lastKey.map { Self.describe($0) } ?? "none yet (press any key)")
    line("keys", "\(keyCount) pressed")
    row += 1
    drawBoxSample(into: &screen, row: &row, label: label)
    row += 1
    screen.put("wide", x: 1, y: row, style: label)
    screen.put("内存|  <- the bars line up", x: 12, y: row)
    screen.put("abcd|", x: 12, y: row + 1)
    row += 3
    drawColourSample(into: &screen, row: &row, label: label)
    if animate {
      row += 1
      drawAnimation(into: &screen, row: row, width: width, label: label)
      row += 1
    }
    screen.put("q quits, Ctrl-L repaints", x: 1, y: max(row + 1, height - 1), style: Style(dim: true))
    return screen
  }

  private var colourSummary: String {
    guard capabilities.supportsColor else { return "off (monochrome, or NO_COLOR is set)" }
    return "\(capabilities.colorCount) colours"
  }

  private func drawBoxSample(into screen: inout ScreenBuffer, row: inout Int, label: Style) {
    screen.put("box", x: 1, y: row, style: label)
    let lines = ["┌──┬──┐  +--+--+", "│ab│cd│  |ab|cd|", "└──┴──┘  +--+--+"]
    for text in lines {
      screen.put(text, x: 12, y: row)
      row += 1
    }
  }

  private func drawColourSample(into screen: inout ScreenBuffer, row: inout Int, label: Style) {
    screen.put("colours", x: 1, y: row, style: label)
    let normal: [(String, Style.Color)] = [
      ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow), ("blue", .blue),
      ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
    ]
    let bright: [Style.Color] = [
      .brightBlack, .brightRed, .brightGreen, .brightYellow, .brightBlue, .brightMagenta, .brightCyan,
      .brightWhite,
    ]
    var column = 12
    for (name, color) in normal {
      column += screen.put(name, x: column, y: row, style: Style(foreground: color)) + 1
    }
    column = 12
    for (index, color) in bright.enumerated() {
      column += screen.put(normal[index].0, x: column, y: row + 1, style: Style(foreground: color)) + 1
    }
    column = 12
    let attributes: [(String, Style)] = [
      ("bold", Style(bold: true)), ("dim", Style(dim: true)), ("reverse", Style(reverse: true)),
      ("underline", Style(underline: true)), ("on blue", Style(foreground: .brightWhite, background: .blue)),
    ]
    for (name, style) in attributes {
      column += screen.put(name, x: column, y: row + 2, style: style) + 1
    }
    row += 3
  }

  private func drawAnimation(into screen: inout ScreenBuffer, row: Int, width: Int, label: Style) {
    screen.put("animation", x: 1, y: row, style: label)
    let track = max(1, min(40, width - 14))
    let position = Int(seconds * 20) % track
    screen.put(String(repeating: "·", count: track), x: 12, y: row, style: Style(dim: true))
    screen.put("█", x: 12 + position, y: row, style: Style(foreground: .green))
    screen.put("\(ticks) ticks", x: 13 + track, y: row)
  }

  private func crashNow(_ crash: Crash) {
    switch crash {
    case .signal:
      TerminalSignals.raiseSegmentationFault()
    case .trap:
      var value = Int8.max
      value += Int8(truncatingIfNeeded: ticks)
      _ = value
    }
  }

  /// How the screen names a key.
  package static func describe(_ key: Key) -> String {
    switch key {
    case .character(" "): "Space"
    case .character(let character): "'\(character)'"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .tab: "Tab"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PageUp"
    case .pageDown: "PageDown"
    case .delete: "Delete"
    case .function(let number): "F\(number)"
    }
  }
}
