/// What the terminal in use can show, known once it has started. Models use it to pick a colour
/// or monochrome theme and Unicode or ASCII line drawing.
package struct TerminalCapabilities: Sendable, Equatable {
  /// Colours are in use: the terminal has them and `NO_COLOR` is not set.
  package var supportsColor: Bool
  /// How many colours the terminal has (0 when colours are off).
  package var colorCount: Int
  /// The locale is UTF-8, so non-ASCII characters (box drawing, CJK) can be shown.
  package var supportsUnicode: Bool

  /// No colour, ASCII only: what to assume before a terminal is known.
  package static let minimal = TerminalCapabilities(
    supportsColor: false, colorCount: 0, supportsUnicode: false)

  /// Whether the environment asks for no colour (https://no-color.org: set and not empty).
  package static func colorDisabled(byEnvironment environment: [String: String]) -> Bool {
    guard let value = environment["NO_COLOR"] else { return false }
    return !value.isEmpty
  }

  package init(supportsColor: Bool, colorCount: Int, supportsUnicode: Bool) {
    self.supportsColor = supportsColor
    self.colorCount = colorCount
    self.supportsUnicode = supportsUnicode
  }
}
