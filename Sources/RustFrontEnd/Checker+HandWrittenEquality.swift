import MemoryModel

/// `assert_eq!`/`assert_ne!` and `v.contains(&x)` over a type whose `PartialEq` is written by
/// hand, checked as the code std runs so that `==` calls the impl's `eq`: the assertion as
/// `match (&left, &right) { (l, r) => if !(*l == *r) { panic!(…) } }` with std's message, and
/// `contains` as the loop of `iter().any(|y| *y == *x)`.
extension Checker {
  /// True when `type` is a struct or enum of the program's own whose `PartialEq` it wrote by hand.
  func hasHandWrittenEquality(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name):
      let display = table.instances[name] != nil ? table.displayName(type) : name
      return handWrittenComparisons[display]?["PartialEq"] != nil
    default: return false
    }
  }

  /// `assert_eq!(left, right)` / `assert_ne!` without a message, both values already checked.
  func handWrittenAssertEqual(left: TypedExpr, right: TypedExpr, isEqual: Bool, span: SourceSpan) -> TypedExpr
  {
    let synthetic = SyntheticExpressions(checker: self, span: span)
    let base = embeddedExpressions.count
    embeddedExpressions += [left, right]
    defer { embeddedExpressions.removeLast(2) }
    let leftName = "(assert left)"
    let rightName = "(assert right)"
    let pair = synthetic.make(
      .tuple([
        synthetic.make(.reference(mutable: false, embedded(base, synthetic))),
        synthetic.make(.reference(mutable: false, embedded(base + 1, synthetic))),
      ]))
    let pattern = Pattern(
      kind: .tuple([
        bindingPattern(named: leftName, span: span), bindingPattern(named: rightName, span: span),
      ]),
      span: span)
    var test = synthetic.make(
      .binary(
        .equal, synthetic.make(.unary(.dereference, synthetic.name(leftName))),
        synthetic.make(.unary(.dereference, synthetic.name(rightName)))))
    if isEqual { test = synthetic.make(.unary(.not, test)) }
    let message = "assertion `left \(isEqual ? "==" : "!=") right` failed\n  left: {:?}\n right: {:?}"
    let failure = synthetic.make(
      .macro(
        name: "panic",
        arguments: [
          MacroArgument(name: nil, value: synthetic.make(.string(message))),
          MacroArgument(name: nil, value: synthetic.name(leftName)),
          MacroArgument(name: nil, value: synthetic.name(rightName)),
        ]))
    let check = synthetic.make(
      .ifElse(condition: test, then: synthetic.block([failure]), elseBranch: nil))
    let arm = MatchArm(pattern: pattern, guardExpression: nil, body: check, span: span)
    let checked = checkExpression(synthetic.make(.match(scrutinee: pair, arms: [arm])))
    return checked
  }

  /// `v.contains(&x)` on a `Vec`, array or slice of such a type (nil for any other call).
  func checkHandWrittenContains(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard method == "contains", arguments.count == 1 else { return nil }
    var target = table.shallow(receiver.type)
    while case .reference(let inner, _) = target { target = table.shallow(inner) }
    let element: TypeTerm
    switch target {
    case .vec(let item), .array(let item, _), .slice(let item): element = item
    default: return nil
    }
    guard hasHandWrittenEquality(element) else { return nil }
    let probe = coerce(checkExpression(arguments[0]), to: .reference(element, mutable: false))
    let synthetic = SyntheticExpressions(checker: self, span: span)
    let base = embeddedExpressions.count
    embeddedExpressions += [receiver, probe]
    defer { embeddedExpressions.removeLast(2) }
    let probeName = "(contains probe)"
    let foundName = "(contains found)"
    let elementName = "(contains element)"
    func binding(_ name: String, mutable: Bool, _ value: Expr) -> Statement {
      Statement(
        kind: .binding(
          pattern: Pattern(
            kind: .identifier(name: name, mutable: mutable, byReference: false, subpattern: nil), span: span),
          type: nil, initializer: value, elseBlock: nil),
        span: span)
    }
    let equal = synthetic.make(
      .binary(
        .equal, synthetic.make(.unary(.dereference, synthetic.name(elementName))),
        synthetic.make(.unary(.dereference, synthetic.name(probeName)))))
    let found = synthetic.block([
      synthetic.make(.assign(target: synthetic.name(foundName), value: synthetic.make(.boolean(true)))),
      synthetic.make(.breakLoop(label: nil, value: nil)),
    ])
    let loop = synthetic.make(
      .forLoop(
        pattern: bindingPattern(named: elementName, span: span),
        iterable: synthetic.make(
          .methodCall(receiver: embedded(base, synthetic), method: "iter", generics: [], arguments: [])),
        body: synthetic.block([synthetic.make(.ifElse(condition: equal, then: found, elseBranch: nil))]),
        label: nil))
    let block = Block(
      statements: [
        binding(probeName, mutable: false, embedded(base + 1, synthetic)),
        binding(foundName, mutable: true, synthetic.make(.boolean(false))),
        Statement(kind: .expression(loop, hasSemicolon: true), span: span),
      ],
      tail: synthetic.name(foundName), span: span)
    return checkExpression(synthetic.make(.block(block)))
  }

  private func embedded(_ index: Int, _ synthetic: SyntheticExpressions) -> Expr {
    synthetic.make(
      .macro(
        name: Self.embeddedMacro,
        arguments: [MacroArgument(name: nil, value: synthetic.integer(UInt128(index)))]))
  }

  private func bindingPattern(named name: String, span: SourceSpan) -> Pattern {
    Pattern(kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span)
  }
}
