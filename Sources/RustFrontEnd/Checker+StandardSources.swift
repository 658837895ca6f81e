import MemoryModel

/// `std::iter`'s sources a learner reaches for, written as the chains they behave as, so the
/// chain machinery runs them: `repeat(x).take(n)` is `(0usize..n).map(…)` giving `x` for each
/// item without a closure (`x` held in the chain's block, cloned for a value that is not `Copy`:
/// `Take<Repeat<T>>` clones the value it holds for each item, and its size hint is `n`, as the
/// range's is; kept as a value of a `Copy` type it is std's `Take<Repeat<T>>`, `Checker+KeptAdapters`), and `from_fn(|| body)` is
/// `(0usize..).scan((), |_, _| body)` (the closure's first `None` ends both; neither has a
/// lower size bound), and `successors(first, |p| body)` is the same scan holding the next item,
/// which is taken and replaced by `body` before it is yielded, as `Successors::next` does
/// (a size hint of 1 instead of 0 changes no capacity: `collect` starts at 4 and doubles either
/// way). Anything else made from them is refused where it is named.
extension Checker {
  /// `expr` with such a source at the bottom of its chain written out, or nil when there is none.
  func rewritingStandardSources(_ expr: Expr) -> Expr? {
    switch expr.kind {
    case .methodCall(let receiver, "take", let generics, let arguments)
    where generics.isEmpty && arguments.count == 1:
      if case .call(let callee, let values) = receiver.kind, isStandardIteratorFunction(callee, "repeat") {
        // Anything else is refused as the path it names.
        guard values.count == 1, let repeated = repeatedValue(values[0]) else { return nil }
        return repeatTaken(repeated, count: arguments[0], call: expr)
      }
      return rewritingReceiver(of: expr)
    case .call(let callee, let arguments) where isStandardIteratorFunction(callee, "from_fn"):
      guard arguments.count == 1, case .closure(let closure) = arguments[0].kind, closure.parameters.isEmpty
      else { return nil }
      return generatorScan(closure, call: expr)
    case .call(let callee, let arguments) where isStandardIteratorFunction(callee, "successors"):
      guard arguments.count == 2, case .closure(let closure) = arguments[1].kind,
        closure.parameters.count == 1, !closure.isMove
      else { return nil }
      // Written into the stage's closure, `?` and `return` would leave that closure instead.
      let body = sourceText(closure.body.span)
      guard !body.contains("?"), !body.contains("return") else { return nil }
      return successorScan(first: arguments[0], closure, call: expr)
    case .methodCall(let receiver, "rev", let generics, let arguments)
    where generics.isEmpty && arguments.isEmpty:
      return reversedBelowStages(receiver, call: expr) ?? rewritingReceiver(of: expr)
    case .methodCall:
      return rewritingReceiver(of: expr)
    default:
      return nil
    }
  }

  /// A call of `from_fn`, `successors` or `repeat` reached as a value (a chain consuming it in
  /// place was written out before its call is checked): refused, reported here.
  @inline(never)
  func refusesStandardSourceCall(_ expr: Expr) -> Bool {
    guard case .call(let callee, _) = expr.kind else { return false }
    if rewritingStandardSources(expr) != nil {
      unsupported("an `iter::from_fn` or `iter::successors` iterator kept as a value", at: expr.span)
      return true
    }
    for name in ["repeat", "from_fn", "successors"] where isStandardIteratorFunction(callee, name) {
      // Imported, the name is known; only the uses written out as chains run.
      unsupported("this use of `std::iter::\(name)`", at: expr.span)
      return true
    }
    return false
  }

  private func rewritingReceiver(of expr: Expr) -> Expr? {
    guard case .methodCall(let receiver, let method, let generics, let arguments) = expr.kind,
      let rewritten = rewritingStandardSources(receiver)
    else { return nil }
    return Expr(
      id: expr.id,
      kind: .methodCall(receiver: rewritten, method: method, generics: generics, arguments: arguments),
      span: expr.span)
  }

  /// Whether `callee` names `std::iter::NAME`: in full, through `use std::iter;`, or imported.
  func isStandardIteratorFunction(_ callee: Expr, _ name: String) -> Bool {
    guard case .path(var path, let generics) = callee.kind, generics.isEmpty else { return false }
    if path.first == "core" { path[0] = "std" }
    if path.count == 1, lookupLocal(name) != nil || functionsByName[name] != nil { return false }
    if let first = path.first, let imported = imports[first], path.count <= 2 {
      path = imported + path.dropFirst()
    }
    return path == ["std", "iter", name]
  }

  /// What each item of `repeat(x)` is made from: a literal as it is, a variable moved into the
  /// closure (cloned per item unless it is `Copy`). Nil for anything else, which would be
  /// evaluated once per item.
  private func repeatedValue(_ value: Expr) -> (expr: Expr, clones: Bool)? {
    switch value.kind {
    case .integer, .float, .string, .character, .boolean:
      return (value, false)
    case .unary(.negate, let operand):
      if case .integer = operand.kind { return (value, false) }
      if case .float = operand.kind { return (value, false) }
      return nil
    case .path(let path, let generics) where path.count == 1 && generics.isEmpty:
      guard let slot = lookupLocal(path[0]) else { return nil }
      let type = table.resolve(locals[slot].type)
      if isCopy(type) { return (value, false) }
      guard isClone(type), !type.containsVariables else { return nil }
      if case .reference = type { return nil }
      return (value, true)
    default:
      return nil
    }
  }

