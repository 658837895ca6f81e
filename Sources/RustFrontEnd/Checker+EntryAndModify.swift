import MemoryModel

/// `map.entry(key).and_modify(|v| …).or_insert(value)` (or `or_insert_with`, `or_default`):
/// checked as the block
///
///     { let (entry key) = key;
///       if let Some(v) = map.get_mut(&(entry key)) { … }
///       map.entry((entry key)).or_insert(value) }
///
/// which runs what std runs in the same order: the closure on an occupied entry's value, then
/// the default made, then the key (and an unused default) dropped, or both inserted. Only a
/// map named by a place (`counts`, `self.counts`) qualifies, as the block names it twice, and
/// only a closure written there whose captures are all `Copy`: moving a value into the closure
/// would drop it elsewhere than std does.
extension Checker {
  func checkEntryAndModify(
    receiver: Expr, method: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr? {
    guard ["or_insert", "or_insert_with", "or_default"].contains(method), generics.isEmpty,
      case .methodCall(let modified, "and_modify", let modifyGenerics, let closures) = receiver.kind,
      case .methodCall(let map, "entry", let entryGenerics, let keys) = modified.kind
    else { return nil }
    let nameSpan = methodNameSpan(receiver: modified, method: "and_modify", span: modified.span)
    guard modifyGenerics.isEmpty, entryGenerics.isEmpty, keys.count == 1, closures.count == 1,
      case .closure(let closure) = closures[0].kind, closure.forwardedFunction == nil, !closure.isMove,
      closure.parameters.count == 1, closure.parameters[0].type == nil, closure.returnType == nil,
      isPlaceExpression(map), capturesOnlyCopies(closure)
    else {
      unsupported(
        "this `and_modify` (memtutor runs a closure written there that captures only `Copy` values, on a map named by a variable or field)",
        at: nameSpan)
      return invalid(span)
    }
    let make = SyntheticExpressions(checker: self, span: span)
    let keyName = "(entry key)"
    let keyPattern = Pattern(
      kind: .identifier(name: keyName, mutable: false, byReference: false, subpattern: nil),
      span: keys[0].span)
    let bindKey = Statement(
      kind: .binding(pattern: keyPattern, type: nil, initializer: keys[0], elseBlock: nil), span: keys[0].span
    )
    let borrowedKey = make.make(.reference(mutable: false, make.name(keyName)))
    let found = make.make(
      .methodCall(receiver: map, method: "get_mut", generics: [], arguments: [borrowedKey]))
    let some = Pattern(
      kind: .tupleStruct(path: ["Some"], elements: [closure.parameters[0].pattern]), span: span)
    let body = Block(
      statements: [Statement(kind: .expression(closure.body, hasSemicolon: true), span: closure.body.span)],
      tail: nil, span: closure.body.span)
    let modify = make.make(.ifLet(pattern: some, scrutinee: found, then: body, elseBranch: nil))
    let entry = make.make(
      .methodCall(receiver: map, method: "entry", generics: [], arguments: [make.name(keyName)]))
    let finish = make.make(.methodCall(receiver: entry, method: method, generics: [], arguments: arguments))
    let block = Block(
      statements: [bindKey, Statement(kind: .expression(modify, hasSemicolon: true), span: span)],
      tail: finish,
      span: span)
    return checkExpression(make.make(.block(block)))
  }

  /// A place read twice gives the same map: a variable, its fields, a dereference of one.
  private func isPlaceExpression(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .path(let path, let generics): return path.count == 1 && generics.isEmpty
    case .field(let base, _): return isPlaceExpression(base)
    case .unary(.dereference, let base): return isPlaceExpression(base)
    default: return false
    }
  }

  /// Whether every local the closure's body names is `Copy` (so capturing it moves nothing),
  /// and the body has no `return`, `break`, `continue` or `?`, which would leave the closure
  /// in std but the enclosing function or loop once written out.
  private func capturesOnlyCopies(_ closure: ClosureExpr) -> Bool {
    var names: Set<String> = []
    var leaves = false
    func visit(_ value: Any, depth: Int) {
      guard depth < 400, !leaves else {
        leaves = true
        return
      }
      if let expr = value as? Expr {
        switch expr.kind {
        case .path(let path, _) where path.count == 1: names.insert(path[0])
        case .returnValue, .breakLoop, .continueLoop, .closure: leaves = true
        case .methodCall(_, "?", _, _): leaves = true
        default: break
        }
      }
      for child in Mirror(reflecting: value).children { visit(child.value, depth: depth + 1) }
    }
    visit(closure.body, depth: 0)
    if leaves { return false }
    var bound: Set<String> = []
    visitBindings(closure.parameters[0].pattern, into: &bound)
    for name in names.subtracting(bound) {
      guard let slot = lookupLocal(name) else { continue }
      if !isCopy(locals[slot].type) { return false }
    }
    return true
  }

  private func visitBindings(_ value: Any, into names: inout Set<String>, depth: Int = 0) {
    guard depth < 100 else { return }
    if let pattern = value as? Pattern, case .identifier(let name, _, _, _) = pattern.kind {
      names.insert(name)
    }
    for child in Mirror(reflecting: value).children {
      visitBindings(child.value, into: &names, depth: depth + 1)
    }
  }
}
