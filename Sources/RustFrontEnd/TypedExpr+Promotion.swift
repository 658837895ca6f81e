/// rustc's constant promotion: `&0`, `&-1.5`, `&(1, 'a')` borrow a constant placed in the
/// binary for the whole run, not a temporary that dies at the end of its statement.
extension TypedExpr {
  package var isPromotableConstant: Bool {
    switch kind {
    case .integer, .float, .boolean, .character: return true
    case .negate(let inner):
      switch inner.kind {
      case .integer, .float: return true
      default: return false
      }
    case .tuple(let items): return !items.isEmpty && items.allSatisfy(\.isPromotableConstant)
    default: return false
    }
  }
}
