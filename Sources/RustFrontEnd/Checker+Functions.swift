import MemoryModel

extension Checker {
  // MARK: - Functions

  package func beginFunction(returnType: TypeTerm, owner: String?) {
    table = InferenceTable()
    table.instances = genericTypes.instances.merging(mutexInstances) { generic, _ in generic }
    genericTypes.inferredInBody = []
    genericTypes.bindingSpans = [:]
    genericTypes.defaults = []
    genericTypes.inferredByArguments = [:]
    unsuffixedLiterals = []
    locals = []
    bindingSpans = [:]
    pendingTerminals = []
    pendingTextIntos = []
    unsettledGenericCalls = []
    wildcardLets = []
    pendingTryIntos = []
    scopes = [[:]]
    declaredInScope = [[]]
    loops = []
    deferredLocals = []
    loopBreaks = []
    orPatternSlots = nil
    nextLoopID = 0
    self.returnType = returnType
    currentOwner = owner
    nesting = 0
  }

  package func declareLocal(
    _ name: String, type: TypeTerm, line: Int, isParameter: Bool = false, isMutable: Bool = false
  ) -> Int {
    let slot = locals.count
    locals.append(
      LocalVariable(name: name, type: type, line: line, isParameter: isParameter, isMutable: isMutable))
    scopes[scopes.count - 1][name] = slot
    declaredInScope[declaredInScope.count - 1].append(slot)
    return slot
  }

  package func lookupLocal(_ name: String) -> Int? {
    for scope in scopes.reversed() {
      if let slot = scope[name] { return slot }
    }
    return nil
  }

  package func pushScope() {
    scopes.append([:])
    declaredInScope.append([])
  }

  package func popScope() -> [Int] {
    scopes.removeLast()
    return declaredInScope.removeLast()
  }

