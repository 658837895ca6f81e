import Screen

/// Maps `Style` colours to terminal colour numbers and hands out colour pairs on demand.
///
/// Pure bookkeeping: the screen calls `init_pair` for each new pair this returns.
package struct TerminalColorPalette: Sendable {
  package struct PairKey: Hashable, Sendable {
    package var foreground: Int16
    package var background: Int16
  }

  /// Number of colours the terminal has (8, 16, 256…); 0 for monochrome.
  package let colorCount: Int
  /// `use_default_colors` worked: -1 means the terminal's own foreground/background.
  package let hasDefaultColors: Bool
  /// How many pairs the terminal allows (pair 0 is fixed to the defaults).
  package let maxPairs: Int
  package private(set) var pairs: [PairKey: Int16] = [:]

  package init(colorCount: Int, hasDefaultColors: Bool, maxPairs: Int) {
    self.colorCount = colorCount
    self.hasDefaultColors = hasDefaultColors
    self.maxPairs = maxPairs
  }

  /// The terminal colour for `color`, and whether it needs bold to look bright (8-colour terminals).
  package func number(for color: Style.Color, isForeground: Bool) -> (number: Int16, needsBold: Bool) {
    let base: Int16
    var bright = false
    switch color {
    case .default:
      if hasDefaultColors { return (-1, false) }
      return (isForeground ? 7 : 0, false)
    case .black: base = 0
    case .red: base = 1
    case .green: base = 2
    case .yellow: base = 3
    case .blue: base = 4
    case .magenta: base = 5
    case .cyan: base = 6
    case .white: base = 7
    case .brightBlack: (base, bright) = (0, true)
    case .brightRed: (base, bright) = (1, true)
    case .brightGreen: (base, bright) = (2, true)
    case .brightYellow: (base, bright) = (3, true)
    case .brightBlue: (base, bright) = (4, true)
    case .brightMagenta: (base, bright) = (5, true)
    case .brightCyan: (base, bright) = (6, true)
    case .brightWhite: (base, bright) = (7, true)
    }
    guard bright else { return (base, false) }
    if colorCount >= 16 { return (base + 8, false) }
    return (base, isForeground)
  }

  /// The pair for a style's colours; `isNew` when the caller must define it with `init_pair`.
  /// Falls back to pair 0 once the terminal's pairs run out.
  package mutating func pair(for style: Style) -> (pair: Int16, isNew: Bool, key: PairKey, needsBold: Bool) {
    let foreground = number(for: style.foreground, isForeground: true)
    let background = number(for: style.background, isForeground: false)
    let key = PairKey(foreground: foreground.number, background: background.number)
    let defaultKey = PairKey(foreground: hasDefaultColors ? -1 : 7, background: hasDefaultColors ? -1 : 0)
    if key == defaultKey { return (0, false, key, foreground.needsBold) }
    if let existing = pairs[key] { return (existing, false, key, foreground.needsBold) }
    let next = pairs.count + 1
    guard next < maxPairs, next <= Int(Int16.max) else { return (0, false, key, foreground.needsBold) }
    let pair = Int16(next)
    pairs[key] = pair
    return (pair, true, key, foreground.needsBold)
  }
}
