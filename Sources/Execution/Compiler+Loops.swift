import RustFrontEnd

extension Compiler {
  package func compileWhile(
    condition: TypedExpr?, pattern: TypedPattern?, scrutinee: TypedExpr?, body: TypedBlock, id: Int,
    span: SourceSpan
  ) {
    let start = depth
    let top = here
    var exits: [Int] = []
    // Each iteration's condition temporaries drop before the body runs.
    statementDepth += 1
    let conditionDepth = statementDepth
    if let condition {
      compileValue(condition)
      emit(.endStatement(depth: conditionDepth))
      exits.append(emit(.jumpIfFalse(0), stack: -1))
    } else if let pattern, let scrutinee {
      compileScrutinee(scrutinee, needsAddress: patternBindsByReference(pattern))
      var failures: [Int] = []
      compilePatternTests(pattern, path: [], failures: &failures)
      compileBindings(pattern, path: [], offset: 0, deferMoves: false)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
      let skip = emit(.jump(0))
      let failTarget = here
      for failure in failures { patchJump(failure, to: failTarget) }
      emit(.truncate(depth: start, keep: 0))
      emit(.endStatement(depth: conditionDepth))
      exits.append(emit(.jump(0)))
      patchJump(skip, to: here)
      depth = start
    }
    loops.append(
      LoopRecord(
        id: id, stackDepth: start, scopeLevel: scopes.count, register: nil, continueTarget: 0,
        producesValue: false, iterationDepth: conditionDepth))
    compileBlock(body, asValue: false)
    let record = loops.removeLast()
    let continueTarget = here
    emit(.endStatement(depth: conditionDepth))
    mark(span.start, reentry: true)
    emit(.jump(top))
    for jump in record.continueJumps { patchJump(jump, to: continueTarget) }
    statementDepth -= 1
    let exit = here
    for jump in exits + record.breakJumps { patchJump(jump, to: exit) }
    depth = start
    emit(.push(.unit), stack: 1)
  }

  package func compileLoop(body: TypedBlock, id: Int, type: TypeTerm, span: SourceSpan) {
    let start = depth
    let top = here
    var producesValue = true
    switch resolved(type) {
    case .unit, .never: producesValue = false
    default: break
    }
    loops.append(
      LoopRecord(
        id: id, stackDepth: start, scopeLevel: scopes.count, register: nil, continueTarget: top,
        producesValue: producesValue, iterationDepth: nil))
    compileBlock(body, asValue: false)
    let record = loops.removeLast()
    let continueTarget = here
    mark(span.start, reentry: true)
    emit(.jump(top))
    for jump in record.continueJumps { patchJump(jump, to: continueTarget) }
    let exit = here
    for jump in record.breakJumps { patchJump(jump, to: exit) }
    depth = start
    if producesValue {
      depth += 1
    } else {
      emit(.push(.unit), stack: 1)
    }
  }

  /// Compiles an iterator expression into a register.
  package func compileIterator(_ expr: TypedExpr, register: Int) {
    if case .range(let element, _) = resolved(expr.type) {
      let iterator = TypedExpr(
        kind: .iterate(expr), type: .iterator(.range, item: element, enumerated: false, reversed: false),
        span: expr.span)
      compileIterator(iterator, register: register)
      return
    }
    guard case .iterator(let kind, let item, let enumerated, let reversed) = resolved(expr.type) else {
      compileValue(expr)
      emit(.pop, stack: -1)
      return
    }
    switch expr.kind {
    case .adaptIterator(let inner):
      compileIterator(inner, register: register)
      var innerEnumerated = false
      var innerReversed = false
      if case .iterator(_, _, let isEnumerated, let isReversed) = resolved(inner.type) {
        innerEnumerated = isEnumerated
        innerReversed = isReversed
      }
      emit(
        .iteratorAdapt(
          register: register, enumerate: enumerated && !innerEnumerated, reverse: reversed != innerReversed))
    case .iterate(let source):
      var elementType = typeID(item)
      var inclusive = false
      if case .range(_, let isInclusive) = resolved(source.type) { inclusive = isInclusive }
      switch kind {
      case .range:
        if case .range(let low?, nil, false) = source.kind {
          // `start..` has no end: `()` in the end's place tells the iterator so.
          compileValue(low)
          emit(.push(.unit), stack: 1)
          emit(.makeTuple(count: 2), stack: -1)
        } else {
          compileValue(source)
        }
      case .sliceShared, .sliceMutable:
        compileValue(source)
        if case .reference(let inner, _) = resolved(item) { elementType = typeID(inner) }
      case .vecOwned, .arrayOwned:
        // Moved into the iterator, which the chain's terminal consumes: dropped with it.
        compileValue(source)
        emit(.materialize(type: typeID(source.type), depth: statementDepth, extended: nil))
      case .hashOwned(.drained):
        // `drain()`: the iterator reaches the table through `&mut`; it stays where it is.
        compileValue(source)
        if case .reference(let table, _) = resolved(source.type) { elementType = typeID(table) }
      case .hashOwned:
        // The table moves into a temporary the iterator owns; its entries come from its type.
        compileValue(source)
        elementType = typeID(source.type)
        emit(.materialize(type: elementType, depth: statementDepth, extended: nil))
      case .chars, .bytes, .pieces:
        compileValue(source)
        if case .pieces(.zip) = kind { elementType = typeID(item) }
        // A hash table's iterator reads its entries from the table's own type.
        if case .pieces(let rule) = kind, rule.isHashTable || rule.isDeque || rule.setOperation != nil,
          case .tuple(let parts) = resolved(source.type),
          let receiver = parts.first, case .reference(let table, _) = resolved(receiver)
        {
          elementType = typeID(table)
        }
        if case .pieces = kind, case .reference(let inner, _) = resolved(item),
          case .slice(let element) = resolved(inner)
        {
          elementType = typeID(element)
        }
      }
      emit(
        .iteratorStart(
          register: register, kind: kind, elementType: elementType, inclusive: inclusive,
          at: SourcePoint(source.span.start)),
        stack: -1)
    default:
      compileValue(expr)
      emit(.pop, stack: -1)
    }
  }

