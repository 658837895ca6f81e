import MemoryModel

/// `Option` and `Result` methods that take a closure (`opt.map(|x| x + 1)`,
/// `r.unwrap_or_else(|e| …)`, `opt.map_or(0, |x| …)`, `and_then`, `is_some_and`, `map_err`):
/// checked as the `match` the library runs, in a block that holds the receiver and the
/// closure as locals, so the closure's call is a call (a frame) like any other.
extension Checker {
  private static let optionClosureMethods: Set<String> = [
    "map", "map_or", "unwrap_or_else", "and_then", "is_some_and", "ok_or_else", "map_err", "is_ok_and",
    "filter", "or_else",
  ]

  /// The type (or what a reference points at) is a struct or enum of the program's own with a
  /// method of this name.
  func hasOwnMethod(_ type: TypeTerm, _ method: String) -> Bool {
    var current = table.shallow(type)
    while case .reference(let inner, _) = current { current = table.shallow(inner) }
    switch current {
    case .structure(let name), .enumeration(let name):
      return methods[name]?[method] != nil || genericImplMethod(on: name, method) != nil
        || instanceImplMethod(on: name, method) != nil
    default: return false
    }
  }

  func checkOptionClosureMethod(receiver: Expr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard Self.optionClosureMethods.contains(method), let last = arguments.last,
      case .closure(let closure) = last.kind, arguments.count == (method == "map_or" ? 2 : 1)
    else { return nil }
    let checkedReceiver = checkExpression(receiver)
    let receiverType = table.shallow(checkedReceiver.type)
    if receiverType.isNever { return invalid(span) }
    let isOption: Bool
    let payloads: [TypeTerm]
    switch receiverType {
    case .option(let inner):
      isOption = true
      payloads = [inner]
    case .result(let value, let failure):
      isOption = false
      payloads = [value, failure]
    default:
      if let kept = checkKeptAdapter(checkedReceiver, method: method, arguments: arguments, span: span) {
        return kept
      }
      if hasOwnMethod(checkedReceiver.type, method) {
        // `Maybe<T>::map` of the program's own: an ordinary method call.
        return checkMethodCall(
          checked: checkedReceiver, receiver: receiver, method: method, generics: [], arguments: arguments,
          span: span)
      }
      unsupported("the method `\(method)` on `\(table.displayName(receiverType))`", at: span)
      return invalid(span)
    }
    let supported: Set<String> =
      isOption
      ? ["map", "map_or", "unwrap_or_else", "and_then", "is_some_and", "ok_or_else", "filter", "or_else"]
      : ["map", "map_or", "unwrap_or_else", "and_then", "map_err", "is_ok_and", "or_else"]
    guard supported.contains(method) else {
      unsupported("the method `\(method)` on `\(table.displayName(receiverType))`", at: span)
      return invalid(span)
    }
    var builder = PipelineBuilder(span: span)
    pushScope()
    let receiverSlot = builder.declare(
      self, "(receiver)", type: checkedReceiver.type, mutable: false, value: checkedReceiver)
    var defaultSlot: Int?
    if method == "map_or" {
      let value = checkExpression(arguments[0])
      defaultSlot = builder.declare(self, "(default)", type: value.type, mutable: false, value: value)
    }
    // What the closure is given: the value, or the error (`unwrap_or_else`/`map_err` on a
    // `Result`), or nothing (`unwrap_or_else`/`ok_or_else` on an `Option`).
    let closureTakesFailure =
      !isOption && (method == "unwrap_or_else" || method == "map_err" || method == "or_else")
    let closureTakesNothing =
      isOption && (method == "unwrap_or_else" || method == "ok_or_else" || method == "or_else")
    var expected: [TypeTerm] = closureTakesNothing ? [] : [closureTakesFailure ? payloads[1] : payloads[0]]
    // `filter`'s predicate looks at the value through a reference.
    if method == "filter" { expected = [.reference(payloads[0], mutable: false)] }
    settleKnownParseErrors()
    let closureValue = checkClosure(closure, span: closure.headSpan, expectedParameters: expected)
    guard case .structure(let structName) = closureValue.type,
      let signature = closureState.signatures[structName]
    else {
      _ = popScope()
      return invalid(span)
    }
    let closureSlot = builder.declare(
      self, "(\(method) closure)", type: closureValue.type, mutable: signature.mutatesCaptures,
      value: closureValue)
    func call(_ arguments: [TypedExpr]) -> TypedExpr {
      callHeldClosure(closureSlot, signature, arguments, span: span)
    }
    let returned = signature.returnType
    let enumName = isOption ? "Option" : "Result"
    // The variant that carries the value (`Some`/`Ok`) and the other (`None`/`Err`).
    let valueVariant = isOption ? 1 : 0
    let otherVariant = isOption ? 0 : 1
    let valueSlot = declareLocal("(value)", type: payloads[0], line: span.start.line)
    let failureSlot = isOption ? nil : declareLocal("(error)", type: payloads[1], line: span.start.line)
    let value = typed(.local(valueSlot), payloads[0], span)
    let failure = failureSlot.map { typed(.local($0), payloads[1], span) }

    let resultType: TypeTerm
    var onValue: TypedExpr
    var onOther: TypedExpr
    switch method {
    case "map":
      resultType = isOption ? .option(returned) : .result(returned, payloads[1])
      onValue = typed(
        .variant(enumName: enumName, variant: valueVariant, payload: [call([value])]), resultType, span)
      onOther = typed(
        .variant(enumName: enumName, variant: otherVariant, payload: failure.map { [$0] } ?? []), resultType,
        span)
    case "map_err":
      resultType = .result(payloads[0], returned)
      onValue = typed(.variant(enumName: "Result", variant: 0, payload: [value]), resultType, span)
      onOther = typed(
        .variant(enumName: "Result", variant: 1, payload: [call(failure.map { [$0] } ?? [])]), resultType,
        span)
    case "map_or":
      resultType = returned
      onValue = call([value])
      let slot = defaultSlot ?? receiverSlot
      onOther = coerce(typed(.local(slot), locals[slot].type, span), to: returned)
    case "unwrap_or_else":
      resultType = payloads[0]
      onValue = value
      onOther = coerce(call(failure.map { [$0] } ?? []), to: payloads[0])
    case "ok_or_else":
      resultType = .result(payloads[0], returned)
      onValue = typed(.variant(enumName: "Result", variant: 0, payload: [value]), resultType, span)
      onOther = typed(.variant(enumName: "Result", variant: 1, payload: [call([])]), resultType, span)
    case "and_then":
      let wanted: TypeTerm = isOption ? .option(table.fresh()) : .result(table.fresh(), payloads[1])
      if !table.unify(returned, wanted) {
        error(
          "mismatched types: expected `\(table.displayName(wanted))`, found `\(table.displayName(returned))`",
          at: closure.body.span)
      }
      resultType = returned
      onValue = call([value])
      onOther = typed(
        .variant(enumName: enumName, variant: otherVariant, payload: failure.map { [$0] } ?? []), resultType,
        span)
    case "filter":
      if !table.unify(returned, .bool) {
        error(
          "mismatched types: expected `bool`, found `\(table.displayName(returned))`", at: closure.body.span)
      }
      resultType = .option(payloads[0])
      // `if predicate(&x) { Some(x) } else { None }`: a value not kept drops with the match.
      let none = typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span)
      let kept = typed(.variant(enumName: "Option", variant: 1, payload: [value]), resultType, span)
      let borrowed = typed(.addressOf(value, mutable: false), .reference(payloads[0], mutable: false), span)
      let otherwise = typed(
        .block(TypedBlock(statements: [], tail: none, declaredSlots: [], span: span)), resultType, span)
      onValue = typed(
        .ifElse(
          call([borrowed]), TypedBlock(statements: [], tail: kept, declaredSlots: [], span: span), otherwise),
        resultType, span)
      onOther = none
    case "or_else" where !isOption:
      // `Ok(v)` is kept (its error type the closure's); `Err(e)` becomes what the closure gives.
      resultType = .result(payloads[0], table.fresh())
      if !table.unify(returned, resultType) {
        error(
          "mismatched types: expected `\(table.displayName(resultType))`, found `\(table.displayName(returned))`",
          at: closure.body.span)
      }
      onValue = typed(.variant(enumName: "Result", variant: 0, payload: [value]), resultType, span)
      onOther = call(failure.map { [$0] } ?? [])
    case "or_else":
      resultType = .option(payloads[0])
      if !table.unify(returned, resultType) {
        error(
          "mismatched types: expected `\(table.displayName(resultType))`, found `\(table.displayName(returned))`",
          at: closure.body.span)
      }
      onValue = typed(.variant(enumName: "Option", variant: 1, payload: [value]), resultType, span)
      onOther = call([])
    default:  // "is_some_and", "is_ok_and"
      if !table.unify(returned, .bool) {
        error(
          "mismatched types: expected `bool`, found `\(table.displayName(returned))`", at: closure.body.span)
      }
      resultType = .bool
      onValue = call([value])
      onOther = typed(.boolean(false), .bool, span)
    }
    func binding(_ slot: Int) -> TypedPattern {
      TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil),
        type: locals[slot].type,
        span: span)
    }
    let receiverPlace = typed(.local(receiverSlot), checkedReceiver.type, span)
    let arms = [
      TypedArm(
        pattern: TypedPattern(
          kind: .variant(enumName: enumName, variant: valueVariant, [binding(valueSlot)]),
          type: receiverPlace.type,
          span: span),
        guardExpression: nil, body: onValue, span: span),
      TypedArm(
        pattern: TypedPattern(
          kind: .variant(enumName: enumName, variant: otherVariant, failureSlot.map { [binding($0)] } ?? []),
          type: receiverPlace.type, span: span),
        guardExpression: nil, body: onOther, span: span),
    ]
    let tail = typed(.match(receiverPlace, arms), resultType, span)
    let declared = popScope()
    // In Rust the receiver is part of the enclosing statement's expression: its temporaries
    // (`String::from("a b").split(' ').last().map(..)`) live until that statement ends.
    let block = TypedBlock(
      statements: builder.statements, tail: tail, declaredSlots: declared, span: span,
      keepsTemporariesToStatementEnd: true)
    return typed(.block(block), resultType, span)
  }

  /// `"7".parse::<u8>().map_err(|e| e.to_string())`: a `parse` whose target is known already
  /// gets its error type now, so the closure can call methods on it.
  func settleKnownParseErrors() {
    for (target, failure, _) in pendingParses {
      guard case .variable = table.shallow(failure) else { continue }
      guard let errorName = parseErrorName(for: target) else { continue }
      if declareParseError(errorName) { _ = table.unify(failure, .structure(errorName)) }
    }
  }
}