  func checkFunction(_ index: Int) -> CheckedFunction? {
    let signature = signatures[index]
    let decl = signature.declaration
    beginFunction(returnType: signature.returnType, owner: signature.owner)
    intoStringArguments = decl.generics.compactMap { parameter in
      guard parameter.bounds.contains(where: { isIntoStringBound(parameter, written: $0) }) else {
        return nil
      }
      return typeSubstitution[parameter.name]
    }
    let reportedBefore = diagnostics.count
    // `-> impl Fn(…)`: the body's closure decides the type the callers get.
    var bodyReturn = signature.returnType
    if decl.returnClosureBound != nil || decl.returnImplTrait != nil {
      bodyReturn = table.fresh()
      returnType = bodyReturn
    }
    closureState.parameterSpans = [:]
    currentBodySpan = decl.body.span
    lifetimesInScope = lifetimeScope(of: signature)
    // A `use` inside the body reaches only to its end.
    let importsOutside = imports
    defer {
      lifetimesInScope = nil
      imports = importsOutside
    }
    closureState.functionName = signature.name
    currentModulePath = decl.modulePath
    closureState.closuresInFunction = 0
    var parameterSlots: [Int] = []
    var parameterPatterns: [(slot: Int, pattern: TypedPattern)] = []
    var typeIndex = 0
    if let selfType = signature.selfType {
      parameterSlots.append(
        declareLocal(
          "self", type: selfType, line: decl.span.start.line, isParameter: true,
          isMutable: decl.selfParameter == .mutableValue || decl.selfParameter == .mutableBoxed))
      typeIndex = 1
    }
    for parameter in decl.parameters {
      let type = signature.parameterTypes[typeIndex]
      typeIndex += 1
      if case .identifier(let name, let mutable, let byReference, nil) = parameter.pattern.kind, !byReference
      {
        let slot = declareLocal(
          name, type: type, line: parameter.span.start.line, isParameter: true, isMutable: mutable)
        parameterSlots.append(slot)
        closureState.parameterSpans[slot] = parameter.pattern.span
      } else {
        let slot = declareLocal(
          "(parameter \(typeIndex))", type: type, line: parameter.span.start.line, isParameter: true)
        parameterSlots.append(slot)
        let pattern = checkPattern(parameter.pattern, against: type, isParameter: true)
        if pattern.isRefutable {
          error("refutable pattern in function argument", at: parameter.pattern.span)
        }
        parameterPatterns.append((slot, pattern))
      }
    }
    // The body's own scope holds its locals; parameters live in the outer scope.
    returnsImplIterator = decl.returnImplTrait.flatMap(Self.iteratorReturnItem) != nil
    var body = checkBlock(decl.body, expected: bodyReturn)
    returnsImplIterator = false
    if let tail = body.tail {
      let kept = keepingReturnedIterator(tail, of: decl)
      // `self.items.iter()` became std's `Iter`: that is the type the callers get.
      if case .iterator = table.shallow(tail.type), kept.type != tail.type { bodyReturn = kept.type }
      body.tail = coerce(kept, to: bodyReturn)
    } else if !blockDiverges(body) && !isUnit(bodyReturn) {
      error(
        "mismatched types: expected `\(table.displayName(bodyReturn))`, found `()`",
        at: decl.returnType?.span ?? decl.span)
    }
    if let opaque = decl.returnImplTrait {
      settleIteratorReturnItem(
        opaque, hidden: bodyReturn, index: index, span: decl.returnType?.span ?? decl.span)
    }
    if let bound = decl.returnClosureBound {
      settleOpaqueReturn(bound, hidden: bodyReturn, index: index, span: decl.returnType?.span ?? decl.span)
    }
    settleTerminals()
    settleTextIntos()
    table.applyDefaults()
    if let opaque = decl.returnImplTrait {
      settleImplTraitReturn(
        opaque, hidden: bodyReturn, index: index, span: decl.returnType?.span ?? decl.span)
    }
    settleMutexes(final: false)
    settleInstances()
    chooseGenericInstances()
    settleJoinHandleGuesses()
    settleDefaults()
    checkLiteralRanges()
    let parseTargets = pendingParses.map(\.target)
    settleParses(in: decl)
    checkClosureKinds()
    finishClosures()
    settleMutexes(final: true)
    refuseLibraryComparisons(in: body)
    refuseUnorderedHeaps(in: body)
    let finalBody = body
    // As in rustc, a body with errors already reported (a refusal whose result was never
    // typed) gets no "type annotations needed" on top.
    if diagnostics.count == reportedBefore {
      reportUninferred(parseTargets: parseTargets, fallback: decl.span)
    }
    var finalLocals: [LocalVariable] = []
    for local in locals {
      var resolved = local
      resolved.type = table.resolve(local.type)
      if resolved.type.containsVariables { resolved.type = .unit }
      finalLocals.append(resolved)
    }
    let finalPatterns = parameterPatterns
    let closing = SourceLocation(line: decl.body.span.end.line, column: max(1, decl.body.span.end.column - 1))
    return CheckedFunction(
      name: signature.name, parameterSlots: parameterSlots, parameterPatterns: finalPatterns,
      returnType: table.resolve(bodyReturn), locals: finalLocals, body: finalBody, span: decl.span,
      closingBrace: closing,
      isDropImplementation: signature.owner.map { dropFunctions[$0] == index } ?? false,
      types: table, returnLifetimes: signature.returnLifetimes)
  }

  package func isUnit(_ term: TypeTerm) -> Bool {
    if case .unit = table.shallow(term) { return true }
    return false
  }

  /// True when control never reaches the end of the block (it returns, panics or loops forever).
  package func blockDiverges(_ block: TypedBlock) -> Bool {
    for statement in block.statements {
      if case .expression(let expr) = statement.kind, table.shallow(expr.type).isNever { return true }
      if case .binding(_, let value?, _) = statement.kind, table.shallow(value.type).isNever { return true }
    }
    if let tail = block.tail, table.shallow(tail.type).isNever { return true }
    return false
  }
}
