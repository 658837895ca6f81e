/// Copies taken out from behind a reference. rustc gives `*p` (with `p: &'r &'a str`) the type
/// `&'a str`: the copy borrows what the referent borrows, not what `p` borrows. So
/// `let first: &str = *w.peek().unwrap(); w.next();` is fine, while keeping `w.peek()` itself
/// (an `Option<&&str>` holding the `&mut w` that `peek` took) across `w.next()` is E0499.
extension BorrowLowering {
  /// Whether the first dereference on the way from the place's root to `expr` goes through a
  /// built-in reference (nil when the place is reached through no dereference, false when
  /// through an `Rc`, an `Arc` or a guard, whose contents the handle itself carries).
  func firstDerefIsReference(_ expr: TypedExpr) -> Bool? {
    switch expr.kind {
    case .field(let base, _):
      return firstDerefIsReference(base)
    case .index(let base, _):
      if case .reference = resolved(base.type) { return firstDerefIsReference(base) ?? true }
      return firstDerefIsReference(base)
    case .deref(let base):
      if case .addressOf(let inner, _) = base.kind {
        return inner.isPromotableConstant(in: program) ? nil : firstDerefIsReference(inner)
      }
      let placeBase = isPlaceExpression(base)
      switch resolved(base.type) {
      case .reference: return placeBase ? (firstDerefIsReference(base) ?? true) : true
      case .box: return placeBase ? firstDerefIsReference(base) : nil
      default:
        if isGuard(resolved(base.type)) { return placeBase ? firstDerefIsReference(base) : nil }
        return placeBase ? (firstDerefIsReference(base) ?? false) : false
      }
    default:
      return nil
    }
  }

  /// A temporary holding what the referent of `reference` holds (resolved once the function is
  /// lowered: `BorrowGraph.resolveReferentFlows`).
  mutating func referentCopy(of reference: Int, span: SourceSpan) -> Int {
    let copy = temporary(span: span, flowingFrom: [])
    graph.referentFlows.append((into: copy, from: reference))
    return copy
  }

  /// The carriers of a copy of the place `expr` names, read from `place`'s root.
  mutating func copiedCarriers(of expr: TypedExpr, place: BorrowGraph.Place) -> [Int] {
    guard carriesLoans(expr.type) else { return [] }
    guard isCopy(expr.type), firstDerefIsReference(expr) == true else { return [place.root] }
    return [referentCopy(of: place.root, span: expr.span)]
  }
}
