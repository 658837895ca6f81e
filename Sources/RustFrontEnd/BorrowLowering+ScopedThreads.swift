extension BorrowLowering {
  /// `s.spawn(closure)` in a `thread::scope`: the closure's loans last until the scope has
  /// joined its threads, not until the handle drops. They flow into the scope's `s`, which the
  /// scope's end uses, so rustc's conflicts (E0499, E0502, E0506) inside the scope are found.
  mutating func lowerScopedSpawn(_ arguments: [TypedExpr], span: SourceSpan) -> [Int] {
    let scope = lowerValue(arguments[0])
    let closure = lowerValue(arguments[1])
    if case .local(let slot) = arguments[0].kind {
      graph.flowsFrom[slot].formUnion(closure)
    } else {
      for holder in scope { graph.flowsFrom[holder].formUnion(closure) }
    }
    emit(.nothing, uses: (scope + closure).map { ($0, span) })
    return []
  }
}
