/// Which runs of a line a piece of narration or a question belongs to.
///
/// A line inside a loop or a recursive function runs many times; each run is one or more
/// steps of the trace. The selector counts the steps whose line is the anchor line.
enum OccurrenceSelector: Sendable, Equatable {
  /// Every step on the line (`// >` and `// >*`).
  case every
  /// The n-th step on the line, from 1 (`// >1`, `// ?2`).
  case nth(Int)
  /// The last step on the line (`// >last`).
  case last

  /// The spelling after the marker: "", "1", "*", "last".
  init?(spelling: String, default defaultSelector: OccurrenceSelector) {
    switch spelling {
    case "": self = defaultSelector
    case "*": self = .every
    case "last": self = .last
    default:
      guard let number = Int(spelling), number >= 1 else { return nil }
      self = .nth(number)
    }
  }

  /// Whether the step that is the `occurrence`-th (from 1) of `total` steps on its line is selected.
  func selects(occurrence: Int, of total: Int) -> Bool {
    switch self {
    case .every: true
    case .nth(let n): occurrence == n
    case .last: occurrence == total
    }
  }

  var spelling: String {
    switch self {
    case .every: "*"
    case .nth(let n): String(n)
    case .last: "last"
    }
  }
}
