import MemoryModel

/// `std::thread::scope(|s| { s.spawn(|| …); … })`. The scope's closure runs at once, in place:
/// its body is checked as a block of the enclosing function, with `s` a local pointing at the
/// `Scope` (so the closures given to `s.spawn` capture the function's own locals, by reference,
/// as rustc's scoped threads do). The block ends in a call that waits for every thread the scope
/// spawned, then hands back the body's value.
extension Checker {
  package static let scopeTypeName = "thread::Scope"
  package static let scopedJoinHandlePrefix = "ScopedJoinHandle<"
  /// The hidden local that holds the scope itself; `s` points at it.
  package static let scopeLocalName = "(scope)"

  /// `thread::scope(|s| body)`.
  func checkThreadScope(_ arguments: [Expr], span: SourceSpan) -> TypedExpr {
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    guard case .closure(let closure) = arguments[0].kind else {
      unsupported(
        "`thread::scope` calls given anything but a closure written in the call", at: arguments[0].span)
      return invalid(span)
    }
    guard closureState.enclosing == nil else {
      unsupported("`thread::scope` calls inside closures", at: closure.headSpan)
      return invalid(span)
    }
    guard !closure.isMove, closure.returnType == nil, closure.parameters.count == 1,
      closure.parameters[0].type == nil,
      case .identifier(let name, false, false, nil) = closure.parameters[0].pattern.kind
    else {
      unsupported("`thread::scope` closures other than `|s| …`", at: closure.headSpan)
      return invalid(span)
    }
    declareScopeType(at: span)
    let scopeType = TypeTerm.structure(Self.scopeTypeName)
    let reference = TypeTerm.reference(scopeType, mutable: false)
    let line = closure.headSpan.start.line
    pushScope()
    let scopeSlot = declareLocal(Self.scopeLocalName, type: scopeType, line: line)
    let handleSlot = declareLocal(name, type: reference, line: line)
    // `break`/`continue` cannot leave a closure, nor can `return` or `?` leave the function.
    let savedLoops = loops
    loops = []
    threadScopeBases.append(locals.count)
    let body: TypedExpr
    if case .block(let block) = closure.body.kind {
      let checked = checkBlock(block, expected: nil)
      let type = checked.tail?.type ?? (blockDiverges(checked) ? .never : .unit)
      body = typed(.block(checked), type, closure.body.span)
    } else {
      body = checkExpression(closure.body)
    }
    threadScopeBases.removeLast()
    loops = savedLoops
    let declared = popScope()

    let begin = typed(.builtin(.thread("scope_begin"), arguments: []), scopeType, closure.headSpan)
    let scopePlace = typed(.local(scopeSlot), scopeType, closure.headSpan)
    let statements = [
      binding(scopeSlot, type: scopeType, value: begin, span: closure.headSpan),
      binding(
        handleSlot, type: reference,
        value: typed(.addressOf(scopePlace, mutable: false), reference, closure.headSpan),
        span: closure.headSpan),
    ]
    let handle = typed(.local(handleSlot), reference, closure.headSpan)
    let end = typed(.builtin(.thread("scope_end"), arguments: [body, handle]), body.type, span)
    return typed(
      .block(TypedBlock(statements: statements, tail: end, declaredSlots: declared, span: span)), body.type,
      span)
  }

  /// `s.spawn(closure)` on a `&Scope`: a thread that may borrow the enclosing function's locals.
  /// nil when the receiver is not a scope.
  func checkScopeMethod(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    let scopeReference: TypedExpr
    switch table.shallow(receiver.type) {
    case .reference(let inner, _):
      guard case .structure(Self.scopeTypeName) = table.shallow(inner) else { return nil }
      scopeReference = receiver
    default:
      return nil
    }
    guard method == "spawn" else {
      unsupported("the method `Scope::\(method)`", at: span)
      return invalid(span)
    }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    guard let spawned = checkSpawnedClosure(arguments[0], span: span, mayBorrow: true) else {
      return invalid(span)
    }
    guard
      let handle = joinHandleType(
        result: spawned.signature.returnType, at: spawned.headSpan, prefix: Self.scopedJoinHandlePrefix)
    else { return invalid(span) }
    return typed(
      .builtin(
        .threadSpawn(function: spawned.signature.functionIndex), arguments: [scopeReference, spawned.value]),
      handle, span)
  }

  /// The library's `Scope`: one word (its `Arc` of the scope's shared data; memtutor keeps
  /// the number of the scope there).
  private func declareScopeType(at span: SourceSpan) {
    guard structs[Self.scopeTypeName] == nil else { return }
    structs[Self.scopeTypeName] = StructInfo(
      name: Self.scopeTypeName, fields: [("data", .usize)], shape: .named, derives: [], span: span)
  }

  private func binding(_ slot: Int, type: TypeTerm, value: TypedExpr, span: SourceSpan) -> TypedStatement {
    let pattern = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: type, span: span)
    return TypedStatement(kind: .binding(pattern, value, elseBlock: nil), span: span)
  }

  /// `return` and `?` inside a scope's closure would leave the closure, not the function.
  func refuseLeavingThreadScope(at span: SourceSpan) -> Bool {
    guard !threadScopeBases.isEmpty else { return false }
    unsupported("`return` and `?` inside a `thread::scope` closure", at: span)
    return true
  }
}
