import MemoryModel

/// Closures: capturing locals, checking bodies, and the closure functions they become.
extension Checker {
  /// A local by name, capturing it from the enclosing function inside a closure body.
  package func resolveLocal(_ name: String, at span: SourceSpan? = nil) -> Int? {
    if let slot = lookupLocal(name) { return slot }
    guard let enclosing = closureState.enclosing else { return nil }
    var outerSlot: Int?
    for scope in enclosing.scopes.reversed() {
      if let slot = scope[name] {
        outerSlot = slot
        break
      }
    }
    if outerSlot == nil, closureState.isNested {
      outerSlot = captureIntoClosure(atLevel: closureState.outers.count, name, at: span)
    }
    guard let outerSlot, let enclosing = closureState.enclosing else { return nil }
    let outer = enclosing.locals[outerSlot]
    let slot = locals.count
    locals.append(
      LocalVariable(
        name: name, type: outer.type, line: outer.line, isParameter: false, isMutable: outer.isMutable))
    scopes[0][name] = slot
    closureState.captures.append(
      .init(name: name, outerSlot: outerSlot, standInSlot: slot, firstUseSpan: span))
    return slot
  }

  /// A closure inside a closure uses a local of a context further out: each closure between
  /// captures it in turn (a stand-in among its locals), outermost first, and the closure one
  /// level in captures that stand-in. Levels count from the function (0); the closure being
  /// checked is at `outers.count + 1`, so `level` is one of the closures around it.
  private func captureIntoClosure(atLevel level: Int, _ name: String, at span: SourceSpan?) -> Int? {
    guard level >= 1, level <= closureState.outers.count else { return nil }
    var slotBelow: Int?
    for scope in closureState.outers[level - 1].enclosing.scopes.reversed() {
      if let slot = scope[name] {
        slotBelow = slot
        break
      }
    }
    if slotBelow == nil { slotBelow = captureIntoClosure(atLevel: level - 1, name, at: span) }
    guard let slotBelow else { return nil }
    let local = closureState.outers[level - 1].enclosing.locals[slotBelow]
    let standInLocal = LocalVariable(
      name: name, type: local.type, line: local.line, isParameter: false, isMutable: local.isMutable)
    let standIn: Int
    if level == closureState.outers.count {
      guard var enclosing = closureState.enclosing else { return nil }
      standIn = enclosing.locals.count
      enclosing.locals.append(standInLocal)
      enclosing.scopes[0][name] = standIn
      closureState.enclosing = enclosing
    } else {
      standIn = closureState.outers[level].enclosing.locals.count
      closureState.outers[level].enclosing.locals.append(standInLocal)
      closureState.outers[level].enclosing.scopes[0][name] = standIn
    }
    closureState.outers[level - 1].captures.append(
      .init(name: name, outerSlot: slotBelow, standInSlot: standIn, firstUseSpan: span))
    return standIn
  }

  /// Called wherever a place is written or borrowed mutably: a capture used so is captured
  /// by `&mut` (or, in a `move` closure, makes the closure `FnMut`).
  package func noteMutableUse(of slot: Int, at span: SourceSpan? = nil, assigning: Bool = false) {
    guard let index = closureState.captureIndex(standIn: slot) else { return }
    closureState.captures[index].mutated = true
    if let span { closureState.captures[index].mutationSpans.insert(span) }
    if closureState.captures[index].mutationSpan == nil, let span {
      closureState.captures[index].mutationSpan = span
      closureState.captures[index].mutationIsAssignment = assigning
    }
  }

  /// `|x| x + 1`: a closure parameter not yet known takes the other operand's type, as it
  /// must for the arithmetic the subset knows (numbers with numbers of the same type).
  package func inferClosureOperand(_ left: TypeTerm, _ right: TypeTerm) {
    let leftShallow = table.shallow(left)
    let rightShallow = table.shallow(right)
    let leftUnknown = isInferenceVariable(leftShallow) && table.kind(of: leftShallow) == .general
    let rightUnknown = isInferenceVariable(rightShallow) && table.kind(of: rightShallow) == .general
    if (leftUnknown && (isNumeric(right) || rightUnknown)) || (rightUnknown && isNumeric(left)) {
      _ = table.unify(left, right)
    }
  }

