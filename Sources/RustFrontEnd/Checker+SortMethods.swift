import MemoryModel

/// `v.sort_by(|a, b| …)`, `v.sort_by_key(|x| …)` and their unstable twins: library methods
/// that call a closure. Each is checked as the loop it runs, as iterator chains are, so every
/// closure call is a frame of its own: an insertion sort (what the standard library's sorts
/// do for the short slices learners sort; stable, so equal keys keep their order).
extension Checker {
  private static let closureSliceMethods: Set<String> = [
    "sort_by", "sort_by_key", "sort_unstable_by", "sort_unstable_by_key",
  ]

  func checkClosureSliceMethod(receiver: Expr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard Self.closureSliceMethods.contains(method), arguments.count == 1,
      case .closure(let closure) = arguments[0].kind
    else { return nil }
    guard isSimplePlace(receiver) else {
      unsupported("calls of `\(method)` on anything but a variable or a field", at: span)
      return invalid(span)
    }
    let comparesPairs = method == "sort_by" || method == "sort_unstable_by"
    if comparesPairs && !usesStandardOrdering {
      unsupported("calls of `\(method)` in a program that declares its own `Ordering`", at: span)
      return invalid(span)
    }
    let synthetic = SyntheticExpressions(checker: self, span: span)
    // The element type, from a view of the receiver that is checked but not run.
    let view = checkExpression(
      synthetic.make(.reference(mutable: false, synthetic.make(.index(receiver, index: synthetic.fullRange))))
    )
    guard case .reference(let sliceType, _) = table.shallow(view.type),
      case .slice(let element) = table.shallow(sliceType)
    else { return invalid(span) }
    var builder = PipelineBuilder(span: span)
    pushScope()
    let itemReference = TypeTerm.reference(element, mutable: false)
    let parameters = comparesPairs ? [itemReference, itemReference] : [itemReference]
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: parameters)
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else {
      _ = popScope()
      return invalid(span)
    }
    if comparesPairs, !table.unify(signature.returnType, .enumeration(Self.orderingName)) {
      // rustc checks the body against the `Ordering` the comparator must return.
      var at = closure.body.span
      if case .block(let body) = closure.body.kind, let tail = body.tail { at = tail.span }
      error(
        "mismatched types: expected `Ordering`, found `\(table.displayName(signature.returnType))`", at: at)
      _ = popScope()
      return invalid(span)
    }
    if !comparesPairs, containsReference(signature.returnType) {
      // rustc: "lifetime may not live long enough" (no code); memtutor does not check it.
      _ = popScope()
      unsupported("`\(method)` with a key that borrows from the element", at: span)
      return invalid(span)
    }
    _ = builder.declare(
      self, "(\(method) closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    let function = synthetic.name("(\(method) closure)")
    func call(_ arguments: [Expr]) -> Expr { synthetic.make(.call(callee: function, arguments: arguments)) }
    func elementAt(_ index: Expr) -> Expr {
      synthetic.make(.reference(mutable: false, synthetic.make(.index(receiver, index: index))))
    }
    func onReceiver(_ name: String, _ arguments: [Expr]) -> Expr {
      synthetic.make(.methodCall(receiver: receiver, method: name, generics: [], arguments: arguments))
    }
    func declareCounter(_ name: String, _ initial: Expr) {
      let checked = checkExpression(initial)
      _ = builder.declare(self, name, type: checked.type, mutable: true, value: checked)
    }
    let i = synthetic.name("(i)")
    let j = synthetic.name("(j)")
    let one = synthetic.integer(1)
    var statements: [TypedExpr] = []
    declareCounter("(len)", onReceiver("len", []))
    declareCounter("(i)", one)
    let previous = synthetic.make(.binary(.subtract, j, one))
    let isLess: Expr
    if method.hasPrefix("sort_unstable"), !ordersWholeScalars(closure, element: element) {
      statements.append(lengthGuard(synthetic.name("(len)"), method: method, span: span))
    }
    if comparesPairs {
      let less = synthetic.make(.path(["std", "cmp", "Ordering", "Less"], generics: []))
      isLess = synthetic.make(.binary(.equal, call([elementAt(j), elementAt(previous)]), less))
    } else {
      isLess = synthetic.make(.binary(.less, call([elementAt(j)]), call([elementAt(previous)])))
    }
    let shift = synthetic.block([
      onReceiver("swap", [j, previous]), synthetic.make(.compoundAssign(.subtract, target: j, value: one)),
    ])
    let inner = synthetic.make(
      .whileLoop(
        condition: synthetic.make(
          .binary(.logicalAnd, synthetic.make(.binary(.greater, j, synthetic.integer(0))), isLess)),
        body: shift, label: nil))
    let outerBody = Block(
      statements: [
        Statement(
          kind: .binding(
            pattern: Pattern(
              kind: .identifier(name: "(j)", mutable: true, byReference: false, subpattern: nil), span: span
            ),
            type: nil, initializer: i, elseBlock: nil), span: span),
        Statement(kind: .expression(inner, hasSemicolon: true), span: span),
        Statement(
          kind: .expression(
            synthetic.make(.compoundAssign(.add, target: i, value: one)), hasSemicolon: true),
          span: span),
      ], tail: nil, span: span)
    statements.append(
      checkExpression(
        synthetic.make(
          .whileLoop(
            condition: synthetic.make(.binary(.less, i, synthetic.name("(len)"))), body: outerBody,
            label: nil
          ))))
    for statement in statements {
      builder.statements.append(TypedStatement(kind: .expression(statement), span: span))
    }
    let declared = popScope()
    let block = TypedBlock(statements: builder.statements, tail: nil, declaredSlots: declared, span: span)
    return typed(.block(block), .unit, span)
  }

