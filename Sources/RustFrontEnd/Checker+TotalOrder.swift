/// Which element types `sort()` accepts: those with a total order (`Ord`), which floats lack.
extension Checker {
  func isTotallyOrdered(_ type: TypeTerm, depth: Int = 0) -> Bool {
    guard depth < 16 else { return false }
    switch table.shallow(type) {
    case .unit, .bool, .char, .integer, .string, .str: return true
    case .variable: return table.kind(of: type) == .integer
    case .vec(let inner), .box(let inner), .rc(let inner), .option(let inner), .array(let inner, _),
      .slice(let inner), .reference(let inner, _), .library(.reverse, let inner):
      return isTotallyOrdered(inner, depth: depth + 1)
    case .tuple(let items): return items.allSatisfy { isTotallyOrdered($0, depth: depth + 1) }
    case .result(let value, let error):
      return isTotallyOrdered(value, depth: depth + 1) && isTotallyOrdered(error, depth: depth + 1)
    case .structure(let name), .enumeration(let name):
      if handWrittenComparisons[name]?["Ord"] != nil {
        reachedHandWrittenComparison = true
        return true
      }
      return derivesOf(name).contains("Ord")
    default: return false
    }
  }
}
