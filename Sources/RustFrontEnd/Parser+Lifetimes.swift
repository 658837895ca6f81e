/// Lifetimes as written: `<'a, 'b>` on items, `&'a T`, `Excerpt<'a>`. The checker verifies them
/// and the borrow checker follows them; memory layout never depends on them.
extension Parser {
  /// `<'a, 'b>` at a `<` after an item's name (nothing when there is no `<`). Type parameters
  /// are still outside the subset.
  package func parseLifetimeParameters() throws -> [LifetimeName] {
    guard check(.less) else { return [] }
    guard case .lifetime = kind(at: 1) else { try refuseGenericParameters(); return [] }
    let open = position
    advance()
    var lifetimes: [LifetimeName] = []
    while !eatClosingAngle() {
      guard case .lifetime(let name) = current.kind else {
        position = open
        throw Diagnostic.unsupported("generic parameters", at: angleBracketSpan())
      }
      lifetimes.append(LifetimeName(name: name, span: current.span))
      advance()
      if check(.colon) {
        throw Diagnostic.unsupported("lifetime bounds", at: current.span)
      }
      if eatClosingAngle() { break }
      guard eat(.comma) else { throw unexpected("`,` or `>`") }
    }
    return lifetimes
  }

  /// The `'a` after `&`, if there is one.
  package func parseReferenceLifetime() -> String? {
    guard case .lifetime(let name) = current.kind else { return nil }
    advance()
    return name
  }

  /// `<'a, T>` at the `<`: the lifetime arguments and the type arguments, each in order.
  package func parseGenericArgumentsWithLifetimes() throws -> (
    lifetimes: [LifetimeName], types: [TypeExpr]
  ) {
    try expect(.less)
    var lifetimes: [LifetimeName] = []
    var arguments: [TypeExpr] = []
    while !eatClosingAngle() {
      if case .lifetime(let name) = current.kind {
        lifetimes.append(LifetimeName(name: name, span: current.span))
        advance()
      } else {
        arguments.append(try parseType())
      }
      if eatClosingAngle() { break }
      guard eat(.comma) else { throw unexpected("`,` or `>`") }
    }
    return (lifetimes, arguments)
  }
}
