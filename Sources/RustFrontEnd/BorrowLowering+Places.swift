extension BorrowLowering {
  func isPlaceExpression(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .global, .field, .index: return true
    case .deref(let base):
      switch resolved(base.type) {
      case .reference, .rc, .arc, .library(.ref, _), .library(.refMut, _): return true
      case .box: return isPlaceExpression(base)
      case .structure(let name) where Checker.isLockGuardName(name): return isPlaceExpression(base)
      default: return false
      }
    default: return false
    }
  }

  /// Lowers a place expression; a value that is not a place goes into a temporary first.
  mutating func lowerPlace(_ expr: TypedExpr) -> BorrowGraph.Place {
    switch expr.kind {
    case .local(let slot):
      return BorrowGraph.Place(root: slot, description: function.locals[slot].name)
    case .global(let index):
      let name = index < program.globals.count ? program.globals[index].name : "value"
      return BorrowGraph.Place(root: staticsVariable, description: name)
    case .field(let base, let index):
      let place = lowerPlace(base)
      var name = String(index)
      if case .structure(let structName) = resolved(base.type),
        let declaration = program.declarations.structs[structName], index < declaration.fields.count
      {
        name = declaration.fields[index].name
      }
      // rustc names a field reached through a reference `r.x`, not `(*r).x`.
      let baseName =
        place.description.hasPrefix("*") ? String(place.description.dropFirst()) : place.description
      return place.appending(.field(index), description: "\(baseName).\(name)")
    case .index(let base, let index):
      let place = lowerPlace(base)
      _ = lowerValue(index)
      // An overloaded index (`Vec`, `String`) borrows the whole collection.
      switch resolved(base.type) {
      case .array, .slice: return place.appending(.index, description: "\(place.description)[_]")
      default: return place.appending(.index, description: place.description)
      }
    case .deref(let base):
      // `*&p` is `p` itself: a deref coercion of `&s` (with `s: &String`) to `&str` reads
      // through `s` and borrows what `s` points at, not `s`.
      if case .addressOf(let inner, false) = base.kind, inner.isPromotableConstant(in: program) {
        // `b"xyz"[0]`: a place in a promoted constant, which lives as long as a static.
        return BorrowGraph.Place(root: staticsVariable, description: "value")
      }
      if case .addressOf(let inner, _) = base.kind { return lowerPlace(inner) }
      switch resolved(base.type) {
      case .box:
        let place = lowerPlace(base)
        return place.appending(.derefBox, description: "*\(place.description)")
      case let guardType where isGuard(guardType):
        // A guard (`MutexGuard`, `Ref`, `RefMut`) owns its access to the value as a `Box` owns
        // its value: a reference into it lives no longer than the guard.
        if isPlaceExpression(base) {
          let place = lowerPlace(base)
          return place.appending(.derefBox, description: "*\(place.description)")
        }
        let carriers = lowerValue(base)
        let holder = temporary(span: base.span, flowingFrom: carriers)
        return BorrowGraph.Place(root: holder, projections: [.derefBox], description: "value")
      case .reference, .rc, .arc:
        if isPlaceExpression(base) {
          let place = lowerPlace(base)
          return place.appending(.derefReference, description: "*\(place.description)")
        }
        let carriers = lowerValue(base)
        let holder = temporary(span: base.span, flowingFrom: carriers)
        return BorrowGraph.Place(root: holder, projections: [.derefReference], description: "value")
      default:
        break
      }
    default:
      break
    }
    let carriers = lowerValue(expr)
    return BorrowGraph.Place(
      root: temporary(span: wholeSpan(expr), flowingFrom: carriers), description: "value")
  }

  /// Where a borrow of `expr` shows in rustc's report: `v` for `&v[i]` on a `Vec` (an
  /// overloaded index borrows the vector), the expression itself otherwise.
  func borrowSpan(of expr: TypedExpr, default span: SourceSpan) -> SourceSpan {
    if case .index(let base, let index) = expr.kind {
      if case .range = resolved(index.type) { return borrowSpan(of: base, default: base.span) }
      switch resolved(base.type) {
      case .vec, .string, .reference: return borrowSpan(of: base, default: base.span)
      default: break
      }
    }
    return span
  }

  /// A closure's capture by reference is a `&place` whose place is named inside the closure
  /// body, after the `||` the borrow is written at: the loan remembers where.
  mutating func noteCaptureUse(_ holder: Int, borrowing inner: TypedExpr, in expr: TypedExpr) {
    guard inner.span.start >= expr.span.end, let loan = graph.carriedLoans[holder].first else { return }
    graph.loans[loan].useInClosure = inner.span
  }

  /// A borrow of `place`: a new loan, checked as an access, held by a new temporary.
  mutating func borrow(
    _ place: BorrowGraph.Place, mutable: Bool, span: SourceSpan, autoReference: Bool
  ) -> Int {
    let loan = graph.loans.count
    graph.loans.append(
      BorrowGraph.Loan(place: place, mutable: mutable, span: span, isAutoReference: autoReference))
    let holder = graph.addVariable()
    graph.carriedLoans[holder].insert(loan)
    // A reborrow through a reference keeps the loans of that reference alive.
    graph.flowsFrom[holder].insert(place.root)
    emit(
      .access(place, mutable ? .mutableBorrow : .sharedBorrow, span: span, loan: loan),
      uses: [(place.root, span)], defines: [holder])
    return holder
  }

  /// `v[i] = x` on a `Vec` or `String` is `*IndexMut::index_mut(&mut v, i) = x`: the collection
  /// is borrowed mutably before the index is evaluated (no two-phase borrow here, unlike a
  /// method call), so `v[v.len() - 1] = x` conflicts.
  mutating func lowerOverloadedIndexTarget(_ target: TypedExpr) -> (place: BorrowGraph.Place, holder: Int)? {
    guard case .index(let base, let index) = target.kind else { return nil }
    switch resolved(base.type) {
    case .vec, .string: break
    default: return nil
    }
    let place = lowerPlace(base)
    let holder = borrow(place, mutable: true, span: fullSpan(target), autoReference: false)
    _ = lowerValue(index)
    return (place.appending(.index, description: place.description), holder)
  }

  /// `&*r` / `&mut *r` for a reference `r` given where a reference is expected.
  mutating func reborrow(_ reference: TypedExpr, mutable: Bool, span: SourceSpan? = nil) -> Int {
    let place = lowerPlace(reference)
    let target = place.appending(.derefReference, description: "*" + place.description)
    return borrow(target, mutable: mutable, span: span ?? reference.span, autoReference: true)
  }

  /// Reads an operand without moving it (comparisons, format arguments).
  mutating func lowerRead(_ expr: TypedExpr) -> [Int] {
    guard isPlaceExpression(expr) else { return lowerValue(expr) }
    let place = lowerPlace(expr)
    emit(.access(place, .read, span: expr.span, loan: nil), uses: [(place.root, expr.span)])
    return carriesLoans(expr.type) ? [place.root] : []
  }

  /// A `format_args!` argument: rustc borrows it (`&x`), so a conflict is E0502, not E0503. The
  /// loan lives until every argument is evaluated and the text formatted (the caller uses the
  /// holders at the macro's end): `println!("{} {}", c.label, c.tick())` is E0502 at `c.tick()`.
  mutating func lowerFormatArgument(_ expr: TypedExpr) -> [Int] {
    guard isPlaceExpression(expr) else { return lowerValue(expr) }
    let place = lowerPlace(expr)
    // `v[0]` borrows `v` for `Index::index`: rustc points at `v`.
    let span = borrowSpan(of: expr, default: expr.span)
    return [borrow(place, mutable: false, span: span, autoReference: false)]
  }

  /// Lowers an expression evaluated for its value; returns the variables whose loans the value
  /// may carry.
  mutating func lowerValue(_ expr: TypedExpr) -> [Int] {
    let carriers = lowerValueKind(expr)
    if resolved(expr.type).isNever { current = nil }
    return carriers
  }
}
