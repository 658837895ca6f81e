import MemoryModel

/// `v.retain(f)`, `v.retain_mut(f)`, `v.dedup()` (of elements that need more than a copy),
/// `v.dedup_by(f)` and `v.dedup_by_key(f)`: `Vec` methods that drop some elements as they walk
/// the rest. std drops each removed element at once, before its next test, so the frees come in
/// the elements' order; each is checked as a loop that does the same, `v.remove(i)` as a
/// statement (the value dropped at its end) where std drops in place. Comparisons are std's:
/// `dedup_by` is handed the element and the last one kept (`same_bucket(current, prev)`),
/// `dedup` compares them with `==`, `dedup_by_key` compares `key(current) == key(prev)`.
extension Checker {
  private static let removingMethods: Set<String> = [
    "retain", "retain_mut", "dedup", "dedup_by", "dedup_by_key",
  ]

  func checkRemovingVecMethod(receiver: Expr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard Self.removingMethods.contains(method) else { return nil }
    var closure: ClosureExpr?
    if method == "dedup" {
      guard arguments.isEmpty else { return nil }
    } else {
      guard arguments.count == 1, case .closure(let written) = arguments[0].kind else { return nil }
      closure = written
    }
    guard isSimplePlace(receiver) else {
      if method == "dedup" { return nil }
      unsupported("calls of `\(method)` on anything but a variable or a field", at: span)
      return invalid(span)
    }
    var target = receiver
    while case .unary(.dereference, let inner) = target.kind { target = inner }
    var vecType = table.shallow(checkExpression(target).type)
    while case .reference(let inner, _) = vecType { vecType = table.shallow(inner) }
    guard case .vec(let element) = vecType else {
      // An array or slice has none of these: the ordinary lookup reports rustc's E0599.
      if method == "dedup" || vecType.isArrayOrSlice { return nil }
      unsupported("calls of `\(method)` on anything but a `Vec`", at: span)
      return invalid(span)
    }
    if method == "dedup" {
      // A copy needs no drop: the library's own `dedup` keeps the first of each run.
      let handWritten = handWrittenComparison(element, "PartialEq") != nil
      guard !isCopy(element) || handWritten, isComparable(element, ordering: false) else { return nil }
    }

    let synthetic = SyntheticExpressions(checker: self, span: span)
    var builder = PipelineBuilder(span: span)
    pushScope()
    if let closure {
      let mutableItem = TypeTerm.reference(element, mutable: true)
      let parameters: [TypeTerm]
      switch method {
      case "retain": parameters = [.reference(element, mutable: false)]
      case "dedup_by": parameters = [mutableItem, mutableItem]
      default: parameters = [mutableItem]
      }
      let value = checkClosure(closure, span: closure.headSpan, expectedParameters: parameters)
      guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
      else {
        _ = popScope()
        return invalid(span)
      }
      if method == "dedup_by_key", containsReference(signature.returnType) {
        // rustc ties no lifetime of the key to its argument, so a key borrowed from the element is
        // a lifetime error there.
        _ = popScope()
        unsupported("`dedup_by_key` with a key that borrows from the element", at: span)
        return invalid(span)
      }
      _ = builder.declare(
        self, "(\(method) closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    }
    let start = checkExpression(synthetic.integer(method.hasPrefix("retain") ? 0 : 1))
    _ = builder.declare(self, "(i)", type: start.type, mutable: true, value: start)

    let i = synthetic.name("(i)")
    let one = synthetic.integer(1)
    let previous = synthetic.make(.binary(.subtract, i, one))
    func call(_ arguments: [Expr]) -> Expr {
      synthetic.make(.call(callee: synthetic.name("(\(method) closure)"), arguments: arguments))
    }
    func onReceiver(_ name: String, _ arguments: [Expr]) -> Expr {
      synthetic.make(.methodCall(receiver: receiver, method: name, generics: [], arguments: arguments))
    }
    func borrowedElement(of base: Expr, at index: Expr, mutable: Bool) -> Expr {
      synthetic.make(.reference(mutable: mutable, synthetic.make(.index(base, index: index))))
    }
    /// `{ let (left, right) = v.split_at_mut(i); test }`: the element and the one kept before it,
    /// both borrowed mutably, as std hands them to the closure.
    func withHalves(_ test: (Expr, Expr) -> Expr) -> Expr {
      func binding(_ name: String) -> Pattern {
        Pattern(
          kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span)
      }
      let halves = Statement(
        kind: .binding(
          pattern: Pattern(kind: .tuple([binding("(left)"), binding("(right)")]), span: span), type: nil,
          initializer: onReceiver("split_at_mut", [i]), elseBlock: nil),
        span: span)
      let current = borrowedElement(of: synthetic.name("(right)"), at: synthetic.integer(0), mutable: true)
      let kept = borrowedElement(of: synthetic.name("(left)"), at: previous, mutable: true)
      return synthetic.make(.block(Block(statements: [halves], tail: test(current, kept), span: span)))
    }
    let removes: Expr
    switch method {
    case "retain":
      removes = synthetic.make(.unary(.not, call([borrowedElement(of: receiver, at: i, mutable: false)])))
    case "retain_mut":
      removes = synthetic.make(.unary(.not, call([borrowedElement(of: receiver, at: i, mutable: true)])))
    case "dedup":
      removes = synthetic.make(
        .binary(
          .equal, synthetic.make(.index(receiver, index: i)),
          synthetic.make(.index(receiver, index: previous))))
    case "dedup_by":
      removes = withHalves { current, kept in call([current, kept]) }
    default:
      removes = withHalves { current, kept in synthetic.make(.binary(.equal, call([current]), call([kept]))) }
    }
    let step = synthetic.make(
      .ifElse(
        condition: removes, then: synthetic.block([onReceiver("remove", [i])]),
        elseBranch: synthetic.make(
          .block(synthetic.block([synthetic.make(.compoundAssign(.add, target: i, value: one))])))))
    let loop = synthetic.make(
      .whileLoop(
        condition: synthetic.make(.binary(.less, i, onReceiver("len", []))), body: synthetic.block([step]),
        label: nil))
    builder.statements.append(TypedStatement(kind: .expression(checkExpression(loop)), span: span))
    let declared = popScope()
    let block = TypedBlock(statements: builder.statements, tail: nil, declaredSlots: declared, span: span)
    return typed(.block(block), .unit, span)
  }

  /// Whether a closure's result holds a reference: a key that borrows from its argument, which
  /// rustc refuses for the keyed methods (their signatures tie no lifetime to the key).
  func containsReference(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .reference: return true
    case .library(_, let inner): return containsReference(inner)
    case .tuple(let items): return items.contains { containsReference($0) }
    case .option(let inner), .vec(let inner), .array(let inner, _), .box(let inner):
      return containsReference(inner)
    default: return false
    }
  }
}

extension TypeTerm {
  fileprivate var isArrayOrSlice: Bool {
    switch self {
    case .array, .slice: return true
    default: return false
    }
  }
}
