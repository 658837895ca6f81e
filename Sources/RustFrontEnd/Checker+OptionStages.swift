/// The loop steps of chain stages whose closure answers with an `Option`: `scan` (a `None`
/// ends the chain) and `find_map` (the first `Some` is the answer).
extension Checker {
  private func optionArms(_ result: TypedExpr, some: (Int) -> TypedExpr, none: TypedExpr) -> [TypedArm]? {
    guard case .option(let keptType) = table.shallow(result.type) else { return nil }
    let span = result.span
    let keptSlot = declareLocal("(kept)", type: keptType, line: span.start.line)
    let binding = TypedPattern(
      kind: .binding(slot: keptSlot, byReference: false, mutable: false, subpattern: nil), type: keptType,
      span: span)
    let somePattern = TypedPattern(
      kind: .variant(enumName: "Option", variant: 1, [binding]), type: result.type, span: span)
    let nonePattern = TypedPattern(
      kind: .variant(enumName: "Option", variant: 0, []), type: result.type, span: span)
    return [
      TypedArm(pattern: somePattern, guardExpression: nil, body: some(keptSlot), span: span),
      TypedArm(pattern: nonePattern, guardExpression: nil, body: none, span: span),
    ]
  }

  /// `let (scanned) = match result { Some(kept) => kept, None => break };`, appended to `body`:
  /// the item the next stages see.
  func unwrappedOrBreaking(_ result: TypedExpr, loop: Int, into body: inout [TypedStatement]) -> TypedExpr {
    let span = result.span
    guard case .option(let keptType) = table.shallow(result.type),
      let arms = optionArms(
        result, some: { typed(.local($0), keptType, span) },
        none: typed(.breakLoop(loop: loop, nil), .never, span))
    else { return result }
    let slot = declareLocal("(scanned)", type: keptType, line: span.start.line)
    let pattern = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: keptType,
      span: span)
    body.append(
      TypedStatement(
        kind: .binding(pattern, typed(.match(result, arms), keptType, span), elseBlock: nil), span: span))
    return typed(.local(slot), keptType, span)
  }

  /// `match result { Some(kept) => { found = Some(kept); break } None => {} }`.
  func firstSome(_ result: TypedExpr, into found: Int, loop: Int) -> TypedExpr {
    let span = result.span
    let foundType = locals[found].type
    let arms = optionArms(
      result,
      some: { kept in
        let some = self.typed(
          .variant(
            enumName: "Option", variant: 1, payload: [self.typed(.local(kept), self.locals[kept].type, span)]),
          foundType, span)
        let statements = [
          TypedStatement(
            kind: .expression(
              self.typed(.assign(self.typed(.local(found), foundType, span), some), .unit, span)), span: span),
          TypedStatement(
            kind: .expression(self.typed(.breakLoop(loop: loop, nil), .never, span)), span: span),
        ]
        return self.typed(
          .block(TypedBlock(statements: statements, tail: nil, declaredSlots: [], span: span)), .unit, span)
      }, none: typed(.unit, .unit, span))
    guard let arms else { return typed(.unit, .unit, span) }
    return typed(.match(result, arms), .unit, span)
  }

  /// `scan(initial, f)`: the state and the closure, kept in locals of the chain's block; the
  /// items become what `f` gives inside `Some`.
  func holdScan(
    _ stage: Stage, item: TypeTerm,
    calls: inout [(stage: String, slot: Int, signature: ClosureState.Signature)],
    _ builder: inout PipelineBuilder
  ) -> TypeTerm? {
    guard let argument = stage.argument, let closure = stage.closure else { return nil }
    let initial = checkExpression(argument)
    let state = builder.declare(self, "(scan state)", type: initial.type, mutable: true, value: initial)
    guard
      let (slot, signature) = holdClosure(
        closure, named: "scan", expecting: [.reference(initial.type, mutable: true), item], &builder)
    else { return nil }
    let produced = table.fresh()
    if !table.unify(signature.returnType, .option(produced)) {
      error(
        "mismatched types: expected `Option<_>`, found `\(table.displayName(signature.returnType))`",
        at: closure.body.span)
      return nil
    }
    let none = ClosureState.Signature(
      functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
    calls.append(("scan_state", state, none))
    calls.append(("scan", slot, signature))
    return produced
  }
}
