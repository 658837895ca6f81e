import MemoryModel

/// `words.iter().flat_map(|s| s.split(' '))`, `.flat_map(|s| s.chars())`,
/// `grid.iter().flat_map(|row| row.iter())` as the first stage of a chain: a loop over the
/// source whose body calls the closure (a frame per item, as `FlatMap` does) and runs the
/// rest of the chain as a loop over the iterator made from what the closure gave.
///
/// The closure's iterator is made right after its call returns, from the value it was made
/// from (`s`, `row`): the iterators a chain walks exist only inside its loop.
extension Checker {
  struct FlatMapLoop {
    var outerIterator: TypedExpr
    var outerPattern: TypedPattern
    var mapped: TypedStatement
    var span: SourceSpan
    /// `copied` or `cloned` when the closure ends in `.iter().copied()` / `.iter().cloned()`.
    var dereference: String?
    /// `let mut (flat_map iterator) = …;`: the inner iterator kept as a value, for a `collect`
    /// that sizes its `Vec` from what it has left (its item, for the chain's loop).
    var keptInner: (binding: TypedStatement, item: TypeTerm)?
  }

  /// `|v| v.iter().copied()`: the `iter()` call and the stage after it (nil for other bodies).
  private func dereferencedIteration(_ body: Expr) -> (iteration: Expr, stage: String)? {
    guard case .methodCall(let receiver, let stage, let generics, let arguments) = body.kind,
      stage == "copied" || stage == "cloned", generics.isEmpty, arguments.isEmpty,
      case .methodCall(_, "iter", let iterGenerics, let iterArguments) = receiver.kind, iterGenerics.isEmpty,
      iterArguments.isEmpty
    else { return nil }
    return (receiver, stage)
  }

  /// `|r| r.chars().map(|c| …)`: the source call under the `map` and the `map`'s closure (nil
  /// for other bodies). The `map` is made after the cut closure returns, as std's `Map` value.
  private func mappedIteration(_ body: Expr) -> (iteration: Expr, closure: Expr)? {
    guard case .methodCall(let receiver, "map", let generics, let arguments) = body.kind, generics.isEmpty,
      arguments.count == 1, case .closure = arguments[0].kind,
      case .methodCall(_, let source, _, _) = receiver.kind, ["chars", "iter"].contains(source)
    else { return nil }
    return (receiver, arguments[0])
  }

  /// The methods a `flat_map` closure may end with: they make an iterator from their receiver.
  private static let flatMapSources: Set<String> = [
    "iter", "chars", "bytes", "split", "split_whitespace", "lines",
  ]

  /// The closure of `flat_map(|s| s.split(' '))` with its body cut to the receiver (`|s| s`),
  /// or nil when the body is not such a call with constant arguments.
  func flatMapClosure(_ argument: Expr) -> ClosureExpr? {
    guard case .closure(var closure) = argument.kind,
      case .methodCall(let receiver, let name, let generics, let arguments) =
        (dereferencedIteration(closure.body)?.iteration ?? mappedIteration(closure.body)?.iteration
        ?? closure.body).kind,
      Self.flatMapSources.contains(name) || TextSplitter.methodNames.contains(name), generics.isEmpty,
      arguments.allSatisfy({ argument in
        switch argument.kind {
        case .character, .string, .integer: return true
        default: return false
        }
      })
    else { return nil }
    switch receiver.kind {
    case .field, .index:
      // `|s| s.grades.iter()`: the methods borrow the field, so the cut closure lends it
      // (`|s| &s.grades`) rather than moving it out of what `s` points at.
      closure.body = Expr(
        id: -9_500_000 - 2 * receiver.id, kind: .reference(mutable: false, receiver), span: receiver.span)
    default:
      closure.body = receiver
    }
    return closure
  }

