/// A piece of text drawn in one style; lines of mixed styles are arrays of runs.
package struct StyledRun: Sendable, Equatable {
  package var text: String
  package var style: Style

  package init(_ text: String, _ style: Style) {
    self.text = text
    self.style = style
  }

  package var width: Int { DisplayWidth.of(text) }
}

extension Array where Element == StyledRun {
  package var width: Int { reduce(0) { $0 + $1.width } }
  package var plainText: String { map(\.text).joined() }
}
