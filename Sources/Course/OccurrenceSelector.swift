/// Which runs of a line a piece of narration or a question belongs to.
///
/// A line inside a loop or a recursive function runs many times; each run is one or more
/// steps of the trace. The selector counts the steps whose line is the anchor line.
package enum OccurrenceSelector: Sendable, Equatable {
  /// Every step on the line (`// >` and `// >*`).
  case every
  /// The n-th step on the line, from 1 (`// >1`, `// ?2`).
  case nth(Int)
  /// Steps `from` through `through` (`// >2..5`), or from `from` on when `through` is nil
  /// (`// >2..`).
  case range(from: Int, through: Int?)
  /// Every step but the last (`// >..-1`, `// >2..-1`).
  case rangeExceptLast(from: Int)
  /// The last step on the line (`// >last`).
  case last

  /// The spelling after the marker: "", "1", "*", "2..", "2..5", "2..-1", "last".
  package init?(spelling: String, default defaultSelector: OccurrenceSelector) {
    switch spelling {
    case "": self = defaultSelector
    case "*": self = .every
    case "last": self = .last
    default:
      if let dots = spelling.range(of: "..") {
        let low = spelling[..<dots.lowerBound]
        let high = spelling[dots.upperBound...]
        let from = low.isEmpty ? 1 : Int(low)
        guard let from, from >= 1 else { return nil }
        if high.isEmpty {
          self = .range(from: from, through: nil)
        } else if high == "-1" {
          self = .rangeExceptLast(from: from)
        } else if let through = Int(high), through >= from {
          self = .range(from: from, through: through)
        } else {
          return nil
        }
        return
      }
      guard let number = Int(spelling), number >= 1 else { return nil }
      self = .nth(number)
    }
  }

  /// Whether the selection depends on how many runs there are in all (`last`, `..-1`).
  package var countsFromTheEnd: Bool {
    switch self {
    case .last, .rangeExceptLast: true
    case .every, .nth, .range: false
    }
  }

  /// Whether the step that is the `occurrence`-th (from 1) of `total` steps on its line is selected.
  package func selects(occurrence: Int, of total: Int) -> Bool {
    switch self {
    case .every: true
    case .nth(let n): occurrence == n
    case .range(let from, let through): occurrence >= from && occurrence <= (through ?? Int.max)
    case .rangeExceptLast(let from): occurrence >= from && occurrence < total
    case .last: occurrence == total
    }
  }

  /// The positions (from 0) selected among `total` steps.
  package func selectedIndices(of total: Int) -> [Int] {
    switch self {
    case .every: Array(0..<total)
    case .nth(let n): n <= total ? [n - 1] : []
    case .range(let from, let through):
      from <= min(through ?? total, total) ? Array((from - 1)..<min(through ?? total, total)) : []
    case .rangeExceptLast(let from): from < total ? Array((from - 1)..<(total - 1)) : []
    case .last: total > 0 ? [total - 1] : []
    }
  }

  package var spelling: String {
    switch self {
    case .every: "*"
    case .nth(let n): String(n)
    case .range(let from, let through): "\(from)..\(through.map(String.init) ?? "")"
    case .rangeExceptLast(let from): "\(from)..-1"
    case .last: "last"
    }
  }
}
