import MemoryModel

/// `Result<T, E>`: `Ok`/`Err`, its methods, `Option::ok_or`, the `?` operator (on `Result` and
/// `Option`), and `main` returning `Result<(), E>`.
extension Checker {
  /// 0 for `Ok`, 1 for `Err` (the variant order of `Result`), nil for any other path.
  static func resultVariant(_ path: [String]) -> Int? {
    var path = path
    if path.count == 4, path[0] == "std", path[1] == "result" { path.removeFirst(2) }
    if path.count == 2, path[0] == "Result" { path.removeFirst() }
    switch path {
    case ["Ok"]: return 0
    case ["Err"]: return 1
    default: return nil
    }
  }

  /// `Ok(value)` / `Err(error)`: the other half of the type is left to inference.
  func checkResultConstructor(
    isOk: Bool, generics: [TypeExpr], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr {
    guard arguments.count == 1 else {
      error("this enum variant takes 1 argument but \(arguments.count) arguments were supplied", at: span)
      return invalid(span)
    }
    guard generics.isEmpty || generics.count == 2 else {
      unsupported("this number of generic arguments", at: calleeSpan)
      return invalid(span)
    }
    // `Ok::<i32, String>(5)`: both types are written, the payload has its side's.
    if generics.count == 2 {
      let value = resolveType(generics[0], selfType: currentOwner)
      let error = resolveType(generics[1], selfType: currentOwner)
      let wanted = isOk ? value : error
      let payload = coerce(checkExpression(arguments[0], wanting: wanted), to: wanted)
      return typed(
        .variant(enumName: "Result", variant: isOk ? 0 : 1, payload: [payload]), .result(value, error), span)
    }
    let payload = checkExpression(arguments[0])
    let type: TypeTerm = isOk ? .result(payload.type, table.fresh()) : .result(table.fresh(), payload.type)
    return typed(.variant(enumName: "Result", variant: isOk ? 0 : 1, payload: [payload]), type, span)
  }

  /// The methods of `Result<T, E>` memtutor runs.
  func resultMethod(_ name: String, value: TypeTerm, error: TypeTerm) -> LibraryMethod? {
    func method(_ builtin: Builtin, _ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm)
      -> LibraryMethod
    {
      LibraryMethod(builtin: builtin, selfMode: mode, parameters: parameters, result: result)
    }
    switch name {
    case "is_ok": return method(.resultIsOk, .reference, [], .bool)
    case "is_err": return method(.resultIsErr, .reference, [], .bool)
    case "unwrap" where holdsHandWrittenDebug(error), "expect" where holdsHandWrittenDebug(error):
      // The panic message prints the error with `Debug`, which memtutor prints itself.
      return nil
    case "unwrap_err" where holdsHandWrittenDebug(value), "expect_err" where holdsHandWrittenDebug(value):
      return nil
    case "unwrap_err": return method(.resultUnwrapErr, .value, [], error)
    case "expect_err": return method(.resultExpectErr, .value, [.reference(.str, mutable: false)], error)
    case "as_ref":
      return method(
        .resultAsReference, .reference, [],
        .result(.reference(value, mutable: false), .reference(error, mutable: false)))
    case "as_mut":
      return method(
        .resultAsReference, .mutableReference, [],
        .result(.reference(value, mutable: true), .reference(error, mutable: true)))
    case "unwrap": return method(.resultUnwrap, .value, [], value)
    case "expect": return method(.resultExpect, .value, [.reference(.str, mutable: false)], value)
    case "unwrap_or": return method(.resultUnwrapOr, .value, [value], value)
    case "ok": return method(.resultOk, .value, [], .option(value))
    case "err": return method(.resultErr, .value, [], .option(error))
    default: return nil
    }
  }

  /// `Option::ok_or(error)`.
  func optionOkOr(_ inner: TypeTerm) -> LibraryMethod {
    let failure = table.fresh()
    return LibraryMethod(
      builtin: .optionOkOr, selfMode: .value, parameters: [failure], result: .result(inner, failure))
  }

  /// `operand?`, checked as the `match` it stands for: the value on `Ok`/`Some`, an early
  /// `return Err(e)`/`return None` otherwise. The error type must be the function's own
  /// (memtutor has no `From` conversions).
  func checkTry(_ operand: Expr, span: SourceSpan, id: Int? = nil) -> TypedExpr {
    let checked = checkExpression(operand)
    let questionMark = SourceSpan(
      start: SourceLocation(line: span.end.line, column: max(1, span.end.column - 1)), end: span.end)
    if refuseLeavingThreadScope(at: questionMark) { return invalid(span) }
    let functionReturn = table.shallow(returnType)
    if case .variable = functionReturn, table.kind(of: functionReturn) == .general {
      // A closure whose return type is left to inference: rustc settles it, and the `From`
      // conversion `?` makes, from the rest of the program.
      unsupported("the `?` operator in a closure whose return type is not written", at: questionMark)
      return invalid(span)
    }
    switch table.shallow(checked.type) {
    case .result(let value, let failure):
      guard case .result(_, let returnedError) = functionReturn else {
        reportTryOutsideResult(at: questionMark, on: "Result")
        return invalid(span)
      }
      if isBoxedStandardError(returnedError) {
        return tryBoxingError(
          checked, value: value, failure: failure, into: returnedError, id: id, span: span,
          questionMark: questionMark)
      }
      if refusesParseBeforeConversion(
        value: value, failure: failure, into: returnedError, id: id, at: questionMark)
      {
        return invalid(span)
      }
      if settleParseErrorBeforeTry(failure: failure, into: returnedError, at: questionMark) {
        return invalid(span)
      }
      if !table.unify(failure, returnedError) {
        if case .reference(.str, mutable: false) = table.resolve(failure),
          table.resolve(returnedError) == .string
        {
          // `Err("no name")?` in a function returning `Result<_, String>`: std's
          // `From<&str> for String` copies the text into a new `String`.
          return tryMatch(
            checked, enumName: "Result", success: 0, value: value, failure: failure, span: span,
            converting: { self.typed(.builtin(.strToString, arguments: [$0]), .string, span) })
        }
        if let converted = tryConvertingError(
          checked, value: value, failure: failure, into: returnedError, span: span)
        {
          return converted
        }
        guard !mayConvert(from: failure, to: returnedError) else {
          unsupported(
            "the `?` conversion from `\(table.displayName(failure))` to `\(table.displayName(returnedError))` (`From`)",
            at: questionMark)
          return invalid(span)
        }
        var diagnostic = Diagnostic(
          "`?` couldn't convert the error to `\(table.displayName(returnedError))`", at: questionMark)
        diagnostic.code = "E0277"
        diagnostics.append(diagnostic)
        return invalid(span)
      }
      return tryMatch(checked, enumName: "Result", success: 0, value: value, failure: failure, span: span)
    case .option(let value):
      guard case .option = functionReturn else {
        reportTryOutsideResult(at: questionMark, on: "Option")
        return invalid(span)
      }
      return tryMatch(checked, enumName: "Option", success: 1, value: value, failure: nil, span: span)
    case .never:
      return invalid(span)
    case .variable:
      unsupported("the `?` operator on a value whose type is not known yet", at: questionMark)
      return invalid(span)
    default:
      var diagnostic = Diagnostic(
        "the `?` operator can only be applied to values that implement `Try`", at: operand.span)
      diagnostic.code = "E0277"
      diagnostics.append(diagnostic)
      return invalid(span)
    }
  }

  /// `let n: i64 = s.parse()?;` in a function whose error type has a `From` impl of the
  /// program's own: the parse's error type is settled now (from the annotation), so the impl
  /// converting it can be chosen. True when it cannot be settled yet (refused).
  private func refusesParseBeforeConversion(
    value: TypeTerm, failure: TypeTerm, into returnedError: TypeTerm, id: Int?, at questionMark: SourceSpan
  ) -> Bool {
    guard case .variable = table.shallow(failure),
      let pending = pendingParses.first(where: { table.resolve($0.failure) == table.resolve(failure) })
    else { return false }
    switch table.shallow(returnedError) {
    case .structure(let name), .enumeration(let name):
      guard conversionImpls[name]?.isEmpty == false else { return false }
    default: return false
    }
    if case .variable = table.shallow(pending.target), let annotated = annotatedInitializer,
      annotated.id == id
    {
      _ = table.unify(value, annotated.type)
    }
    guard let errorName = parseErrorName(for: pending.target), declareParseError(errorName) else {
      unsupported(
        "`?` on a `parse` whose type is not known yet, converting its error with `From`", at: questionMark)
      return true
    }
    _ = table.unify(failure, .structure(errorName))
    return false
  }

  /// The error types of std's `parse`, `try_from` and `from_utf8` that memtutor declares.
  static let standardErrorNames: Set<String> = Set(parseErrorKinds.keys).union([
    parseBoolError, tryFromIntErrorName, utf8ErrorName, fromUtf8ErrorName,
  ])

  /// `s.parse::<f64>()?` or `s.parse()?`, whose error type is `FromStr::Err` of the target, not
  /// whatever the function returns. A known target gives its error now (a mismatch is then
  /// E0277 at the `?`). An unknown one is left open, as rustc leaves it, when the function's
  /// error type has `From` impls of its own: a `String` takes no parse error, so that is E0277
  /// at once. True when it reported.
  private func settleParseErrorBeforeTry(
    failure: TypeTerm, into returnedError: TypeTerm, at questionMark: SourceSpan
  )
    -> Bool
  {
    guard case .variable = table.shallow(failure),
      let pending = pendingParses.first(where: { table.resolve($0.failure) == table.resolve(failure) })
    else { return false }
    if let errorName = parseErrorName(for: pending.target), declareParseError(errorName) {
      _ = table.unify(failure, .structure(errorName))
      return false
    }
    guard case .string = table.resolve(returnedError) else { return false }
    var diagnostic = Diagnostic("`?` couldn't convert the error to `String`", at: questionMark)
    diagnostic.code = "E0277"
    diagnostics.append(diagnostic)
    return true
  }

  /// `x?` in a function returning `Result<_, Box<dyn Error>>`: the error is boxed as std's
  /// `From<E: Error> for Box<dyn Error>` (and `From<&str>`, `From<String>`) box it. A `parse`
  /// whose type the `let` annotates gets its error type now.
  private func tryBoxingError(
    _ operand: TypedExpr, value: TypeTerm, failure: TypeTerm, into returnedError: TypeTerm, id: Int?,
    span: SourceSpan, questionMark: SourceSpan
  ) -> TypedExpr {
    if case .variable = table.shallow(failure),
      let pending = pendingParses.first(where: { table.resolve($0.failure) == table.resolve(failure) })
    {
      if case .variable = table.shallow(pending.target), let annotated = annotatedInitializer,
        annotated.id == id
      {
        _ = table.unify(value, annotated.type)
      }
      if let errorName = parseErrorName(for: pending.target), declareParseError(errorName) {
        _ = table.unify(failure, .structure(errorName))
      }
    }
    if case .variable = table.shallow(failure) {
      unsupported(
        "`?` converting an error whose type is not known yet into `Box<dyn Error>`", at: questionMark)
      return invalid(span)
    }
    if table.shallow(failure).isNever { return invalid(span) }
    if isBoxedStandardError(failure) {
      return tryMatch(operand, enumName: "Result", success: 0, value: value, failure: failure, span: span)
    }
    let probe = typed(.local(-1), failure, span)
    guard boxedError(probe, span: span) != nil else {
      if !certainlyNoError(failure) {
        // `Box<E>`, `&E`, a generic type: std may still convert them (`Box<E: Error>: Error`).
        unsupported(
          "the `?` conversion from `\(table.displayName(failure))` to `Box<dyn Error>`", at: questionMark)
        return invalid(span)
      }
      var diagnostic = Diagnostic(
        "`?` couldn't convert the error: `\(table.displayName(failure)): std::error::Error` is not satisfied",
        at: questionMark)
      diagnostic.code = "E0277"
      diagnostics.append(diagnostic)
      return invalid(span)
    }
    return tryMatch(
      operand, enumName: "Result", success: 0, value: value, failure: failure, span: span,
      converting: { self.boxedError($0, span: span) ?? $0 })
  }

  /// `parse_number(s)?` in a function returning `Result<_, AppError>` with the program's
  /// `impl From<ParseIntError> for AppError`: the error goes through that `from`, as std's
  /// `FromResidual` calls it. Nil when the function's error type has no such impl.
  private func tryConvertingError(
    _ operand: TypedExpr, value: TypeTerm, failure: TypeTerm, into returnedError: TypeTerm, span: SourceSpan
  ) -> TypedExpr? {
    let typeName: String
    switch table.shallow(returnedError) {
    case .structure(let name), .enumeration(let name): typeName = name
    default: return nil
    }
    guard let found = conversionImpl(into: typeName, from: failure), let impl = found else { return nil }
    let target = table.resolve(returnedError)
    return tryMatch(
      operand, enumName: "Result", success: 0, value: value, failure: failure, span: span,
      converting: { self.typed(.call(function: impl.function, arguments: [$0]), target, span) })
  }

  /// False only when std certainly has no `From<source> for target`: a user type as the
  /// target (their `From` impls are outside the subset), or two scalars with no lossless
  /// conversion between them. Anything else may convert, so it is refused, not rejected.
  private func mayConvert(from source: TypeTerm, to target: TypeTerm) -> Bool {
    let source = table.resolve(source)
    let target = table.resolve(target)
    switch target {
    case .structure, .enumeration: return false
    default: break
    }
    // std's error types (`ParseIntError`, `TryFromIntError`) have no `From` into a `String`.
    if case .string = target, case .structure(let name) = source, Self.standardErrorNames.contains(name) {
      return false
    }
    func isScalar(_ type: TypeTerm) -> Bool {
      switch type {
      case .integer, .float, .bool, .char: return true
      default: return false
      }
    }
    if case .string = target, isScalar(source) { return source == .char }
    guard isScalar(source), isScalar(target) else { return true }
    return Self.scalarConverts(from: source, to: target)
  }

  /// std's lossless `From` impls between integers, floats, `bool` and `char`.
  static func scalarConverts(from source: TypeTerm, to target: TypeTerm) -> Bool {
    func bits(_ kind: RustType.IntegerKind) -> Int { kind == .isize || kind == .usize ? 16 : kind.bitWidth }
    switch (source, target) {
    case (.bool, .integer): return true
    case (.char, .integer(let to)): return [.u32, .u64, .u128].contains(to)
    case (.integer(.u8), .char): return true
    case (.integer(let from), .integer(let to)):
      if from == to { return true }
      if from.isSigned && !to.isSigned { return false }
      if from == .isize || from == .usize || (to == .isize || to == .usize) && bits(from) > 16 {
        return false
      }
      return to.isSigned == from.isSigned ? bits(to) > bits(from) : bits(to) > bits(from)
    case (.integer(let from), .float(let to)):
      return bits(from) <= (to == .f32 ? 16 : 32) && from != .isize && from != .usize
    case (.float(.f32), .float(.f64)): return true
    default: return false
    }
  }

  private func reportTryOutsideResult(at span: SourceSpan, on kind: String) {
    let returned: String?
    switch table.shallow(returnType) {
    case .result: returned = "Result"
    case .option: returned = "Option"
    default: returned = nil
    }
    var diagnostic: Diagnostic
    if let returned, returned != kind {
      // `Option`'s `?` in a `Result` function (or the other way round).
      diagnostic = Diagnostic(
        "the `?` operator can only be used on `\(returned)`s, not `\(kind)`s, in a function that returns `\(returned)`",
        at: span)
      diagnostic.primaryLabel =
        kind == "Option"
        ? "use `.ok_or(...)?` to provide an error compatible with `\(table.displayName(returnType))`"
        : "use `.ok()?` if you want to discard the error information"
    } else {
      diagnostic = Diagnostic(
        "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)",
        at: span)
      diagnostic.primaryLabel =
        "cannot use the `?` operator in a function that returns `\(table.displayName(returnType))`"
    }
    diagnostic.code = "E0277"
    diagnostics.append(diagnostic)
  }

  /// `match operand { Ok(v) => v, Err(e) => return Err(e) }` (or `Some`/`None`).
  private func tryMatch(
    _ operand: TypedExpr, enumName: String, success: Int, value: TypeTerm, failure: TypeTerm?,
    span: SourceSpan, converting conversion: ((TypedExpr) -> TypedExpr)? = nil
  ) -> TypedExpr {
    func binding(_ slot: Int, _ type: TypeTerm) -> TypedPattern {
      TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: type,
        span: span)
    }
    func arm(_ pattern: TypedPattern, _ body: TypedExpr, declared: [Int]) -> TypedArm {
      let block = TypedBlock(statements: [], tail: body, declaredSlots: declared, span: span)
      return TypedArm(
        pattern: pattern, guardExpression: nil, body: typed(.block(block), body.type, span), span: span)
    }
    pushScope()
    let valueSlot = declareLocal("(? value)", type: value, line: span.start.line)
    let successArm = arm(
      TypedPattern(
        kind: .variant(enumName: enumName, variant: success, [binding(valueSlot, value)]), type: operand.type,
        span: span),
      typed(.local(valueSlot), value, span), declared: popScope())
    let failureArm: TypedArm
    if let failure {
      pushScope()
      let errorSlot = declareLocal("(? error)", type: failure, line: span.start.line)
      var payload = typed(.local(errorSlot), failure, span)
      if let conversion { payload = conversion(payload) }
      let rebuilt = typed(.variant(enumName: "Result", variant: 1, payload: [payload]), returnType, span)
      failureArm = arm(
        TypedPattern(
          kind: .variant(enumName: "Result", variant: 1, [binding(errorSlot, failure)]), type: operand.type,
          span: span),
        typed(.returnValue(rebuilt), .never, span), declared: popScope())
    } else {
      let none = typed(.variant(enumName: "Option", variant: 0, payload: []), returnType, span)
      failureArm = arm(
        TypedPattern(kind: .variant(enumName: "Option", variant: 0, []), type: operand.type, span: span),
        typed(.returnValue(none), .never, span), declared: [])
    }
    let arms = success == 0 ? [successArm, failureArm] : [failureArm, successArm]
    return typed(.match(operand, arms), value, span)
  }

  /// `main` may return `()` or `Result<(), E>` with a `Debug` error (printed on failure).
  func mainReturnIsSupported(_ type: TypeTerm) -> Bool {
    guard case .result(let value, let failure) = type, isUnit(value), hasDebug(failure),
      !holdsHandWrittenDebug(failure)
    else { return false }
    // Dropping the error runs after `main`'s frame is gone: a user `Drop` cannot run there.
    let name = table.resolve(failure).name
    return !dropFunctions.keys.contains { name.contains($0) }
  }
}
