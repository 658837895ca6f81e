/// A piece of text drawn in one style; lines of mixed styles are arrays of runs.
struct StyledRun: Sendable, Equatable {
  var text: String
  var style: Style

  init(_ text: String, _ style: Style) {
    self.text = text
    self.style = style
  }

  var width: Int { DisplayWidth.of(text) }
}

extension Array where Element == StyledRun {
  var width: Int { reduce(0) { $0 + $1.width } }
  var plainText: String { map(\.text).joined() }
}
