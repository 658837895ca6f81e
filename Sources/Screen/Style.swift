/// How a cell is drawn. Colours are theme roles, resolved to terminal colours by the backend.
package struct Style: Sendable, Hashable {
  package enum Color: Sendable, Hashable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan,
      brightWhite
  }

  package var foreground: Color = .default
  package var background: Color = .default
  package var bold: Bool = false
  package var dim: Bool = false
  package var reverse: Bool = false
  package var underline: Bool = false

  package static let plain = Style()

  @inlinable
  package static func == (lhs: Style, rhs: Style) -> Bool {
    lhs.foreground == rhs.foreground && lhs.background == rhs.background && lhs.bold == rhs.bold
      && lhs.dim == rhs.dim && lhs.reverse == rhs.reverse && lhs.underline == rhs.underline
  }

  package init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }
}
