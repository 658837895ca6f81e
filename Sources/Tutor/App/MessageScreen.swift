import Screen
import Terminal

/// A full screen of text with a title: how the TUI shows why a program could not be opened
/// (the engine's diagnostic with its caret) instead of failing before the screen appears.
///
/// Long text scrolls with the arrow keys; source lines and carets are never re-wrapped, so the
/// caret stays under the right column (they are cut at the edge instead).
struct MessageScreen: AppModel {
  var title: String
  var text: String
  /// Exit status when the learner leaves (non-zero: the file could not be opened).
  var exitStatus: Int32
  var styles = ClassroomStyles.standard
  /// What leaving does, for the status line ("quit" or "back to the menu").
  var leaveAction = "quit"
  private(set) var scroll = 0
  private(set) var visibleRows = 20

  init(title: String, text: String, exitStatus: Int32 = 1) {
    self.title = title
    self.text = text
    self.exitStatus = exitStatus
  }

  var wantsTicks: Bool { false }

  mutating func configure(for terminal: TerminalCapabilities) {
    if !terminal.supportsColor { styles = ClassroomStyles(theme: .mono) }
  }

  var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

  mutating func update(_ message: Message) -> Bool {
    switch message {
    case .resize(_, let height):
      visibleRows = max(1, height - 4)
      scroll = min(scroll, maxScroll)
      return true
    case .tick:
      return true
    case .key(let key):
      switch key {
      case .character("q"), .escape, .enter, .character("m"): return false
      case .down, .character("j"): scroll = min(scroll + 1, maxScroll)
      case .up, .character("k"): scroll = max(scroll - 1, 0)
      case .pageDown, .character(" "): scroll = min(scroll + visibleRows, maxScroll)
      case .pageUp: scroll = max(scroll - visibleRows, 0)
      case .home, .character("g"): scroll = 0
      case .end, .character("G"): scroll = maxScroll
      default: break
      }
      return true
    }
  }

  private var maxScroll: Int { max(0, lines.count - visibleRows) }

  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    guard height >= 3 else { return buffer }
    buffer.put(" " + title, x: 0, y: 0, style: styles.title, maxWidth: width)
    let rows = max(1, height - 4)
    let first = min(scroll, max(0, lines.count - rows))
    for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
      let isError = line.contains(": error:") || line.hasPrefix("error")
      buffer.put(
        " " + line, x: 0, y: 2 + offset, style: isError ? styles.warning : styles.text, maxWidth: width)
    }
    buffer.fill(x: 0, y: height - 1, width: width, height: 1, style: styles.status)
    var column = 1
    if lines.count > rows {
      column += buffer.put("↑↓", x: column, y: height - 1, style: styles.statusKey)
      column += buffer.put(" scroll  ", x: column, y: height - 1, style: styles.status)
    }
    column += buffer.put("q", x: column, y: height - 1, style: styles.statusKey)
    buffer.put(" " + leaveAction, x: column, y: height - 1, style: styles.status)
    return buffer
  }
}