  /// A variable, a field of one, or a dereference of one: safe to name more than once.
  func isSimplePlace(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .path(let path, _): return path.count == 1
    case .field(let base, _), .unary(.dereference, let base): return isSimplePlace(base)
    default: return false
    }
  }

  /// std's unstable sort is an insertion sort up to 20 elements, the same one the stable sort
  /// runs, comparing the same pairs; beyond that it is ipnsort, whose order of equal elements
  /// memtutor does not reproduce. The run stops there unless equal elements are the same value.
  private func lengthGuard(_ length: Expr, method: String, span: SourceSpan) -> TypedExpr {
    let checked = checkExpression(length)
    return typed(
      .builtin(.sliceMethod(Self.unstableSortLengthGuard + method), arguments: [checked]), .unit, span)
  }

  /// The builtin (its name followed by the method's) that stops a run whose unstable sort has
  /// more elements than an insertion sort.
  package static let unstableSortLengthGuard = "(unstable sort length) "

  /// Whether the closure orders scalars by their whole value (`|a, b| b.cmp(a)`, `|x| *x`,
  /// `|&x| x`): equal elements are then identical, so every sort leaves the same slice.
  private func ordersWholeScalars(_ closure: ClosureExpr, element: TypeTerm) -> Bool {
    switch table.resolve(element) {
    case .integer, .char, .bool: break
    default: return false
    }
    var names: [String] = []
    for parameter in closure.parameters {
      var pattern = parameter.pattern
      if case .reference(_, let inner) = pattern.kind { pattern = inner }
      guard case .identifier(let name, _, false, nil) = pattern.kind else { return false }
      names.append(name)
    }
    var body = closure.body
    while case .block(let block) = body.kind, block.statements.isEmpty, let tail = block.tail { body = tail }
    func parameterName(_ expr: Expr) -> String? {
      var inner = expr
      while true {
        switch inner.kind {
        case .unary(.dereference, let operand), .reference(false, let operand): inner = operand
        case .path(let path, _) where path.count == 1: return names.contains(path[0]) ? path[0] : nil
        default: return nil
        }
      }
    }
    if names.count == 2 {
      guard names[0] != names[1], case .methodCall(let left, "cmp", _, let arguments) = body.kind,
        arguments.count == 1, let first = parameterName(left), let second = parameterName(arguments[0])
      else { return false }
      return first != second
    }
    return names.count == 1 && parameterName(body) != nil
  }
}
