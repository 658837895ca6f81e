/// What the terminal in use can show, known once it has started. Models use it to pick a colour
/// or monochrome theme and Unicode or ASCII line drawing.
struct TerminalCapabilities: Sendable, Equatable {
  /// Colours are in use: the terminal has them and `NO_COLOR` is not set.
  var supportsColor: Bool
  /// How many colours the terminal has (0 when colours are off).
  var colorCount: Int
  /// The locale is UTF-8, so non-ASCII characters (box drawing, CJK) can be shown.
  var supportsUnicode: Bool

  /// No colour, ASCII only: what to assume before a terminal is known.
  static let minimal = TerminalCapabilities(supportsColor: false, colorCount: 0, supportsUnicode: false)

  /// Whether the environment asks for no colour (https://no-color.org: set and not empty).
  static func colorDisabled(byEnvironment environment: [String: String]) -> Bool {
    guard let value = environment["NO_COLOR"] else { return false }
    return !value.isEmpty
  }
}