  /// `|a, b| a * b`: both operands unknown until the closure is called. The arithmetic is
  /// typed now and its type must turn out to be a number once the enclosing function is done.
  package func deferClosureArithmetic(
    _ op: BinaryOperator, _ left: TypedExpr, _ right: TypedExpr, span: SourceSpan
  )
    -> TypedExpr?
  {
    guard closureState.enclosing != nil, isInferenceVariable(table.shallow(left.type)),
      table.kind(of: table.shallow(left.type)) == .general, table.unify(left.type, right.type)
    else { return nil }
    closureState.deferredOperands.append((left.type, span))
    return typed(.arithmetic(op, left, right), left.type, span)
  }

  /// Using a value of this type by value moves it (it is not known to be `Copy`).
  func movesWhenUsed(_ type: TypeTerm) -> Bool {
    let resolved = table.resolve(type)
    return !(resolved.rustType.map { layoutCalculator.isCopy($0) } ?? true)
  }

  private func isInferenceVariable(_ term: TypeTerm) -> Bool {
    if case .variable = term { return true }
    return false
  }

  package func isCapture(_ slot: Int) -> Bool { closureState.captureIndex(standIn: slot) != nil }

  /// Whether a type written on a closure parameter has a `&` without a lifetime (`&str`,
  /// `(&str, i32)`, `Vec<&str>`).
  static func leavesReferenceLifetimeOut(_ type: TypeExpr) -> Bool {
    switch type.kind {
    case .reference(_, let lifetime, let referent):
      return lifetime == nil || lifetime == "_" || leavesReferenceLifetimeOut(referent)
    case .path(_, let generics): return generics.contains { leavesReferenceLifetimeOut($0) }
    case .array(let element, _), .slice(let element): return leavesReferenceLifetimeOut(element)
    case .tuple(let items): return items.contains { leavesReferenceLifetimeOut($0) }
    case .inferred, .never: return false
    }
  }

