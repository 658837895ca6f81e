/// What an `if` or `match` is expected to produce, passed down to its branches: with a
/// reference type expected (a function returning `&str`), each branch is coerced to it on its
/// own, so `if c { fallback } else { &self.title }` is a `&str` either way, as in rustc.
extension Checker {
  /// The reference type the context wants of `expr`, if the context says.
  func expectedReference(for expr: Expr) -> TypeTerm? {
    guard let wanted = annotatedInitializer, wanted.id == expr.id else { return nil }
    switch table.shallow(wanted.type) {
    case .reference: return wanted.type
    // `Box<dyn Trait>`: each branch's box coerces on its own.
    case .box(let inner):
      if case .dynTrait = table.shallow(inner) { return wanted.type }
      return nil
    default: return nil
    }
  }

  /// A branch checked with the expectation handed on (to a nested `if`, `match` or block
  /// tail) and coerced to it.
  func checkBranch(_ branch: Expr, expected: TypeTerm?) -> TypedExpr {
    guard let expected else { return checkExpression(branch) }
    let enclosing = annotatedInitializer
    annotatedInitializer = (branch.id, expected)
    defer { annotatedInitializer = enclosing }
    let checked: TypedExpr
    if case .block(let block) = branch.kind {
      let inner = checkBlock(block, expected: expected)
      checked = typed(.block(inner), blockType(inner), branch.span)
    } else {
      checked = checkExpression(branch)
    }
    if table.shallow(checked.type).isNever { return checked }
    return coerce(checked, to: expected)
  }
}
