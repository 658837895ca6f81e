/// One terminal cell: a grapheme, its display width and its style.
///
/// A wide grapheme (CJK, most emoji) occupies two cells: the first holds it with width 2,
/// the second is a continuation cell with width 0 that the backend skips.
struct Cell: Sendable, Hashable {
  var grapheme: String
  var width: Int
  var style: Style

  static let blank = Cell(grapheme: " ", width: 1, style: .plain)
  static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }
}