  func checkClosure(_ closure: ClosureExpr, span: SourceSpan, expectedParameters: [TypeTerm] = [])
    -> TypedExpr
  {
    var forwardedTypes: [TypeTerm] = []
    // rustc words a mismatch by what was passed: a closure, or a function named by path.
    var passed = "closure"
    if let path = closure.forwardedFunction {
      if path.count > 1 || lookupLocal(path[0]) == nil { passed = "function" }
      guard let types = forwardedParameterTypes(path, arity: closure.parameters.count, span: closure.headSpan)
      else { return invalid(span) }
      forwardedTypes = types
    }
    // A closure inside a closure captures the places it uses from the closure around it, which
    // captures them in turn from its own context.
    let isNested = closureState.enclosing != nil
    if let enclosing = closureState.enclosing {
      closureState.outers.append((enclosing, closureState.captures))
    }
    let structName = "\(closureState.functionName)::{closure#\(closureState.closuresInFunction)}"
    closureState.closuresInFunction += 1
    // The next function index, shared with generic instances; the placeholder signature keeps
    // the index taken and is never checked itself.
    let functionIndex = signatures.count
    guard let placeholder = signatures.last else {
      unsupported("closures outside functions", at: closure.headSpan)
      return invalid(span)
    }
    signatures.append(placeholder)
    closureState.reservedIndices.insert(functionIndex)
    let standalone = standaloneClosureHead == closure.headSpan && closure.forwardedFunction == nil
    standaloneClosureHead = nil
    let callOnly: Set<Int> =
      standalone
      ? Set(
        closure.parameters.indices.filter {
          closure.parameters[$0].type.map(Self.leavesReferenceLifetimeOut) ?? false
        }
        .map { $0 + 1 }) : []
    let declaredReturn = closure.returnType.map { resolveType($0, selfType: currentOwner) }
    let bodyReturn = declaredReturn ?? table.fresh()

    closureState.enclosing = ClosureState.Enclosing(
      locals: locals, scopes: scopes, declaredInScope: declaredInScope, loops: loops,
      deferredLocals: deferredLocals, loopBreaks: loopBreaks, orPatternSlots: orPatternSlots,
      nextLoopID: nextLoopID, returnType: returnType)
    closureState.captures = []
    locals = []
    scopes = [[:]]
    declaredInScope = [[]]
    loops = []
    deferredLocals = []
    loopBreaks = []
    orPatternSlots = nil
    nextLoopID = 0
    returnType = bodyReturn

    let line = closure.headSpan.start.line
    // The environment pointer's type is settled once the captures are known.
    let environmentSlot = declareLocal("(captures)", type: .unit, line: line, isParameter: true)
    var parameterSlots = [environmentSlot]
    var parameterTypes: [TypeTerm] = []
    var parameterPatterns: [(slot: Int, pattern: TypedPattern)] = []
    for (number, parameter) in closure.parameters.enumerated() {
      let type =
        parameter.type.map { resolveType($0, selfType: currentOwner) }
        ?? (number < forwardedTypes.count ? forwardedTypes[number] : table.fresh())
      if number < expectedParameters.count, !table.unify(type, expectedParameters[number]) {
        var diagnostic = Diagnostic("type mismatch in \(passed) arguments", at: closure.headSpan)
        diagnostic.code = "E0631"
        diagnostics.append(diagnostic)
      }
      parameterTypes.append(type)
      if case .identifier(let name, let mutable, false, nil) = parameter.pattern.kind {
        parameterSlots.append(
          declareLocal(name, type: type, line: line, isParameter: true, isMutable: mutable))
      } else {
        let slot = declareLocal("(parameter \(number + 1))", type: type, line: line, isParameter: true)
        parameterSlots.append(slot)
        let pattern = checkPattern(parameter.pattern, against: type, isParameter: true)
        if pattern.isRefutable { error("refutable pattern in closure argument", at: parameter.pattern.span) }
        parameterPatterns.append((slot, pattern))
      }
    }
    var body: TypedBlock
    if case .block(let block) = closure.body.kind {
      body = checkBlock(block, expected: bodyReturn)
      if body.tail == nil, !blockDiverges(body), !table.unify(bodyReturn, .unit) {
        error(
          "mismatched types: expected `\(table.displayName(bodyReturn))`, found `()`", at: closure.body.span)
      }
    } else {
      let value = coerce(checkExpression(closure.body), to: bodyReturn)
      body = TypedBlock(statements: [], tail: value, declaredSlots: [], span: closure.body.span)
    }
    if let tail = body.tail, !table.unify(tail.type, bodyReturn), !table.shallow(tail.type).isNever {
      error(
        "mismatched types: expected `\(table.displayName(bodyReturn))`, found `\(table.displayName(tail.type))`",
        at: tail.span)
    }

    let captures = closureState.captures
    let closureLocals = locals
    // Back to the enclosing function.
    if let saved = closureState.enclosing {
      locals = saved.locals
      scopes = saved.scopes
      declaredInScope = saved.declaredInScope
      loops = saved.loops
      deferredLocals = saved.deferredLocals
      loopBreaks = saved.loopBreaks
      orPatternSlots = saved.orPatternSlots
      nextLoopID = saved.nextLoopID
      returnType = saved.returnType
    }
    if let outer = closureState.outers.popLast() {
      closureState.enclosing = outer.enclosing
      closureState.captures = outer.captures
      // A capture the inner closure changes through its borrow is changed by the outer one
      // too, which must then hold it by `&mut` (a `move` inner closure changes its own copy).
      if !closure.isMove {
        for changed in captures where changed.mutated {
          noteMutableUse(
            of: changed.outerSlot, at: changed.mutationSpan, assigning: changed.mutationIsAssignment)
        }
      }
    } else {
      closureState.enclosing = nil
      closureState.captures = []
    }

    let mutatesCaptures = captures.contains { $0.mutated }
    closureState.mutations[structName] = captures
    closureState.headSpans[structName] = closure.headSpan
    var places = capturedPlaces(of: captures, in: body, isMove: closure.isMove, byField: true)
    // Whether the body moves a capture out (an `FnOnce`), with the types known so far; a
    // `move` closure that does is called by value.
    var probe = ClosureBodyRewriter(
      captures: Dictionary(
        uniqueKeysWithValues: places.filter(\.isWholeVariable).map {
          let slot = $0.capture.standInSlot
          return (slot, typed(.local(slot), closureLocals[slot].type, closure.headSpan))
        }),
      movesWhenUsed: Dictionary(
        uniqueKeysWithValues: captures.map { capture in
          (capture.standInSlot, movesWhenUsed(closureLocals[capture.standInSlot].type))
        }), slots: [:])
    for place in places where !place.isWholeVariable {
      if let use = place.firstUse {
        probe.fieldCaptures[place.capture.standInSlot, default: []].append(
          (place.path, use, movesWhenUsed(place.type)))
      }
    }
    _ = probe.block(body)
    if let span = probe.consumingUse, let slot = probe.consumingSlot,
      let capture = captures.first(where: { $0.standInSlot == slot })
    {
      closureState.consumingUses[structName] = (capture.name, span)
    }
    let consumes = closure.isMove && probe.consumingUse != nil
    var fields: [(name: String, type: TypeTerm)] = []
    var values: [(index: Int, value: TypedExpr)] = []
    for (index, place) in places.enumerated() {
      let capture = place.capture
      let outerType = locals[capture.outerSlot].type
      // Inside a closure, a field changed is rooted at the change, which the closure around
      // it notes as its own (`noteMutableUse`), so it holds that field by `&mut` and the rest
      // of the variable by `&`.
      let rootSpan =
        isNested && place.mutated && !place.isWholeVariable
        ? capture.mutationSpan ?? closure.headSpan : closure.headSpan
      let root = typed(.local(capture.outerSlot), outerType, rootSpan)
      let captured = place.place(rootedAt: root)
      if closureState.copiesSharedReferences, !place.mutated,
        case .reference(_, false) = table.shallow(place.type)
      {
        places[index].isCopied = true
      }
      if closure.isMove || places[index].isCopied {
        fields.append((place.name, place.type))
        values.append((index, captured))
      } else {
        let type = TypeTerm.reference(place.type, mutable: place.mutated)
        fields.append((place.name, type))
        var used = captured
        if place.isWholeVariable { used.span = capture.firstUseSpan ?? closure.headSpan }
        values.append((index, typed(.addressOf(used, mutable: place.mutated), type, closure.headSpan)))
      }
    }
    structs[structName] = StructInfo(
      name: structName, fields: fields, shape: .named, derives: [], span: closure.headSpan)
    closureState.signatures[structName] = ClosureState.Signature(
      functionIndex: functionIndex, parameterTypes: parameterTypes, returnType: bodyReturn,
      mutatesCaptures: mutatesCaptures, consumes: consumes, resultSpan: plainResultSpan(of: body))
    var environment = closureLocals
    // `call_once` takes the closure itself; `call` and `call_mut` a reference to it.
    environment[environmentSlot].type =
      consumes ? .structure(structName) : .reference(.structure(structName), mutable: mutatesCaptures)
    let closingBrace = SourceLocation(
      line: closure.body.span.end.line, column: max(1, closure.body.span.end.column - 1))
    var function = CheckedFunction(
      name: structName, parameterSlots: parameterSlots, parameterPatterns: parameterPatterns,
      returnType: bodyReturn, locals: environment, body: body, span: span, closingBrace: closingBrace,
      isDropImplementation: false, types: table)
    function.callOnlyParameterPositions = callOnly
    closureState.pending.append(
      .init(
        structName: structName, function: function, captures: captures, isMove: closure.isMove,
        headSpan: closure.headSpan, places: places))
    return typed(.structLiteral(name: structName, fields: values, base: nil), .structure(structName), span)
  }

