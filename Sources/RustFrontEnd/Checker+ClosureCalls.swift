import MemoryModel

extension Checker {
  /// `f(3)` where `f` holds a closure: a call of the closure's function with `&f` (or `&mut f`).
  func checkClosureCall(
    _ signature: ClosureState.Signature, callee: TypedExpr, calleeName: String, arguments: [Expr],
    span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr {
    guard arguments.count == signature.parameterTypes.count else {
      let expected = signature.parameterTypes.count
      var diagnostic = Diagnostic(
        "this function takes \(expected) argument\(expected == 1 ? "" : "s") but \(arguments.count) argument\(arguments.count == 1 ? " was" : "s were") supplied",
        at: calleeSpan)
      diagnostic.code = "E0057"
      diagnostics.append(diagnostic)
      return invalid(span)
    }
    if signature.consumes {
      // `FnOnce`: the call moves the closure (a second call is E0382).
      if case .deref = callee.kind {
        unsupported("calling an `FnOnce` closure through a reference", at: calleeSpan)
        return invalid(span)
      }
      var checked = [callee]
      for (argument, type) in zip(arguments, signature.parameterTypes) {
        checked.append(coerce(checkExpression(argument), to: type))
      }
      return typed(.call(function: signature.functionIndex, arguments: checked), signature.returnType, span)
    }
    if signature.mutatesCaptures, isPlaceExpression(callee), !placeIsMutable(callee) {
      if case .deref(let pointer) = callee.kind, case .reference(_, false) = table.shallow(pointer.type) {
        ownershipError(
          "cannot borrow `*\(calleeName)` as mutable, as it is behind a `&` reference", at: calleeSpan,
          code: "E0596", label: "`\(calleeName)` is a `&` reference, so it cannot be borrowed as mutable")
      } else if case .local = callee.kind {
        // rustc gathers several such calls into one report at the binding.
        reportNotDeclaredMutable(callee, at: calleeSpan)
      } else {
        ownershipError(
          "cannot borrow `\(calleeName)` as mutable, as it is not declared as mutable", at: calleeSpan,
          code: "E0596", label: "cannot borrow as mutable")
      }
    }
    // The call borrows the closure before its arguments run (no two-phase borrow, unlike a
    // method's receiver), so `f(f(1))` on an `FnMut` is E0499. Borrow lowering takes an
    // operand spanning exactly its `&` for an auto-reference, so the operand's span is narrowed.
    var operand = callee
    operand.span = SourceSpan(start: calleeSpan.start, end: calleeSpan.start)
    let environment = typed(
      .addressOf(operand, mutable: signature.mutatesCaptures),
      .reference(callee.type, mutable: signature.mutatesCaptures), calleeSpan)
    var checked = [environment]
    for (argument, type) in zip(arguments, signature.parameterTypes) {
      checked.append(coerce(checkExpression(argument), to: type))
    }
    return typed(.call(function: signature.functionIndex, arguments: checked), signature.returnType, span)
  }
}
