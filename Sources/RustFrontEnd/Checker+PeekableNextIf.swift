import MemoryModel

/// `it.next_if(|c| …)` and `it.next_if_eq(&x)` on a kept `Peekable`, written out as std's
/// body so the closure runs in a frame of its own:
/// `match self.next() { Some(m) if func(&m) => Some(m), other => { self.peeked = Some(other); None } }`.
extension Checker {
  func checkNextIf(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard method == "next_if" || method == "next_if_eq" else { return nil }
    var place = receiver
    if case .reference(let inner, true) = table.shallow(receiver.type), case .local = receiver.kind {
      place = typed(.deref(receiver), inner, receiver.span)
    }
    guard case .library(.peekable, _) = table.shallow(place.type), let item = libraryIteratorItem(place.type)
    else { return nil }
    guard isPlaceExpression(place) else {
      unsupported("`\(method)` on a `Peekable` that is not held in a variable", at: span)
      return invalid(span)
    }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    if case .local = place.kind, !placeIsMutable(place) {
      ownershipError(
        "cannot borrow `\(placeDescription(place))` as mutable, as it is not declared as mutable",
        at: receiver.span, code: "E0596", label: "cannot borrow as mutable")
    }
    let line = span.start.line
    let itemReference = TypeTerm.reference(item, mutable: false)
    let option = TypeTerm.option(item)
    func local(_ slot: Int) -> TypedExpr { typed(.local(slot), locals[slot].type, span) }
    func bind(_ slot: Int, _ value: TypedExpr) -> TypedStatement {
      let pattern = TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: value.type,
        span: span)
      return TypedStatement(kind: .binding(pattern, value, elseBlock: nil), span: span)
    }
    func block(_ statements: [TypedStatement], tail: TypedExpr?, declared: [Int] = []) -> TypedBlock {
      TypedBlock(statements: statements, tail: tail, declaredSlots: declared, span: span)
    }
    pushScope()
    var statements: [TypedStatement] = []
    // The argument is evaluated before the call's body runs.
    let test: (TypedExpr) -> TypedExpr
    if method == "next_if" {
      guard let closure = stageClosure(arguments[0]) else {
        _ = popScope()
        unsupported("`next_if` with this kind of argument", at: arguments[0].span)
        return invalid(span)
      }
      let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [itemReference])
      guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
      else {
        _ = popScope()
        return invalid(span)
      }
      if !table.unify(signature.returnType, .bool) {
        error(
          "mismatched types: expected `bool`, found `\(table.displayName(signature.returnType))`",
          at: closure.body.span)
      }
      let closureSlot = declareLocal(
        "(next_if closure)", type: value.type, line: line, isMutable: signature.mutatesCaptures)
      statements.append(bind(closureSlot, value))
      test = { self.callHeldClosure(closureSlot, signature, [$0], span: span) }
    } else {
      switch table.shallow(item) {
      case .char, .bool, .integer: break
      default:
        _ = popScope()
        unsupported("`next_if_eq` over items of type `\(table.displayName(item))`", at: span)
        return invalid(span)
      }
      let expected = coerce(checkExpression(arguments[0]), to: itemReference)
      let expectedSlot = declareLocal("(next_if_eq expected)", type: itemReference, line: line)
      statements.append(bind(expectedSlot, expected))
      test = { reference in
        self.typed(
          .comparison(
            .equal, self.typed(.deref(reference), item, span),
            self.typed(.deref(local(expectedSlot)), item, span)),
          .bool, span)
      }
    }
    let next = expandingAdapterNext(
      typed(.builtin(.libraryIterator("next"), arguments: [borrow(place, mutable: true)]), option, span))
    let takenSlot = declareLocal("(next_if item)", type: option, line: line)
    statements.append(bind(takenSlot, next))
    // `Some(ref m) if func(m)`
    pushScope()
    let matchedSlot = declareLocal("(matched)", type: itemReference, line: line)
    let matched = TypedPattern(
      kind: .variant(
        enumName: "Option", variant: 1,
        [
          TypedPattern(
            kind: .binding(slot: matchedSlot, byReference: true, mutable: false, subpattern: nil), type: item,
            span: span)
        ]), type: option, span: span)
    let accepted = block([], tail: test(local(matchedSlot)), declared: popScope())
    let keep = typed(
      .ifLet(matched, local(takenSlot), accepted, typed(.boolean(false), .bool, span)), .bool, span)
    // `other => { self.peeked = Some(other); None }`
    let peeked = typed(.field(place, index: 1), .option(option), span)
    let stored = typed(
      .assign(
        peeked,
        typed(.variant(enumName: "Option", variant: 1, payload: [local(takenSlot)]), .option(option), span)),
      .unit, span)
    let none = typed(.variant(enumName: "Option", variant: 0, payload: []), option, span)
    let putBack = typed(
      .block(block([TypedStatement(kind: .expression(stored), span: span)], tail: none)), option, span)
    let result = typed(.ifElse(keep, block([], tail: local(takenSlot)), putBack), option, span)
    return typed(.block(block(statements, tail: result, declared: popScope())), option, span)
  }
}
