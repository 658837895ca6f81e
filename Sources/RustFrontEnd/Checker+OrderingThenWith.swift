import MemoryModel

/// `a.cmp(&b).then_with(|| x.cmp(&y))`, the tie-break of a `sort_by`: checked as the `match`
/// std runs, `Equal => f(), other => other`, with the closure's body in place of its call, so
/// the second comparison runs only on a tie and reads what the closure would capture.
extension Checker {
  func checkThenWith(receiver: Expr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard method == "then_with", usesStandardOrdering, arguments.count == 1,
      case .closure(let closure) = arguments[0].kind, closure.parameters.isEmpty, closure.returnType == nil
    else { return nil }
    let ordering = TypeTerm.enumeration(Self.orderingName)
    let checkedReceiver = checkExpression(receiver)
    guard table.unify(checkedReceiver.type, ordering) else {
      unsupported("the method `then_with` on `\(table.displayName(checkedReceiver.type))`", at: span)
      return invalid(span)
    }
    var builder = PipelineBuilder(span: span)
    pushScope()
    let slot = builder.declare(self, "(ordering)", type: ordering, mutable: false, value: checkedReceiver)
    let current = typed(.local(slot), ordering, span)
    let tieBreak = coerce(checkExpression(closure.body), to: ordering)
    let equal = typed(.variant(enumName: Self.orderingName, variant: 1, payload: []), ordering, span)
    let isTie = typed(.comparison(.equal, current, equal), .bool, span)
    let tail = typed(
      .ifElse(
        isTie, TypedBlock(statements: [], tail: tieBreak, declaredSlots: [], span: span),
        typed(
          .block(TypedBlock(statements: [], tail: current, declaredSlots: [], span: span)), ordering, span)),
      ordering, span)
    let declared = popScope()
    // The receiver (`a.to_string().cmp(&b.to_string())`) is part of the enclosing statement:
    // its temporaries live until that statement ends, past the tie-break's own.
    let block = TypedBlock(
      statements: builder.statements, tail: tail, declaredSlots: declared, span: span,
      keepsTemporariesToStatementEnd: true)
    return typed(.block(block), ordering, span)
  }
}
