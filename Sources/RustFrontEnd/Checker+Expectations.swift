/// What an `if` or `match` is expected to produce, passed down to its branches: with a
/// reference type expected (a function returning `&str`), each branch is coerced to it on its
/// own, so `if c { fallback } else { &self.title }` is a `&str` either way, as in rustc.
extension Checker {
  /// The reference type the context wants of `expr`, if the context says.
  func expectedReference(for expr: Expr) -> TypeTerm? {
    guard let wanted = annotatedInitializer, wanted.id == expr.id else { return nil }
    let shallow = table.shallow(wanted.type)
    // `fn(&str) -> String`: each branch's closure takes its parameter types from the pointer
    // and coerces to it on its own (two closures never share a type).
    if shallow.functionPointerSignature != nil { return wanted.type }
    switch shallow {
    case .reference: return wanted.type
    // `Box<dyn Trait>`: each branch's box coerces on its own.
    case .box(let inner):
      if case .dynTrait = table.shallow(inner) { return wanted.type }
      return nil
    default: return nil
    }
  }

  /// The type each branch of an `if` or `match` is coerced to: a wanted reference, or a
  /// function pointer wanted of it (`[if c { |x| x + 1 } else { |x| x }, f]` of `[fn(i32) -> i32; 2]`).
  func expectedBranchType(for expr: Expr, wanted: TypeTerm?) -> TypeTerm? {
    if let reference = expectedReference(for: expr) { return reference }
    guard let wanted, table.shallow(wanted).functionPointerSignature != nil else { return nil }
    return wanted
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

  /// An `if`'s `else` branch; a nested `else if` learns the type the context wants, so its
  /// branches are measured against it as rustc measures them.
  func checkElseBranch(_ branch: Expr, expected: TypeTerm?, wanted: TypeTerm?) -> TypedExpr {
    if expected != nil { return checkBranch(branch, expected: expected) }
    guard let wanted else { return checkExpression(branch) }
    switch branch.kind {
    case .ifElse, .ifLet:
      let enclosing = annotatedInitializer
      annotatedInitializer = (branch.id, wanted)
      defer { annotatedInitializer = enclosing }
      return checkExpression(branch)
    default:
      return checkExpression(branch)
    }
  }

  /// The type the context wants of an `if` or `match`, when it is settled: rustc coerces each
  /// branch to it, so a branch that differs is a mismatch with it, not with the first branch.
  func settledExpectation(_ wanted: TypeTerm?) -> TypeTerm? {
    guard let wanted else { return nil }
    let settled = table.resolve(wanted)
    if settled.containsVariables || settled.isNever || isUnit(settled) { return nil }
    return settled
  }

  /// Reports the first branch, in source order, whose type is not the wanted one.
  func reportAgainstExpectation(_ wanted: TypeTerm, branches: [(type: TypeTerm, value: SourceSpan)]) {
    for branch in branches where !table.shallow(branch.type).isNever && !table.unify(branch.type, wanted) {
      error(
        "mismatched types: expected `\(table.displayName(wanted))`, found `\(table.displayName(branch.type))`",
        at: branch.value)
      return
    }
  }

  /// The value a branch ends with: rustc points into a block at its tail.
  func branchValue(_ branch: TypedExpr) -> TypedExpr {
    var value = branch
    while case .block(let block) = value.kind, let tail = block.tail { value = tail }
    return value
  }

  /// The branch rustc reports when a written `if` or `match` as a whole is not the type its
  /// context wants: rustc checks each branch against that type, so the first one that differs
  /// is the mismatch (`if c { "a" } else { "b" }` where an `i32` is returned points at `"a"`).
  /// Nil for anything else, and for the `match`es the checker writes itself (`?`).
  func firstBranchMismatching(_ expr: TypedExpr, wanted: TypeTerm) -> TypedExpr? {
    let branches: [TypedExpr]
    switch expr.kind {
    case .ifElse(_, let thenBlock, let elseBranch?), .ifLet(_, _, let thenBlock, let elseBranch?):
      guard sourceText(expr.span).hasPrefix("if") else { return nil }
      branches = [typed(.block(thenBlock), blockType(thenBlock), thenBlock.span), elseBranch]
    case .match(_, let arms):
      guard sourceText(expr.span).hasPrefix("match") else { return nil }
      branches = arms.map(\.body)
    default:
      return nil
    }
    for branch in branches {
      let value = branchValue(branch)
      if table.shallow(value.type).isNever || fitsAnyNumber(value, wanted) { continue }
      if table.unify(value.type, wanted) { continue }
      return firstBranchMismatching(value, wanted: wanted) ?? value
    }
    return nil
  }

  /// An unsuffixed literal takes the wanted number type, whatever its neighbours made it.
  private func fitsAnyNumber(_ value: TypedExpr, _ wanted: TypeTerm) -> Bool {
    let digits = sourceText(value.span).allSatisfy { $0.isNumber || $0 == "_" || $0 == "." }
    switch (value.kind, table.shallow(wanted)) {
    case (.integer, .integer): return digits && !sourceText(value.span).contains(".")
    case (.float, .float): return digits
    default: return false
    }
  }

  /// A written `if` or `match`, whose branches a wanted type is handed to.
  func isBranching(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .ifElse, .ifLet, .match: return true
    default: return false
    }
  }
}
