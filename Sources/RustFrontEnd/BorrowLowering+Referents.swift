/// Copies taken out from behind a reference. rustc gives `*p` (with `p: &'r &'a str`) the type
/// `&'a str`: the copy borrows what the referent borrows, not what `p` borrows. So
/// `let first: &str = *w.peek().unwrap(); w.next();` is fine, while keeping `w.peek()` itself
/// (an `Option<&&str>` holding the `&mut w` that `peek` took) across `w.next()` is E0499.
extension BorrowLowering {
  /// How many built-in references the place `expr` names is reached through, counted from its
  /// root up to the first `Rc`, `Arc` or guard (whose contents the handle itself carries), and
  /// whether no such handle was met (`open`). `**p` with `p: &&&str` is behind two.
  func referenceLevels(_ expr: TypedExpr) -> (levels: Int, open: Bool) {
    func through(_ base: TypedExpr) -> (levels: Int, open: Bool) {
      let below = isPlaceExpression(base) ? referenceLevels(base) : (levels: 0, open: true)
      switch resolved(base.type) {
      case .reference: return below.open ? (below.levels + 1, true) : below
      case .box: return below
      case let type where isGuard(type): return below
      default: return (below.levels, false)
      }
    }
    switch expr.kind {
    case .field(let base, _):
      return referenceLevels(base)
    case .index(let base, _):
      if case .reference = resolved(base.type) { return through(base) }
      return referenceLevels(base)
    case .deref(let base):
      if case .addressOf(let inner, _) = base.kind {
        return inner.isPromotableConstant(in: program) ? (0, true) : referenceLevels(inner)
      }
      return through(base)
    default:
      return (0, true)
    }
  }

  /// A variable holding what lies `levels` references below `reference` (resolved once the
  /// function is lowered: `BorrowGraph.resolveReferentFlows`).
  mutating func referentCopy(of reference: Int, levels: Int = 1, span: SourceSpan) -> Int {
    var source = reference
    for _ in 0..<max(levels, 1) {
      let copy = temporary(span: span, flowingFrom: [])
      graph.referentFlows.append((into: copy, from: source))
      source = copy
    }
    return source
  }

  /// The carriers of a copy of the place `expr` names, read from `place`'s root.
  mutating func copiedCarriers(of expr: TypedExpr, place: BorrowGraph.Place) -> [Int] {
    guard carriesLoans(expr.type) else { return [] }
    let levels = referenceLevels(expr).levels
    guard isCopy(expr.type), levels > 0 else { return [place.root] }
    return [referentCopy(of: place.root, levels: levels, span: expr.span)]
  }

  /// A closure whose whole body copies a value out from behind one of its parameters
  /// (`|s| *s`, `|n| **n` over `&&str` items): that parameter's position and how many
  /// references the copy is behind. Any other body is opaque to the caller.
  func copiedParameter(of callee: CheckedFunction) -> (position: Int, levels: Int)? {
    guard isClosureBody(callee), callee.body.statements.isEmpty, var tail = callee.body.tail else {
      return nil
    }
    if case .coerce(let coercion, let inner) = tail.kind, coercion != .never { tail = inner }
    var levels = 0
    while case .deref(let base) = tail.kind, case .reference = callee.types.resolve(base.type) {
      levels += 1
      tail = base
    }
    guard levels > 0, case .local(let slot) = tail.kind,
      let position = callee.parameterSlots.firstIndex(of: slot), position > 0,
      callee.types.resolve(callee.locals[slot].type).isReference
    else { return nil }
    let result = callee.types.resolve(callee.returnType)
    guard isCopyIn(callee, result) else { return nil }
    return (position, levels)
  }

  private func isCopyIn(_ callee: CheckedFunction, _ type: TypeTerm) -> Bool {
    if case .reference(_, let mutable) = type { return !mutable }
    guard let rust = type.rustType else { return false }
    return layout.isCopy(rust)
  }
}