  /// Calls the closure on each item of `outer` and makes the iterator the rest of the chain
  /// walks. Nil (reported) when the chain is not one this runs.
  func beginFlatMap(
    _ stage: Stage, outer: TypedExpr, item: TypeTerm, method: String, isFirst: Bool, collectsString: Bool,
    fallible: Bool, laterStages: [String], _ builder: inout PipelineBuilder
  ) -> (FlatMapLoop, inner: TypedExpr, item: TypeTerm)? {
    let span = stage.span
    let dereferenced = stage.argument.flatMap { original -> (iteration: Expr, stage: String)? in
      guard case .closure(let written) = original.kind else { return nil }
      return dereferencedIteration(written.body)
    }
    let mappedBody = stage.argument.flatMap { original -> (iteration: Expr, closure: Expr)? in
      guard case .closure(let written) = original.kind else { return nil }
      return mappedIteration(written.body)
    }
    guard isFirst, let closure = stage.closure, let original = stage.argument,
      case .closure(var written) = original.kind,
      case .methodCall(_, let name, let generics, let arguments) =
        (dereferenced?.iteration ?? mappedBody?.iteration ?? written.body).kind
    else {
      unsupported("`flat_map` stages after another adapter", at: span)
      return nil
    }
    if method == "collect", collectsString || fallible {
      unsupported("`String`s and `Result`s collected after `flat_map`", at: span)
      return nil
    }
    if let dereferenced { written.body = dereferenced.iteration }
    if let mappedBody { written.body = mappedBody.iteration }
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [item])
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else { return nil }
    let closureSlot = builder.declare(
      self, "(flat_map closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    let itemSlot = declareLocal("(outer item)", type: item, line: span.start.line)
    let itemPattern = TypedPattern(
      kind: .binding(slot: itemSlot, byReference: false, mutable: false, subpattern: nil), type: item,
      span: span)
    let call = callHeldClosure(
      closureSlot, signature, [typed(.local(itemSlot), item, span)], span: written.body.span)
    let mappedSlot = declareLocal("(flat_map made from)", type: call.type, line: span.start.line)
    let mappedPattern = TypedPattern(
      kind: .binding(slot: mappedSlot, byReference: false, mutable: false, subpattern: nil), type: call.type,
      span: span)
    syntheticExpressionCount += 1
    let receiver = Expr(
      id: -9_000_000 - 2 * syntheticExpressionCount, kind: .path([locals[mappedSlot].name], generics: []),
      span: written.body.span)
    var made = Expr(
      id: -9_000_001 - 2 * syntheticExpressionCount,
      kind: .methodCall(receiver: receiver, method: name, generics: generics, arguments: arguments),
      span: written.body.span)
    if let mappedBody {
      syntheticExpressionCount += 1
      made = Expr(
        id: -9_000_000 - 2 * syntheticExpressionCount,
        kind: .methodCall(receiver: made, method: "map", generics: [], arguments: [mappedBody.closure]),
        span: written.body.span)
    }
    let inner = checkExpression(made)
    if mappedBody != nil {
      // std's `Map` over the made iterator, a value the chain's loop calls `next` on.
      guard let mappedItem = libraryIteratorItem(inner.type) else {
        if !inner.type.isNever {
          unsupported("`flat_map` closures giving `\(table.displayName(inner.type))`", at: written.body.span)
        }
        return nil
      }
      let slot = declareLocal("(flat_map iterator)", type: inner.type, line: span.start.line, isMutable: true)
      let pattern = TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: true, subpattern: nil), type: inner.type,
        span: span)
      let kept = (TypedStatement(kind: .binding(pattern, inner, elseBlock: nil), span: span), mappedItem)
      let mapped = TypedStatement(kind: .binding(mappedPattern, call, elseBlock: nil), span: span)
      let loop = FlatMapLoop(
        outerIterator: outer, outerPattern: itemPattern, mapped: mapped, span: span, dereference: nil,
        keptInner: kept)
      return (loop, typed(.local(slot), inner.type, span), mappedItem)
    }
    guard case .iterator(_, let element, let enumerated, _) = table.shallow(inner.type) else {
      if !inner.type.isNever {
        unsupported(
          "`flat_map` closures giving `\(table.displayName(inner.type))`", at: written.body.span)
      }
      return nil
    }
    let filtered = laterStages.contains { ["filter", "filter_map", "skip_while", "scan"].contains($0) }
    var keptInner: (binding: TypedStatement, item: TypeTerm)?
    var walked = inner
    if method == "collect", !hasUnknownSize(inner), !filtered {
      // std sizes this `Vec` from what the current inner iterator has left, read when it is
      // full: the inner iterator is kept as a value whose size hint the loop reads.
      guard !enumerated, let stored = storedIterator(inner), let storedItem = libraryIteratorItem(stored.type)
      else {
        unsupported("`Vec`s collected after `flat_map` over `\(table.displayName(inner.type))`", at: span)
        return nil
      }
      let slot = declareLocal(
        "(flat_map iterator)", type: stored.type, line: span.start.line, isMutable: true)
      let pattern = TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: true, subpattern: nil), type: stored.type,
        span: span)
      keptInner = (TypedStatement(kind: .binding(pattern, stored, elseBlock: nil), span: span), storedItem)
      walked = typed(.local(slot), stored.type, span)
    }
    let mapped = TypedStatement(kind: .binding(mappedPattern, call, elseBlock: nil), span: span)
    let loop = FlatMapLoop(
      outerIterator: outer, outerPattern: itemPattern, mapped: mapped, span: span,
      dereference: dereferenced?.stage, keptInner: keptInner)
    return (loop, walked, keptInner?.item ?? (enumerated ? .tuple([.usize, element]) : element))
  }

  /// Puts the chain's loop (the last statement built) inside the loop over the source. Refused
  /// when something stops the inner loop early (`take`, `find`, `any`, a `break` in the body):
  /// it would stop only the inner loop.
  func finishFlatMap(_ flatMap: FlatMapLoop, _ builder: inout PipelineBuilder) -> Bool {
    guard let last = builder.statements.last, case .expression(let expr) = last.kind else { return false }
    var body: TypedBlock
    let loopID: Int
    switch expr.kind {
    case .forLoop(_, _, let loopBody, let id):
      (body, loopID) = (loopBody, id)
    case .loop(let loopBody, let id) where flatMap.keptInner != nil:
      // The loop over the kept inner iterator: its `let Some(item) = next() else { break }`
      // is the loop's own end.
      (body, loopID) = (loopBody, id)
      body.statements.removeAll { statement in
        if case .binding(_, _, let orElse?) = statement.kind {
          return orElse.statements.contains {
            if case .expression(let end) = $0.kind, case .breakLoop(id, nil) = end.kind { return true }
            return false
          }
        }
        return false
      }
    default:
      return false
    }
    if breaks(out: loopID, body) {
      unsupported(
        "`flat_map` chains that stop early (`take`, `find`, `any`, `break`, …)",
        at: flatMap.span)
      return false
    }
    builder.statements.removeLast()
    let outerID = beginLoop(label: nil, breakType: nil)
    loops.removeLast()
    let span = flatMap.span
    let outerBody = TypedBlock(
      statements: [flatMap.mapped] + (flatMap.keptInner.map { [$0.binding] } ?? []) + [last], tail: nil,
      declaredSlots: [], span: span)
    let outer = typed(
      .forLoop(flatMap.outerPattern, flatMap.outerIterator, outerBody, loop: outerID), .unit, span)
    builder.statements.append(TypedStatement(kind: .expression(outer), span: span))
    return true
  }

  /// Whether a `break` out of loop `id` is written anywhere in the block.
  private func breaks(out id: Int, _ block: TypedBlock) -> Bool {
    var pending: [TypedExpr.Child] = [.block(block)]
    while let next = pending.popLast() {
      switch next {
      case .block(let inner):
        for statement in inner.statements {
          switch statement.kind {
          case .expression(let expr): pending.append(.expression(expr))
          case .binding(_, let value, let elseBlock):
            if let value { pending.append(.expression(value)) }
            if let elseBlock { pending.append(.block(elseBlock)) }
          }
        }
        if let tail = inner.tail { pending.append(.expression(tail)) }
      case .expression(let expr):
        if case .breakLoop(let target, _) = expr.kind, target == id { return true }
        pending.append(contentsOf: expr.children)
      }
    }
    return false
  }
}

