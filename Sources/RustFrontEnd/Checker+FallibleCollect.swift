import MemoryModel

/// `collect()` into `Result<Vec<T>, E>` or `Option<Vec<T>>`: the loop pushes each `Ok`/`Some`
/// value and stops at the first `Err`/`None`, which becomes the whole result (the vector
/// gathered so far is dropped), as std's `FromIterator` for `Result` and `Option` does.
extension Checker {
  /// What a fallible `collect` keeps while its loop runs.
  struct FallibleCollect {
    /// `Result<Vec<T>, E>` or `Option<Vec<T>>`.
    var resultType: TypeTerm
    var vectorType: TypeTerm
    /// The `Err` payload's type (nil for `Option`).
    var failureType: TypeTerm?
    var vectorSlot: Int
    /// `Option<E>` for `Result`, `bool` ("a `None` was seen") for `Option`.
    var failureSlot: Int
    /// std's `GenericShunt` passes a `Vec`'s `into_iter()` through: the values go into the
    /// source's own buffer (`Checker+InPlaceCollect`).
    var inPlace = false
  }

  /// The `Result`/`Option` around a `Vec` that `target` asks for, or nil when it is another type.
  func fallibleCollectTarget(_ target: TypeTerm?) -> TypeTerm? {
    guard let target else { return nil }
    switch table.shallow(target) {
    case .result(let ok, _), .option(let ok):
      if case .vec = table.shallow(ok) { return target }
      if case .variable = table.shallow(ok), table.unify(ok, .vec(table.fresh())) { return target }
      return nil
    default: return nil
    }
  }

  /// Declares the vector and the failure marker before the loop; nil (reported) when the
  /// items are not `Result`s/`Option`s of the vector's element.
  func beginFallibleCollect(target: TypeTerm, item: TypeTerm, builder: inout PipelineBuilder)
    -> FallibleCollect?
  {
    let span = builder.span
    let element = table.fresh()
    let vectorType = TypeTerm.vec(element)
    var failureType: TypeTerm?
    let failureMarkerType: TypeTerm
    let failureInitial: TypedExpr
    switch table.shallow(target) {
    case .result(let ok, let failure):
      guard table.unify(ok, vectorType), table.unify(item, .result(element, failure)) else {
        error(
          "a value of type `\(table.displayName(target))` cannot be built from an iterator over elements of type `\(table.displayName(item))`",
          at: span)
        return nil
      }
      failureType = failure
      failureMarkerType = .option(failure)
      failureInitial = typed(.variant(enumName: "Option", variant: 0, payload: []), .option(failure), span)
    case .option(let some):
      guard table.unify(some, vectorType), table.unify(item, .option(element)) else {
        error(
          "a value of type `\(table.displayName(target))` cannot be built from an iterator over elements of type `\(table.displayName(item))`",
          at: span)
        return nil
      }
      failureMarkerType = .bool
      failureInitial = typed(.boolean(false), .bool, span)
    default:
      return nil
    }
    let vectorSlot = builder.declare(
      self, "(collected)", type: vectorType, mutable: true,
      value: typed(.builtin(.vecNew, arguments: []), vectorType, span))
    let failureSlot = builder.declare(
      self, "(failure)", type: failureMarkerType, mutable: true, value: failureInitial)
    return FallibleCollect(
      resultType: target, vectorType: vectorType, failureType: failureType, vectorSlot: vectorSlot,
      failureSlot: failureSlot)
  }

