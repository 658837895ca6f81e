/// One place a closure captures. Since edition 2021 a closure that only uses fields of a
/// variable (`p.name`) captures those fields, not the variable: each is a field of the
/// closure's struct of its own (a `&String` pointing at `p.name`, or `p.name` moved in), so
/// the rest of `p` stays free to use while the closure lives.
struct CapturedPlace {
  /// A step of `path` that goes through a reference (`(*r).x`) rather than to a field.
  static let derefStep = -1

  /// The variable the place is in.
  var capture: ClosureState.Capture
  /// Field indices (and `derefStep`s) from the variable to the place; empty for the whole
  /// variable.
  var path: [Int]
  /// The place's type.
  var type: TypeTerm
  /// As rustc names it: `p`, `p.name`, `t.0`, `*r`.
  var name: String
  /// The closure writes to the place or borrows it mutably.
  var mutated: Bool
  /// The body's first use of the place (`p.name` there), where a borrow of it is reported.
  var firstUse: TypedExpr?
  /// A shared reference the closure copies instead of borrowing (see `copiesSharedReferences`).
  var isCopied = false

  var isWholeVariable: Bool { path.isEmpty }

  /// The closure borrows or moves from the variable's own slot, not only through a reference
  /// the variable holds.
  var usesVariableItself: Bool { !isCopied && path.first != Self.derefStep }

  /// The place in the enclosing function: the use's chain on the variable's own slot.
  func place(rootedAt root: TypedExpr) -> TypedExpr {
    guard let firstUse, !path.isEmpty else { return root }
    func rebuilt(_ expr: TypedExpr) -> TypedExpr {
      var copy = expr
      switch expr.kind {
      case .field(let base, let index): copy.kind = .field(rebuilt(base), index: index)
      case .deref(let base): copy.kind = .deref(rebuilt(base))
      default: return root
      }
      return copy
    }
    return rebuilt(firstUse)
  }
}
