import Screen
import Terminal

/// The lesson menu: every lesson with its progress; choose one to open it.
///
/// On its own it is a complete app (Enter records the choice); `RootModel` watches for the
/// choice and swaps in the lesson.
struct MenuState: AppModel {
  private(set) var entries: [MenuEntry]
  private(set) var selected = 0
  /// A one-line message for the learner (a progress file moved aside, a lesson that failed).
  var notice: String?
  var styles = ClassroomStyles.standard
  var ascii = false
  /// Digits typed so far to pick a lesson by number.
  private(set) var typedNumber = ""
  private(set) var showingHelp = false
  /// The lesson the learner asked to open; taken by the owner with `takeChoice()`.
  private(set) var choice: String?
  private(set) var exitStatus: Int32 = 0

  /// Preselects `resume` (the lesson opened last), so Enter continues where the learner was;
  /// once that lesson is done, the next one.
  init(entries: [MenuEntry], resume: String? = nil) {
    self.entries = entries
    if let resume, let index = entries.firstIndex(where: { $0.id == resume }) {
      let finished = entries[index].progress?.done == true
      selected = finished && index + 1 < entries.count ? index + 1 : index
    }
  }

  var wantsTicks: Bool { false }

  mutating func configure(for terminal: TerminalCapabilities) {
    if !terminal.supportsColor { styles = ClassroomStyles(theme: .mono) }
    if !terminal.supportsUnicode { ascii = true }
  }

  var selectedEntry: MenuEntry? {
    entries.indices.contains(selected) ? entries[selected] : nil
  }

  /// Replaces the entries (progress changed after a lesson), keeping the selection on the
  /// same lesson.
  mutating func refresh(entries newEntries: [MenuEntry]) {
    let current = selectedEntry?.id
    entries = newEntries
    selected = newEntries.firstIndex { $0.id == current } ?? min(selected, max(0, newEntries.count - 1))
  }

  mutating func select(id: String) {
    if let index = entries.firstIndex(where: { $0.id == id }) { selected = index }
  }

  mutating func takeChoice() -> String? {
    defer { choice = nil }
    return choice
  }

  mutating func update(_ message: Message) -> Bool {
    guard case .key(let key) = message else { return true }
    if showingHelp {
      showingHelp = false
      return key != .character("q")
    }
    if case .character(let character) = key, character.isASCII, character.isNumber {
      typeDigit(character)
      return true
    }
    let typed = typedNumber
    typedNumber = ""
    switch key {
    case .up, .character("k"): move(by: -1)
    case .down, .character("j"), .tab: move(by: 1)
    case .pageUp: move(by: -5)
    case .pageDown: move(by: 5)
    case .home, .character("g"): selected = 0
    case .end, .character("G"): selected = max(0, entries.count - 1)
    case .enter, .right, .character("l"), .character(" "):
      if !typed.isEmpty, key == .enter, !selectNumber(typed) {
        notice = "no lesson \(typed)"
        return true
      }
      if let entry = selectedEntry { choice = entry.id }
    case .backspace:
      typedNumber = String(typed.dropLast())
    case .character("?"):
      showingHelp = true
    case .character("q"), .escape:
      return false
    default:
      break
    }
    return true
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    MenuPanel(menu: self, styles: styles, ascii: ascii).draw(into: &buffer)
    return buffer
  }

  private mutating func move(by delta: Int) {
    guard !entries.isEmpty else { return }
    selected = min(max(0, selected + delta), entries.count - 1)
    notice = nil
  }

  /// Selects as digits come in: "1" picks lesson 1 at once; "12" then picks lesson 12 if
  /// there is one. Enter opens the selection.
  private mutating func typeDigit(_ digit: Character) {
    typedNumber.append(digit)
    if !selectNumber(typedNumber) {
      typedNumber = String(digit)
      if !selectNumber(typedNumber) { notice = "no lesson \(typedNumber)" }
    }
  }

  private mutating func selectNumber(_ text: String) -> Bool {
    guard let number = Int(text), let index = entries.firstIndex(where: { $0.number == number })
    else { return false }
    selected = index
    notice = nil
    return true
  }
}