  package func allocateRegister() -> Int {
    let register = registers
    registers += 1
    maximumRegisters = max(maximumRegisters, registers)
    return register
  }

  package func compileFor(
    pattern: TypedPattern, iterator: TypedExpr, body: TypedBlock, id: Int, span: SourceSpan
  ) {
    let start = depth
    let register = allocateRegister()
    defer { registers -= 1 }
    forLoopRegisters[id] = register
    compileIterator(iterator, register: register)
    let top = here
    let next = emit(.iteratorNext(register: register, exit: 0), stack: 1)
    statementDepth += 1
    let itemDepth = statementDepth
    if case .binding(let slot, false, _, nil) = pattern.kind {
      emit(.initialize(slot: slot), stack: -1)
    } else {
      let runtime = runtimeType(pattern.type)
      if runtime.needsDrop || patternBindsByReference(pattern) {
        let type = typeID(pattern.type)
        emit(.materialize(type: type, depth: itemDepth, extended: nil))
        emit(.duplicate, stack: 1)
        emit(.loadIndirect(type: type))
      } else {
        emit(.push(.unit), stack: 1)
        emit(.swapTop)
      }
      compileIrrefutableBindings(pattern, fromPlace: false)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
    }
    loops.append(
      LoopRecord(
        id: id, stackDepth: start, scopeLevel: scopes.count, register: register, continueTarget: 0,
        producesValue: false, iterationDepth: itemDepth))
    compileBlock(body, asValue: false)
    let record = loops.removeLast()
    let continueTarget = here
    emit(.endStatement(depth: itemDepth))
    mark(span.start, reentry: true)
    emit(.jump(top))
    for jump in record.continueJumps { patchJump(jump, to: continueTarget) }
    statementDepth -= 1
    let exit = here
    patchJump(next, to: exit)
    for jump in record.breakJumps { patchJump(jump, to: exit) }
    depth = start
    if let collected = inPlaceCollectedType(body) {
      // An in-place `collect`'s loop: the source's buffer becomes the new `Vec`'s before the
      // statement's end drops the `IntoIter` holding it.
      emit(.push(integerValue(Int128(register), type: .usize)), stack: 1)
      emit(
        .builtin(
          .libraryIterator("in place end"), types: [typeID(.usize), typeID(collected)],
          at: SourcePoint(span.start)),
        stack: 0)
      emit(.pop, stack: -1)
    }
    emit(.iteratorEnd(register: register))
    emit(.push(.unit), stack: 1)
  }

  /// The `Vec` an in-place `collect` makes in this loop (its body hands each item to
  /// `in place write`), or nil for any other loop.
  private func inPlaceCollectedType(_ body: TypedBlock) -> TypeTerm? {
    func written(_ expr: TypedExpr) -> TypeTerm? {
      if case .builtin(.libraryIterator("in place write"), let arguments) = expr.kind,
        let item = arguments.first
      {
        return .vec(item.type)
      }
      // A fallible `collect` writes in its `Ok`/`Some` arm.
      if case .match(_, let arms) = expr.kind { return arms.lazy.compactMap { written($0.body) }.first }
      return nil
    }
    for statement in body.statements.reversed() {
      if case .expression(let expr) = statement.kind, let type = written(expr) { return type }
    }
    return nil
  }

  package func compileBreak(id: Int, value: TypedExpr?) {
    let entry = depth
    guard let index = loops.lastIndex(where: { $0.id == id }) else {
      emit(.push(.unit), stack: 1)
      return
    }
    let record = loops[index]
    if let value {
      compileValue(value)
    }
    emitExits(downTo: record.scopeLevel, leavingLoopsFrom: index + 1)
    if let iterationDepth = record.iterationDepth { emit(.endStatement(depth: iterationDepth)) }
    emit(.truncate(depth: record.stackDepth, keep: value == nil ? 0 : 1))
    loops[index].breakJumps.append(emit(.jump(0)))
    depth = entry + 1
  }

  package func compileContinue(id: Int) {
    let entry = depth
    guard let index = loops.lastIndex(where: { $0.id == id }) else {
      emit(.push(.unit), stack: 1)
      return
    }
    let record = loops[index]
    emitExits(downTo: record.scopeLevel, leavingLoopsFrom: index + 1)
    emit(.truncate(depth: record.stackDepth, keep: 0))
    loops[index].continueJumps.append(emit(.jump(0)))
    depth = entry + 1
  }
}
