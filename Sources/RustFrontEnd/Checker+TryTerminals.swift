import MemoryModel

/// `try_fold` and `try_for_each` at the end of a chain, as std runs them: the closure's
/// `Option` or `Result` is looked at after each item, and the first `None` or `Err` ends the
/// loop and is the result; otherwise the result is `Some`/`Ok` of the accumulator (or `()`).
/// The chain's loop keeps that first failure in `(residual)`, an `Option` of the closure's type.
extension Checker {
  static let tryTerminals: Set<String> = ["try_fold", "try_for_each"]

  /// Whether the closure's `Option`/`Result` wraps `output` (the accumulator's type for
  /// `try_fold`, `()` for `try_for_each`); reports the closures memtutor does not run.
  func checkTryClosureResult(_ method: String, returned: TypeTerm, output: TypeTerm, at span: SourceSpan)
    -> Bool
  {
    if method == "try_fold", let rust = table.resolve(output).rustType, !layoutCalculator.isCopy(rust) {
      unsupported("`try_fold` with an accumulator that is not `Copy`", at: span)
      return false
    }
    switch table.shallow(returned) {
    case .option(let inner):
      if !table.unify(inner, output) { break }
      return true
    case .result(let value, _):
      if !table.unify(value, output) { break }
      return true
    default:
      unsupported("`\(method)` with a closure that returns neither an `Option` nor a `Result`", at: span)
      return false
    }
    error(
      "mismatched types: expected `\(table.displayName(output))`, found `\(table.displayName(returned))`",
      at: span)
    return false
  }

  /// One item's step: `(step) = f(acc, item); if (step) failed { (residual) = Some((step)); break }
  /// acc = (step).unwrap()` (`try_for_each` keeps no accumulator).
  func tryTerminalStep(
    step call: TypedExpr, accumulator: Int?, residual: Int, breakOut: TypedStatement, span: SourceSpan
  ) -> [TypedStatement] {
    let type = call.type
    let isOption: Bool
    if case .option = table.shallow(type) { isOption = true } else { isOption = false }
    let stepSlot = declareLocal("(step)", type: type, line: span.start.line)
    let stepPattern = TypedPattern(
      kind: .binding(slot: stepSlot, byReference: false, mutable: false, subpattern: nil), type: type,
      span: span)
    let step = typed(.local(stepSlot), type, span)
    let borrowed = typed(.addressOf(step, mutable: false), .reference(type, mutable: false), span)
    let failed = typed(.builtin(isOption ? .optionIsNone : .resultIsErr, arguments: [borrowed]), .bool, span)
    let kept = typed(
      .variant(enumName: "Option", variant: 1, payload: [step]), locals[residual].type, span)
    let stop = TypedBlock(
      statements: [
        TypedStatement(
          kind: .expression(
            typed(.assign(typed(.local(residual), locals[residual].type, span), kept), .unit, span)),
          span: span),
        breakOut,
      ], tail: nil, declaredSlots: [], span: span)
    var statements = [
      TypedStatement(kind: .binding(stepPattern, call, elseBlock: nil), span: span),
      TypedStatement(kind: .expression(typed(.ifElse(failed, stop, nil), .unit, span)), span: span),
    ]
    if let accumulator {
      let output = locals[accumulator].type
      let unwrapped = typed(
        .builtin(isOption ? .optionUnwrap : .resultUnwrap, arguments: [step]), output, span)
      let target = typed(.local(accumulator), output, span)
      statements.append(
        TypedStatement(kind: .expression(typed(.assign(target, unwrapped), .unit, span)), span: span))
    }
    return statements
  }

  /// After the loop: `if (residual).is_some() { (residual).unwrap() } else { Some(acc) }`
  /// (`Ok(acc)`, `Ok(())`, `Some(())`).
  func tryTerminalResult(_ resultType: TypeTerm, accumulator: Int?, residual: Int, span: SourceSpan)
    -> TypedExpr
  {
    let held = typed(.local(residual), locals[residual].type, span)
    let borrowed = typed(.addressOf(held, mutable: false), .reference(held.type, mutable: false), span)
    let failed = typed(.builtin(.optionIsSome, arguments: [borrowed]), .bool, span)
    let failure = typed(.builtin(.optionUnwrap, arguments: [held]), resultType, span)
    let output = accumulator.map { typed(.local($0), locals[$0].type, span) } ?? typed(.unit, .unit, span)
    let success: TypedExpr
    if case .option = table.shallow(resultType) {
      success = typed(.variant(enumName: "Option", variant: 1, payload: [output]), resultType, span)
    } else {
      success = typed(.variant(enumName: "Result", variant: 0, payload: [output]), resultType, span)
    }
    func tailBlock(_ tail: TypedExpr) -> TypedBlock {
      TypedBlock(statements: [], tail: tail, declaredSlots: [], span: span)
    }
    return typed(
      .ifElse(failed, tailBlock(failure), typed(.block(tailBlock(success)), resultType, span)), resultType,
      span)
  }
}
