/// How a cell is drawn. Colours are theme roles, resolved to terminal colours by the backend.
struct Style: Sendable, Hashable {
  enum Color: Sendable, Hashable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan,
      brightWhite
  }

  var foreground: Color = .default
  var background: Color = .default
  var bold = false
  var dim = false
  var reverse = false
  var underline = false

  static let plain = Style()
}