  /// Once the enclosing function's types are final: each closure's body reaches its captures
  /// through the environment pointer, and its function joins the program.
  func finishClosures() {
    for (type, span) in closureState.deferredOperands
    where !isNumeric(table.resolve(type)) && !table.resolve(type).containsVariables {
      unsupported("arithmetic on closure parameters whose type is not a number", at: span)
    }
    closureState.deferredOperands = []
    for pending in closureState.pending {
      var function = pending.function
      function.types = table
      let environmentSlot = function.parameterSlots[0]
      let environmentType = function.locals[environmentSlot].type
      let consumes = closureState.signatures[pending.structName]?.consumes ?? false
      let environmentPointer = TypedExpr(
        kind: .local(environmentSlot), type: environmentType, span: pending.headSpan)
      let environment =
        consumes
        ? environmentPointer
        : TypedExpr(
          kind: .deref(environmentPointer), type: .structure(pending.structName), span: pending.headSpan)
      var replacements: [Int: TypedExpr] = [:]
      var fieldReplacements: [Int: [(path: [Int], replacement: TypedExpr, moves: Bool)]] = [:]
      var moves: [Int: Bool] = [:]
      for (index, place) in pending.places.enumerated() {
        let slot = place.capture.standInSlot
        let type = place.isWholeVariable ? function.locals[slot].type : place.type
        let placeMoves = movesWhenUsed(type)
        let captured: TypedExpr
        if pending.isMove || place.isCopied {
          captured = TypedExpr(kind: .field(environment, index: index), type: type, span: pending.headSpan)
        } else {
          let reference = TypedExpr(
            kind: .field(environment, index: index), type: .reference(type, mutable: place.mutated),
            span: pending.headSpan)
          captured = TypedExpr(kind: .deref(reference), type: type, span: pending.headSpan)
        }
        if place.isWholeVariable {
          moves[slot] = placeMoves
          replacements[slot] = captured
        } else {
          fieldReplacements[slot, default: []].append((place.path, captured, placeMoves))
        }
      }
      if function.locals.contains(where: { table.resolve($0.type).containsVariables }) {
        var diagnostic = Diagnostic("type annotations needed", at: pending.headSpan)
        diagnostic.code = "E0282"
        diagnostics.append(diagnostic)
        continue
      }
      var slots: [Int: Int] = [:]
      var kept: [LocalVariable] = []
      for (slot, local) in function.locals.enumerated()
      where replacements[slot] == nil && fieldReplacements[slot] == nil {
        slots[slot] = kept.count
        var resolved = local
        resolved.type = table.resolve(local.type)
        kept.append(resolved)
      }
      var rewriter = ClosureBodyRewriter(captures: replacements, movesWhenUsed: moves, slots: slots)
      rewriter.fieldCaptures = fieldReplacements
      function.body = rewriter.block(function.body)
      function.parameterSlots = function.parameterSlots.map { slots[$0] ?? $0 }
      function.parameterPatterns = function.parameterPatterns.map {
        (slots[$0.slot] ?? $0.slot, rewriter.pattern($0.pattern))
      }
      function.locals = kept
      function.returnType = table.resolve(function.returnType)
      if let consuming = rewriter.consumingUse, !consumes,
        !closureState.reportedKinds.contains(pending.structName)
      {
        unsupported("closures that move a captured value out of themselves (`FnOnce`)", at: consuming)
      }
      // A closure is `Copy` when everything it captured is (shared references, copied numbers).
      if var info = structs[pending.structName] {
        info.fields = info.fields.map { ($0.name, table.resolve($0.type)) }
        let allCopy = info.fields.allSatisfy { field in
          if case .reference(_, true) = field.type { return false }
          return field.type.rustType.map { layoutCalculator.isCopy($0) } ?? false
        }
        if allCopy { info.derives = ["Clone", "Copy"] }
        structs[pending.structName] = info
      }
      if var signature = closureState.signatures[pending.structName] {
        // Later bodies (a generic instance calling this closure) have tables of their own.
        signature.parameterTypes = signature.parameterTypes.map { table.resolve($0) }
        signature.returnType = table.resolve(signature.returnType)
        closureState.signatures[pending.structName] = signature
        closureState.functionsByIndex[signature.functionIndex] = function
      }
    }
    closureState.pending = []
  }
}