  private func repeatTaken(_ repeated: (expr: Expr, clones: Bool), count: Expr, call: Expr) -> Expr {
    let span = call.span
    var nextID = -7_000_000 - 16 * call.id
    func make(_ kind: Expr.Kind) -> Expr {
      nextID -= 1
      return Expr(id: nextID, kind: kind, span: span)
    }
    let zero = make(.integer(0, suffix: "usize"))
    let range = make(.range(low: zero, high: count, inclusive: false))
    // Marked, not a closure: a chain gives the value (a copy or a clone) in the `map`'s place
    // without a closure the learner never wrote (`repeatedValue(marking:)`).
    let marked = make(
      .methodCall(receiver: repeated.expr, method: Self.repeatedValueMarker, generics: [], arguments: []))
    return Expr(
      id: call.id,
      kind: .methodCall(receiver: range, method: "map", generics: [], arguments: [marked]),
      span: span)
  }

  /// The method name (no program can write it) that marks the argument of `repeat`'s `map`.
  static let repeatedValueMarker = "(repeated value)"

  /// The function index of a chain's `map` stage that gives its held value, no closure.
  static let repeatedValueFunction = -2

  /// The repeated value of `repeat(x).take(n)` written as `map(x.(repeated value)())`; nil for
  /// any other argument.
  func repeatedValue(marking argument: Expr) -> Expr? {
    guard case .methodCall(let value, Self.repeatedValueMarker, _, _) = argument.kind else { return nil }
    return value
  }

  private func generatorScan(_ generator: ClosureExpr, call: Expr) -> Expr {
    let span = call.span
    var nextID = -7_000_008 - 16 * call.id
    func make(_ kind: Expr.Kind) -> Expr {
      nextID -= 1
      return Expr(id: nextID, kind: kind, span: span)
    }
    let zero = make(.integer(0, suffix: "usize"))
    let endless = make(.range(low: zero, high: nil, inclusive: false))
    openRangeConsumers.insert(endless.id)
    let ignored = ClosureExpr.Parameter(pattern: Pattern(kind: .wildcard, span: span), type: nil)
    var stage = generator
    stage.parameters = [ignored, ignored]
    return Expr(
      id: call.id,
      kind: .methodCall(
        receiver: endless, method: "scan", generics: [], arguments: [make(.tuple([])), make(.closure(stage))]),
      span: span)
  }

  private func successorScan(first: Expr, _ successor: ClosureExpr, call: Expr) -> Expr {
    let span = call.span
    var nextID = -7_000_024 - 16 * call.id
    func make(_ kind: Expr.Kind) -> Expr {
      nextID -= 1
      return Expr(id: nextID, kind: kind, span: span)
    }
    func binding(_ name: String) -> Pattern {
      Pattern(kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span)
    }
    let state = "(successor)"
    let item = "(item)"
    let zero = make(.integer(0, suffix: "usize"))
    let endless = make(.range(low: zero, high: nil, inclusive: false))
    openRangeConsumers.insert(endless.id)
    let taken = make(
      .methodCall(receiver: make(.path([state], generics: [])), method: "take", generics: [], arguments: []))
    let itemReference = make(.reference(mutable: false, make(.path([item], generics: []))))
    let parameter = successor.parameters[0]
    let bound = Statement(
      kind: .binding(
        pattern: parameter.pattern, type: parameter.type, initializer: itemReference, elseBlock: nil),
      span: span)
    let stored = make(
      .assign(target: make(.unary(.dereference, make(.path([state], generics: [])))), value: successor.body))
    let yielded = make(
      .call(callee: make(.path(["Some"], generics: [])), arguments: [make(.path([item], generics: []))]))
    let step = Block(
      statements: [bound, Statement(kind: .expression(stored, hasSemicolon: true), span: span)],
      tail: yielded,
      span: span)
    let arms = [
      MatchArm(
        pattern: Pattern(kind: .path(["None"]), span: span), guardExpression: nil,
        body: make(.path(["None"], generics: [])), span: span),
      MatchArm(
        pattern: Pattern(kind: .tupleStruct(path: ["Some"], elements: [binding(item)]), span: span),
        guardExpression: nil, body: make(.block(step)), span: span),
    ]
    let stage = ClosureExpr(
      isMove: false,
      parameters: [
        ClosureExpr.Parameter(pattern: binding(state), type: nil),
        ClosureExpr.Parameter(pattern: Pattern(kind: .wildcard, span: span), type: nil),
      ],
      returnType: nil, body: make(.match(scrutinee: taken, arms: arms)), headSpan: successor.headSpan)
    return Expr(
      id: call.id,
      kind: .methodCall(
        receiver: endless, method: "scan", generics: [], arguments: [first, make(.closure(stage))]),
      span: span)
  }

  /// `v.iter().map(f).rev()` as `v.iter().rev().map(f)`: `Rev` asks `Map` (or `Filter`,
  /// `FilterMap`, `Cloned`, `Copied`) for `next_back`, which asks its iterator for `next_back`
  /// and calls the closure on that item, so the closure meets the items in the same order
  /// either way. Nil when `receiver` is no such stage.
  private func reversedBelowStages(_ receiver: Expr, call: Expr) -> Expr? {
    guard case .methodCall(let inner, let stage, let generics, let arguments) = receiver.kind,
      Self.reversibleStages.contains(stage), generics.isEmpty,
      arguments.count == (["cloned", "copied"].contains(stage) ? 0 : 1), isIteratorChain(inner)
    else { return nil }
    let reversedInner =
      reversedBelowStages(inner, call: call)
      ?? Expr(
        id: -7_000_040 - 16 * receiver.id,
        kind: .methodCall(receiver: inner, method: "rev", generics: [], arguments: []), span: call.span)
    return Expr(
      id: call.id,
      kind: .methodCall(receiver: reversedInner, method: stage, generics: generics, arguments: arguments),
      span: receiver.span)
  }

  private static let reversibleStages: Set<String> = ["map", "filter", "filter_map", "cloned", "copied"]
}
