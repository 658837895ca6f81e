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

  /// The shared reference `&*base` reborrows when `base` is itself read from behind a shared
  /// reference (`&**p.peek().unwrap()` with items `&String`): rustc's reborrow constraints stop
  /// at the first shared reference, so the result borrows only what `base` borrows, as a copy
  /// of `base` would, not the outer reference (the `&mut p` that `peek` took).
  func sharedReborrowSource(_ inner: TypedExpr) -> TypedExpr? {
    guard case .deref(let base) = inner.kind, case .reference(_, false) = resolved(base.type),
      case .deref(let outer) = base.kind, case .reference(_, false) = resolved(outer.type)
    else { return nil }
    return base
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
  /// (`|s| *s`, `|n| **n` over `&&str` items, `|&s| s`, `|(&k, _)| k`, `|&(name, _)| name`,
  /// `|(a, b)| (*a, *b)`): that parameter's position and how many references the copy is
  /// behind (the fewest, for a tuple of copies). Any other body is opaque to the caller.
  func copiedParameter(of callee: CheckedFunction) -> (position: Int, levels: Int)? {
    guard isClosureBody(callee), callee.body.statements.isEmpty, let tail = callee.body.tail else {
      return nil
    }
    guard let parts = copiedParts(tail, in: callee) else { return nil }
    var copied: (slot: Int, levels: Int)?
    for own in parts {
      guard copied.map({ $0.slot == own.slot }) ?? true else { return nil }
      copied = (own.slot, min(own.levels, copied?.levels ?? own.levels))
    }
    guard let (slot, levels) = copied, levels > 0,
      let position = callee.parameterSlots.firstIndex(of: slot), position > 0
    else { return nil }
    let result = callee.types.resolve(callee.returnType)
    guard isCopyIn(callee, result) else { return nil }
    return (position, levels)
  }

  /// The copies out from behind parameters that make up the value of `expr`: a tuple, a
  /// variant (`Some(s)`) or either branch of an `if` of them, skipping parts that hold no
  /// borrow (`w.len()`). Nil when a part is anything else.
  private func copiedParts(_ expr: TypedExpr, in callee: CheckedFunction) -> [(slot: Int, levels: Int)]? {
    if isPlainData(callee.types.resolve(expr.type)) { return [] }
    switch expr.kind {
    case .coerce(let coercion, let inner) where coercion != .never:
      return copiedParts(inner, in: callee)
    case .tuple(let items), .variant(_, _, let items):
      var parts: [(slot: Int, levels: Int)] = []
      for item in items {
        guard let own = copiedParts(item, in: callee) else { return nil }
        parts += own
      }
      return parts
    case .ifElse(_, let then, let otherwise?):
      guard then.statements.isEmpty, let thenTail = then.tail,
        let thenParts = copiedParts(thenTail, in: callee),
        let otherParts = copiedParts(otherwise, in: callee)
      else { return nil }
      return thenParts + otherParts
    case .block(let block):
      guard block.statements.isEmpty, let tail = block.tail else { return nil }
      return copiedParts(tail, in: callee)
    case .builtin(_, let arguments):
      // `|s| s.trim()` over `&&str` items: a std method of a `&str` or `&[T]` receiver whose
      // other arguments hold no borrow gives a reference into what the receiver points at.
      guard case .reference(_, false) = callee.types.resolve(expr.type), let receiver = arguments.first,
        case .reference(_, false) = callee.types.resolve(receiver.type),
        arguments.dropFirst().allSatisfy({ isPlainData(callee.types.resolve($0.type)) })
      else { return nil }
      return copiedParts(receiver, in: callee)
    case .addressOf(var inner, false):
      // `&**s`: a reborrow through the shared reference `*s` holds what `*s` holds; so does a
      // range of it (`&s[1..]`).
      if case .index(let base, let index) = inner.kind, case .range = callee.types.resolve(index.type) {
        inner = base
      }
      guard case .deref(let base) = inner.kind, case .reference(_, false) = callee.types.resolve(base.type)
      else { return nil }
      return copiedParts(base, in: callee)
    default:
      return copiedSlot(expr, in: callee).map { [$0] }
    }
  }

  /// The parameter slot `part` copies a value out of, and how many references below the
  /// parameter's value it lies.
  private func copiedSlot(_ part: TypedExpr, in callee: CheckedFunction) -> (slot: Int, levels: Int)? {
    var tail = part
    var levels = 0
    // `p.0` with `p: &(&str, i32)` is `(*p).0`: a field lies as deep as its struct.
    while true {
      if case .deref(let base) = tail.kind, case .reference = callee.types.resolve(base.type) {
        levels += 1
        tail = base
      } else if case .field(let base, _) = tail.kind {
        tail = base
      } else {
        break
      }
    }
    guard case .local(let slot) = tail.kind else { return nil }
    if let (parameter, depth, byReference) = parameterBinding(slot, in: callee) {
      // A binding by reference (`(n, _)` against a `&(&str, i32)`) borrows a place `depth`
      // references down: it holds what the reference above that place holds.
      guard !byReference || depth > 0 else { return nil }
      return (parameter, levels + depth - (byReference ? 1 : 0))
    }
    guard callee.types.resolve(callee.locals[slot].type).isReference else { return nil }
    return (slot, levels)
  }

  /// The parameter whose pattern binds `slot`, how many shared references its pattern goes
  /// through to reach the binding (`&s`, `&(name, _)`, or `(k, _)` against a reference), and
  /// whether the binding is by reference. Nil for a pattern through a `&mut` or a `Box`.
  private func parameterBinding(
    _ slot: Int, in callee: CheckedFunction
  ) -> (parameter: Int, depth: Int, byReference: Bool)? {
    func find(_ pattern: TypedPattern, depth: Int) -> (depth: Int, byReference: Bool)?? {
      switch pattern.kind {
      case .binding(let bound, let byReference, _, let subpattern):
        if bound == slot { return subpattern == nil ? (depth, byReference) : .some(nil) }
        return subpattern.flatMap { find($0, depth: depth) }
      case .deref(let inner):
        guard let found = find(inner, depth: depth + 1) else { return nil }
        guard case .reference(_, false) = callee.types.resolve(pattern.type) else { return .some(nil) }
        return found
      case .tuple(let items), .variant(_, _, let items):
        for item in items { if let found = find(item, depth: depth) { return found } }
        return nil
      case .structure(_, let fields):
        for field in fields { if let found = find(field.pattern, depth: depth) { return found } }
        return nil
      case .wildcard, .literal, .range: return nil
      case .or, .array, .slice, .arrayRest: return containsBinding(pattern) ? .some(nil) : nil
      }
    }
    func containsBinding(_ pattern: TypedPattern) -> Bool {
      switch pattern.kind {
      case .binding(let bound, _, _, let subpattern):
        return bound == slot || (subpattern.map(containsBinding) ?? false)
      case .wildcard, .literal, .range: return false
      case .deref(let inner), .arrayRest(let inner): return containsBinding(inner)
      case .tuple(let items), .variant(_, _, let items), .or(let items), .array(let items):
        return items.contains(where: containsBinding)
      case .structure(_, let fields): return fields.contains { containsBinding($0.pattern) }
      case .slice(let prefix, let suffix, _, let rest):
        return (prefix + suffix).contains(where: containsBinding) || (rest.map(containsBinding) ?? false)
      }
    }
    for (parameter, pattern) in callee.parameterPatterns {
      guard let found = find(pattern, depth: 0) else { continue }
      guard let (depth, byReference) = found else { return nil }
      return (parameter, depth, byReference)
    }
    return nil
  }

  private func isCopyIn(_ callee: CheckedFunction, _ type: TypeTerm) -> Bool {
    if case .reference(_, let mutable) = type { return !mutable }
    guard let rust = type.rustType else { return false }
    return layout.isCopy(rust)
  }
}
