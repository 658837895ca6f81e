import MemoryModel

/// `a.chars().eq(b.chars().rev())`, `v.iter().eq(w.iter())`, `x.iter().lt(y.iter())`:
/// `Iterator`'s comparisons, written out as the loop std's `iter_compare` runs. Both iterators
/// are kept in locals of a block; each turn takes the left one's next item, then the right
/// one's, and a side that runs out first, or a pair that differs, decides the answer (`eq`
/// compares with `==`, the orderings with `partial_cmp`, which for std's items is `!=` then
/// `<`). Only iterators without closures over items that need no drop are taken: std skips the
/// walk when two `TrustedLen` iterators differ in length, which only a closure could show, and
/// the items are then dropped in no order that matters.
extension Checker {
  private static let iteratorComparisons: Set<String> = ["eq", "ne", "lt", "le", "gt", "ge"]

  /// Nil when the call is not a comparison of two such iterators.
  func checkIteratorComparison(
    receiver: Expr, method: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr? {
    guard Self.iteratorComparisons.contains(method), generics.isEmpty, arguments.count == 1,
      isComparableIterator(receiver), isComparableIterator(arguments[0])
    else { return nil }
    let synthetic = SyntheticExpressions(checker: self, span: span)
    let compared = SyntheticExpressions(checker: self, span: arguments[0].span)
    let left = "(\(method) left)"
    let right = "(\(method) right)"
    let leftItem = "(\(method) left item)"
    let rightItem = "(\(method) right item)"
    func binding(_ name: String, _ value: Expr) -> Statement {
      let pattern = Pattern(
        kind: .identifier(name: name, mutable: true, byReference: false, subpattern: nil), span: span)
      return Statement(
        kind: .binding(pattern: pattern, type: nil, initializer: value, elseBlock: nil), span: span)
    }
    func next(_ name: String) -> Expr {
      synthetic.make(.methodCall(receiver: synthetic.name(name), method: "next", generics: [], arguments: []))
    }
    func leave(_ value: Expr) -> Expr { synthetic.make(.breakLoop(label: nil, value: value)) }
    func boolean(_ value: Bool) -> Expr { synthetic.make(.boolean(value)) }
    func rightIs(_ test: String) -> Expr {
      synthetic.make(.methodCall(receiver: next(right), method: test, generics: [], arguments: []))
    }
    // What the answer is when the left runs out first, when the right does, and when a pair differs.
    let leftEnds: Expr
    let rightEnds: Bool
    let differing: BinaryOperator?
    switch method {
    case "eq": (leftEnds, rightEnds, differing) = (rightIs("is_none"), false, nil)
    case "ne": (leftEnds, rightEnds, differing) = (rightIs("is_some"), true, nil)
    case "lt": (leftEnds, rightEnds, differing) = (rightIs("is_some"), false, .less)
    case "le": (leftEnds, rightEnds, differing) = (boolean(true), false, .lessEqual)
    case "gt": (leftEnds, rightEnds, differing) = (boolean(false), true, .greater)
    default: (leftEnds, rightEnds, differing) = (rightIs("is_none"), true, .greaterEqual)
    }
    let x = compared.name(leftItem)
    let y = compared.name(rightItem)
    let differs = compared.make(.binary(.notEqual, x, y))
    let answer = differing.map {
      compared.make(.binary($0, compared.name(leftItem), compared.name(rightItem)))
    }
    let decided = Block(
      statements: [
        Statement(kind: .expression(leave(answer ?? boolean(method == "ne")), hasSemicolon: true), span: span)
      ],
      tail: nil, span: span)
    let step = synthetic.make(.ifElse(condition: differs, then: decided, elseBranch: nil))
    func arms(some name: String, then: Expr, none: Expr) -> [MatchArm] {
      let item = Pattern(
        kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span)
      return [
        MatchArm(
          pattern: Pattern(kind: .path(["None"]), span: span), guardExpression: nil, body: none, span: span),
        MatchArm(
          pattern: Pattern(kind: .tupleStruct(path: ["Some"], elements: [item]), span: span),
          guardExpression: nil,
          body: then, span: span),
      ]
    }
    let inner = synthetic.make(
      .match(scrutinee: next(right), arms: arms(some: rightItem, then: step, none: leave(boolean(rightEnds))))
    )
    let outer = synthetic.make(
      .match(scrutinee: next(left), arms: arms(some: leftItem, then: inner, none: leave(leftEnds))))
    let body = Block(
      statements: [Statement(kind: .expression(outer, hasSemicolon: false), span: span)], tail: nil,
      span: span)
    let walk = synthetic.make(.loop(body: body, label: nil))
    let block = Block(
      statements: [binding(left, receiver), binding(right, arguments[0])], tail: walk, span: span)
    return checkExpression(synthetic.make(.block(block)))
  }

  /// `s.chars()`, `v.iter()` (or either `.rev()`), `(1..5)`, each optionally `.copied()`,
  /// `.skip(n)` or `.take(n)`: no closure, items that are `Copy`.
  private func isComparableIterator(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .range(let low, let high, _):
      return low != nil && high != nil
    case .methodCall(let inner, let name, let generics, let arguments) where generics.isEmpty:
      switch name {
      case "iter", "chars":
        return arguments.isEmpty && isLastingSource(inner)
      case "rev":
        // Kept as std's `Rev` over a slice's or a text's iterator (`storedIterator`).
        guard arguments.isEmpty, case .methodCall(let source, let made, _, let none) = inner.kind,
          none.isEmpty
        else { return false }
        return (made == "iter" || made == "chars") && isLastingSource(source)
      case "copied":
        return arguments.isEmpty && isComparableIterator(inner)
      case "skip", "take":
        guard arguments.count == 1, case .integer = arguments[0].kind else { return false }
        return isComparableIterator(inner)
      default:
        return false
      }
    default:
      return false
    }
  }

  /// A variable, a field or element of one, or a text literal: what the iterator borrows
  /// outlives the locals the comparison keeps it in. (A temporary, `[1, 2].iter()`, lives to
  /// the end of the learner's statement, but only to the end of such a local's `let`.)
  private func isLastingSource(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .path(let path, _): return path.count == 1 && resolveLocal(path[0]) != nil
    case .string: return true
    case .field(let base, _), .index(let base, _), .unary(.dereference, let base):
      return isLastingSource(base)
    default: return false
    }
  }
}