  /// `match item { Ok(v) => (collected).push(v), Err(e) => { (failure) = Some(e); break } }`.
  func fallibleCollectStep(_ collect: FallibleCollect, item: TypedExpr, loop: Int, span: SourceSpan)
    -> TypedStatement
  {
    let vectorType = collect.vectorType
    guard case .vec(let element) = table.shallow(vectorType) else {
      return TypedStatement(kind: .expression(typed(.unit, .unit, span)), span: span)
    }
    let isResult = collect.failureType != nil
    let enumName = isResult ? "Result" : "Option"
    let valueSlot = declareLocal("(value)", type: element, line: span.start.line)
    let valuePattern = TypedPattern(
      kind: .binding(slot: valueSlot, byReference: false, mutable: false, subpattern: nil), type: element,
      span: span)
    let vector = typed(
      .addressOf(typed(.local(collect.vectorSlot), vectorType, span), mutable: true),
      .reference(vectorType, mutable: true), span)
    let value = typed(.local(valueSlot), element, span)
    let push =
      collect.inPlace
      ? typed(
        .builtin(.libraryIterator("in place write"), arguments: [value, loopNumber(loop, span: span)]), .unit,
        span)
      : typed(.builtin(.vecPush, arguments: [vector, value]), .unit, span)
    let failureMarker = typed(.local(collect.failureSlot), locals[collect.failureSlot].type, span)
    let failurePattern: TypedPattern
    let marked: TypedExpr
    if let failureType = collect.failureType {
      let errorSlot = declareLocal("(error)", type: failureType, line: span.start.line)
      let errorPattern = TypedPattern(
        kind: .binding(slot: errorSlot, byReference: false, mutable: false, subpattern: nil),
        type: failureType,
        span: span)
      failurePattern = TypedPattern(
        kind: .variant(enumName: "Result", variant: 1, [errorPattern]), type: item.type, span: span)
      marked = typed(
        .variant(enumName: "Option", variant: 1, payload: [typed(.local(errorSlot), failureType, span)]),
        failureMarker.type, span)
    } else {
      failurePattern = TypedPattern(
        kind: .variant(enumName: "Option", variant: 0, []), type: item.type, span: span)
      marked = typed(.boolean(true), .bool, span)
    }
    let stop = TypedBlock(
      statements: [
        TypedStatement(kind: .expression(typed(.assign(failureMarker, marked), .unit, span)), span: span),
        TypedStatement(kind: .expression(typed(.breakLoop(loop: loop, nil), .never, span)), span: span),
      ], tail: nil, declaredSlots: [], span: span)
    let valueArm = TypedPattern(
      kind: .variant(enumName: enumName, variant: isResult ? 0 : 1, [valuePattern]), type: item.type,
      span: span)
    let arms = [
      TypedArm(pattern: valueArm, guardExpression: nil, body: push, span: span),
      TypedArm(
        pattern: failurePattern, guardExpression: nil, body: typed(.block(stop), .unit, span), span: span),
    ]
    return TypedStatement(kind: .expression(typed(.match(item, arms), .unit, span)), span: span)
  }

  /// After the loop: `Err(e)`/`None` if one stopped it, else `Ok(collected)`/`Some(collected)`.
  func finishFallibleCollect(_ collect: FallibleCollect, span: SourceSpan) -> TypedExpr {
    let vector = typed(.local(collect.vectorSlot), collect.vectorType, span)
    let failureMarker = typed(.local(collect.failureSlot), locals[collect.failureSlot].type, span)
    guard let failureType = collect.failureType else {
      let none = typed(.variant(enumName: "Option", variant: 0, payload: []), collect.resultType, span)
      let some = typed(.variant(enumName: "Option", variant: 1, payload: [vector]), collect.resultType, span)
      let otherwise = typed(
        .block(TypedBlock(statements: [], tail: some, declaredSlots: [], span: span)), collect.resultType,
        span)
      return typed(
        .ifElse(
          failureMarker, TypedBlock(statements: [], tail: none, declaredSlots: [], span: span), otherwise),
        collect.resultType, span)
    }
    let errorSlot = declareLocal("(error)", type: failureType, line: span.start.line)
    let errorPattern = TypedPattern(
      kind: .binding(slot: errorSlot, byReference: false, mutable: false, subpattern: nil), type: failureType,
      span: span)
    let failed = typed(
      .variant(enumName: "Result", variant: 1, payload: [typed(.local(errorSlot), failureType, span)]),
      collect.resultType, span)
    let succeeded = typed(
      .variant(enumName: "Result", variant: 0, payload: [vector]), collect.resultType, span)
    let arms = [
      TypedArm(
        pattern: TypedPattern(
          kind: .variant(enumName: "Option", variant: 1, [errorPattern]), type: failureMarker.type, span: span
        ),
        guardExpression: nil, body: failed, span: span),
      TypedArm(
        pattern: TypedPattern(
          kind: .variant(enumName: "Option", variant: 0, []), type: failureMarker.type, span: span),
        guardExpression: nil, body: succeeded, span: span),
    ]
    return typed(.match(failureMarker, arms), collect.resultType, span)
  }
}