extension Checker {
  /// `Vec::from_iter` over a kept library iterator whose length is not exact (a `Flatten`, a
  /// `Chain` of `Chars`) after `map`-like stages: before each push, a full `Vec` reserves the
  /// iterator's size hint plus one, as std's `extend_desugared` does (the first item's
  /// reservation, `max(4, hint + 1)`, is the same rule on an empty `Vec`). Nil for other chains.
  func hintedCollectReserve(
    iterator: TypedExpr, collected slot: Int,
    calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedStatement? {
    // After `flat_map`, the hint is what the current inner iterator has left, exact or not.
    let afterFlatMap = calls.contains { $0.stage == "flat_map_inner" }
    guard libraryIteratorItem(iterator.type) != nil, afterFlatMap || !isTrustedLength(iterator.type),
      calls.allSatisfy({ ["map", "enumerate", "cloned", "copied", "flat_map_inner"].contains($0.stage) })
    else { return nil }
    let span = iterator.span
    let vecType = locals[slot].type
    guard case .vec(let element) = table.shallow(vecType) else { return nil }
    let vec = typed(.local(slot), vecType, span)
    let shared = typed(.addressOf(vec, mutable: false), .reference(vecType, mutable: false), span)
    let slice = typed(.coerce(.vecToSlice, shared), .reference(.slice(element), mutable: false), span)
    let length = typed(.builtin(.sliceLength, arguments: [slice]), .usize, span)
    let capacity = typed(.builtin(.vecCapacity, arguments: [shared]), .usize, span)
    let full = typed(.comparison(.equal, length, capacity), .bool, span)
    let reference = typed(
      .addressOf(iterator, mutable: false), .reference(iterator.type, mutable: false), span)
    let hint = typed(.builtin(.libraryIterator("len"), arguments: [reference]), .usize, span)
    let wanted = typed(.arithmetic(.add, hint, typed(.integer(1), .usize, span)), .usize, span)
    let mutable = typed(.addressOf(vec, mutable: true), .reference(vecType, mutable: true), span)
    let reserve = typed(.builtin(.vecReserve, arguments: [mutable, wanted]), .unit, span)
    let grow = TypedBlock(
      statements: [TypedStatement(kind: .expression(reserve), span: span)], tail: nil, declaredSlots: [],
      span: span)
    return TypedStatement(kind: .expression(typed(.ifElse(full, grow, nil), .unit, span)), span: span)
  }
}

extension Checker {
  /// `Vec::from_iter` over a hash table's iterator (exact, not `TrustedLen`): std takes the
  /// first item (running the chain's closures for it), then allocates `max(MIN_NON_ZERO_CAP,
  /// hint + 1)`, where the hint is what is left. Before each push, an empty `Vec` reserves
  /// the `length` counted before the loop less what it already holds (once: the room is then
  /// enough for every item).
  func firstItemReserve(collected slot: Int, length: Int, span: SourceSpan) -> TypedStatement {
    let vecType = locals[slot].type
    let element: TypeTerm
    if case .vec(let inner) = table.shallow(vecType) { element = inner } else { element = .unit }
    let vec = typed(.local(slot), vecType, span)
    let shared = typed(.addressOf(vec, mutable: false), .reference(vecType, mutable: false), span)
    let slice = typed(.coerce(.vecToSlice, shared), .reference(.slice(element), mutable: false), span)
    let held = typed(.builtin(.sliceLength, arguments: [slice]), .usize, span)
    let capacity = typed(.builtin(.vecCapacity, arguments: [shared]), .usize, span)
    let empty = typed(.comparison(.equal, capacity, typed(.integer(0), .usize, span)), .bool, span)
    let wanted = typed(.arithmetic(.subtract, typed(.local(length), .usize, span), held), .usize, span)
    let mutable = typed(.addressOf(vec, mutable: true), .reference(vecType, mutable: true), span)
    let reserve = typed(.builtin(.vecReserve, arguments: [mutable, wanted]), .unit, span)
    let grow = TypedBlock(
      statements: [TypedStatement(kind: .expression(reserve), span: span)], tail: nil, declaredSlots: [],
      span: span)
    return TypedStatement(kind: .expression(typed(.ifElse(empty, grow, nil), .unit, span)), span: span)
  }
}
