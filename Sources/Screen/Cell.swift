/// One terminal cell: a grapheme, its display width and its style.
///
/// A wide grapheme (CJK, most emoji) occupies two cells: the first holds it with width 2,
/// the second is a continuation cell with width 0 that the backend skips.
package struct Cell: Sendable, Hashable {
  package var grapheme: String
  package var width: Int
  package var style: Style

  package static let blank = Cell(grapheme: " ", width: 1, style: .plain)
  package static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }

  package init(grapheme: String, width: Int, style: Style) {
    self.grapheme = grapheme
    self.width = width
    self.style = style
  }

  // Explicit and inlinable: the terminal's diff compares every cell of every frame, from
  // another module.
  @inlinable
  package static func == (lhs: Cell, rhs: Cell) -> Bool {
    lhs.width == rhs.width && lhs.style == rhs.style && lhs.grapheme == rhs.grapheme
  }
}
