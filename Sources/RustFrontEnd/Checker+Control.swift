extension Checker {
  package func checkIf(
    condition: Expr, then: Block, elseBranch: Expr?, expected: TypeTerm? = nil, id: Int, span: SourceSpan
  ) -> TypedExpr {
    let wanted = annotatedInitializer.flatMap { $0.id == id ? $0.type : nil }
    let isUnitStatement = unitStatementID == id
    let checkedCondition = coerce(checkExpression(condition), to: .bool)
    var thenBlock = checkBlock(then, expected: elseBranch == nil ? nil : expected)
    guard let elseBranch else {
      let type = typeWithoutElse(thenBlock, wanted: wanted, isUnitStatement: isUnitStatement, span: span)
      return typed(.ifElse(checkedCondition, thenBlock, nil), type, span)
    }
    var checkedElse = checkElseBranch(elseBranch, expected: expected, wanted: wanted)
    let type = joinBranches(&thenBlock, &checkedElse, wanted: wanted)
    return typed(.ifElse(checkedCondition, thenBlock, checkedElse), type, span)
  }

  /// The common type of an `if`'s two branches (a diverging branch takes the other's type).
  private func joinBranches(_ thenBlock: inout TypedBlock, _ elseExpr: inout TypedExpr, wanted: TypeTerm?)
    -> TypeTerm
  {
    let thenType = blockType(thenBlock)
    let elseType = elseExpr.type
    if table.shallow(thenType).isNever { return elseType }
    if table.shallow(elseType).isNever { return thenType }
    if table.unify(thenType, elseType) { return thenType }
    if let tail = thenBlock.tail, case .reference = table.shallow(thenType),
      case .reference = table.shallow(elseType)
    {
      thenBlock.tail = coerce(tail, to: elseType)
      return elseType
    }
    // rustc points at the value the `else` block ends with.
    var elseValue = elseExpr
    while case .block(let block) = elseValue.kind, let tail = block.tail { elseValue = tail }
    if let wanted = settledExpectation(wanted) {
      let thenValue = thenBlock.tail.map { sourceSpan(of: branchValue($0)) } ?? thenBlock.span
      reportAgainstExpectation(
        wanted, branches: [(thenType, thenValue), (elseType, sourceSpan(of: elseValue))])
      return wanted
    }
    error(
      "`if` and `else` have incompatible types: expected `\(table.displayName(thenType))`, found `\(table.displayName(elseType))`",
      at: sourceSpan(of: elseValue))
    return thenType
  }

  package func checkIfLet(
    pattern: Pattern, scrutinee: Expr, then: Block, elseBranch: Expr?, id: Int, span: SourceSpan
  ) -> TypedExpr {
    let wanted = annotatedInitializer.flatMap { $0.id == id ? $0.type : nil }
    let isUnitStatement = unitStatementID == id
    let checkedScrutinee = checkExpression(scrutinee)
    pushScope()
    let checkedPattern = checkPattern(pattern, against: checkedScrutinee.type, isParameter: false)
    var thenBlock = checkBlock(then, expected: nil)
    thenBlock.declaredSlots = popScope() + thenBlock.declaredSlots
    guard let elseBranch else {
      let type = typeWithoutElse(thenBlock, wanted: wanted, isUnitStatement: isUnitStatement, span: span)
      return typed(.ifLet(checkedPattern, checkedScrutinee, thenBlock, nil), type, span)
    }
    var checkedElse = checkElseBranch(elseBranch, expected: nil, wanted: wanted)
    let type = joinBranches(&thenBlock, &checkedElse, wanted: wanted)
    return typed(.ifLet(checkedPattern, checkedScrutinee, thenBlock, checkedElse), type, span)
  }

  package func beginLoop(label: String?, breakType: TypeTerm?) -> Int {
    let id = nextLoopID
    nextLoopID += 1
    loops.append(LoopContext(label: label, id: id, breakType: breakType))
    return id
  }

  package func findLoop(_ label: String?, span: SourceSpan, isContinue: Bool = false) -> LoopContext? {
    guard !loops.isEmpty else {
      error("`break` or `continue` outside of a loop", at: span)
      return nil
    }
    guard let label else {
      if let innermost = loops.last, innermost.isLabeledBlock {
        reportUnlabeledJump(isContinue: isContinue, at: span)
        return nil
      }
      return loops.last
    }
    if let context = loops.last(where: { $0.label == label }) {
      if isContinue, context.isLabeledBlock {
        reportContinueToBlock(at: span)
        return nil
      }
      return context
    }
    error("use of undeclared label `\(label)`", at: span)
    return nil
  }

  package func checkWhile(condition: Expr, body: Block, label: String?, span: SourceSpan) -> TypedExpr {
    let checkedCondition = coerce(checkExpression(condition), to: .bool)
    let id = beginLoop(label: label, breakType: nil)
    let checkedBody = checkLoopBody(body)
    loops.removeLast()
    return typed(.whileLoop(checkedCondition, checkedBody, loop: id), .unit, span)
  }

  func checkLoopBody(_ body: Block) -> TypedBlock {
    let checked = checkBlock(body, expected: nil)
    if let tail = checked.tail, !isUnit(tail.type), !table.shallow(tail.type).isNever {
      error("mismatched types: expected `()`, found `\(table.displayName(tail.type))`", at: tail.span)
    }
    return checked
  }

  package func checkWhileLet(pattern: Pattern, scrutinee: Expr, body: Block, label: String?, span: SourceSpan)
    -> TypedExpr
  {
    let checkedScrutinee = checkExpression(scrutinee)
    let id = beginLoop(label: label, breakType: nil)
    pushScope()
    let checkedPattern = checkPattern(pattern, against: checkedScrutinee.type, isParameter: false)
    var checkedBody = checkLoopBody(body)
    checkedBody.declaredSlots = popScope() + checkedBody.declaredSlots
    loops.removeLast()
    return typed(.whileLet(checkedPattern, checkedScrutinee, checkedBody, loop: id), .unit, span)
  }

  package func checkLoop(body: Block, label: String?, span: SourceSpan) -> TypedExpr {
    let breakType = table.fresh()
    let id = beginLoop(label: label, breakType: breakType)
    if isLabeledBlock(body) { loops[loops.count - 1].isLabeledBlock = true }
    let checkedBody = checkLoopBody(body)
    loops.removeLast()
    let broke = loopBreaks.contains(id)
    return typed(.loop(checkedBody, loop: id), broke ? breakType : .never, span)
  }

  package func checkBreak(label: String?, value: Expr?, span: SourceSpan) -> TypedExpr {
    guard let context = findLoop(label, span: span) else { return invalid(span) }
    loopBreaks.insert(context.id)
    var checkedValue: TypedExpr?
    if let value {
      guard let breakType = context.breakType else {
        error("`break` with value from a `while` or `for` loop", at: span)
        return invalid(span)
      }
      checkedValue = coerce(checkExpression(value), to: breakType)
    } else if let breakType = context.breakType, !table.unify(breakType, .unit) {
      error("mismatched types: expected `\(table.displayName(breakType))`, found `()`", at: span)
    }
    return typed(.breakLoop(loop: context.id, checkedValue), .never, span)
  }

  // MARK: - for

  package func checkFor(pattern: Pattern, iterable: Expr, body: Block, label: String?, span: SourceSpan)
    -> TypedExpr
  {
    openRangeConsumers.insert(iterable.id)
    if let channelLoop = checkForOverReceiver(
      pattern: pattern, iterable: iterable, body: body, label: label, span: span)
    {
      return channelLoop
    }
    if let lines = checkForOverStandardInput(
      pattern: pattern, iterable: iterable, body: body, label: label, span: span)
    {
      return lines
    }
    if let written = rewritingStandardSources(iterable) {
      return checkFor(pattern: pattern, iterable: written, body: body, label: label, span: span)
    }
    if let chain = checkForOverChain(
      pattern: pattern, iterable: iterable, body: body, label: label, span: span)
    {
      return chain
    }
    let iterated = checkExpression(iterable)
    if table.shallow(iterated.type).isNever {
      // The iterable failed to check: its pattern's names are errors, the body is still checked.
      let id = beginLoop(label: label, breakType: nil)
      pushScope()
      bindNamesAsErrors(pattern, isParameter: false)
      _ = checkLoopBody(body)
      _ = popScope()
      loops.removeLast()
      _ = id
      return invalid(span)
    }
    let iterator = makeIterator(iterated)
    guard case .iterator(_, let item, let enumerated, _) = table.shallow(iterator.type) else {
      return invalid(span)
    }
    let itemType: TypeTerm = enumerated ? .tuple([.usize, item]) : item
    let id = beginLoop(label: label, breakType: nil)
    pushScope()
    let checkedPattern = checkPattern(pattern, against: itemType, isParameter: false)
    if checkedPattern.isRefutable {
      error("refutable pattern in `for` loop binding", at: pattern.span)
    }
    var checkedBody = checkLoopBody(body)
    checkedBody.declaredSlots = popScope() + checkedBody.declaredSlots
    loops.removeLast()
    return typed(.forLoop(checkedPattern, iterator, checkedBody, loop: id), .unit, span)
  }

  /// What `for` iterates: a range, an iterator from a method chain, `&v`, `&mut v`, `v`.
  package func makeIterator(_ expr: TypedExpr) -> TypedExpr {
    let type = table.shallow(expr.type)
    let span = expr.span
    if userIteratorItem(type) != nil {
      // Loops over a local, a call or `&mut` of one are run by `checkAdapterChain`.
      unsupported("`for` loops over this expression of an iterator of your own", at: span)
      return invalid(span)
    }
    if isVecDeque(type) {
      if let loop = dequeLoopIterator(expr) ?? dequeOwnedIterator(expr) { return loop }
      unsupported("the iteration that moves the elements out of a `VecDeque`", at: span)
      return invalid(span)
    }
    if isBinaryHeap(type) {
      if let loop = binaryHeapLoopIterator(expr) { return loop }
      unsupported("this iteration over a `BinaryHeap`", at: span)
      return invalid(span)
    }
    if isHashTable(type) {
      if let loop = hashTableLoopIterator(expr) ?? hashTableOwnedIterator(expr) { return loop }
      unsupported("the iteration over a hash map or set with these keys", at: span)
      return invalid(span)
    }
    switch type {
    case .iterator:
      // Only a chain written in place has loop state; any other iterator value (an `if` or a
      // block yielding one, a variable assigned later) would silently yield nothing.
      guard isWrittenIteratorChain(expr) else {
        unsupported("iterators kept in variables or passed around as values", at: span)
        return invalid(span)
      }
      return expr
    case .range(let element, _):
      if !isIntegerLike(element) {
        if case .variable = table.shallow(element), table.kind(of: element) == .general {
          _ = table.unify(element, table.fresh(.integer))
        } else if case .char = table.shallow(element) {
          // `'a'..='e'`: the interpreter walks the scalar values, skipping the surrogates.
        } else {
          error("the trait bound `\(table.displayName(element)): Step` is not satisfied", at: span)
          return invalid(span)
        }
      }
      return typed(.iterate(expr), .iterator(.range, item: element, enumerated: false, reversed: false), span)
    case .vec(let element):
      return typed(
        .iterate(expr), .iterator(.vecOwned, item: element, enumerated: false, reversed: false), span)
    case .array(let element, _):
      return typed(
        .iterate(expr), .iterator(.arrayOwned, item: element, enumerated: false, reversed: false), span)
    case .reference(let inner, let mutable):
      var referent = typed(.deref(expr), inner, span)
      // `&v`, `&mut v`, `&arr`, `&slice`: element references.
      for _ in 0..<4 {
        switch table.shallow(referent.type) {
        case .vec(let element), .array(let element, _), .slice(let element):
          let sliceRef = asSliceReference(referent, element: element, mutable: mutable)
          let kind: TypeTerm.IteratorKind = mutable ? .sliceMutable : .sliceShared
          return typed(
            .iterate(sliceRef),
            .iterator(kind, item: .reference(element, mutable: mutable), enumerated: false, reversed: false),
            span)
        case .reference(let next, _), .box(let next):
          referent = typed(.deref(referent), next, span)
        default:
          break
        }
      }
      error("`\(table.displayName(expr.type))` is not an iterator", at: span)
      return invalid(span)
    case .never:
      return typed(.iterate(expr), .iterator(.range, item: .i32, enumerated: false, reversed: false), span)
    default:
      error("`\(table.displayName(expr.type))` is not an iterator", at: span)
      return invalid(span)
    }
  }

  /// A `&[T]` (or `&mut [T]`) value for an array, `Vec` or slice place.
  package func asSliceReference(_ place: TypedExpr, element: TypeTerm, mutable: Bool) -> TypedExpr {
    let span = place.span
    let sliceType = TypeTerm.reference(.slice(element), mutable: mutable)
    switch table.shallow(place.type) {
    case .vec:
      let reference = typed(
        .addressOf(place, mutable: mutable), .reference(place.type, mutable: mutable), span)
      return typed(.coerce(.vecToSlice, reference), sliceType, span)
    case .array(_, let length):
      let reference = typed(
        .addressOf(place, mutable: mutable), .reference(place.type, mutable: mutable), span)
      return typed(.coerce(.arrayToSlice(length: length), reference), sliceType, span)
    default:
      // Already a slice place behind a reference: re-borrow it.
      return typed(.addressOf(place, mutable: mutable), sliceType, span)
    }
  }

  // MARK: - match

  package func checkMatch(
    scrutinee: Expr, arms: [MatchArm], expected: TypeTerm? = nil, id: Int? = nil, span: SourceSpan
  ) -> TypedExpr {
    let wanted = settledExpectation(annotatedInitializer.flatMap { $0.id == id ? $0.type : nil })
    let checkedScrutinee = checkExpression(scrutinee)
    var resultType: TypeTerm?
    var firstValue: SourceSpan?
    var checkedArms: [TypedArm] = []
    for arm in arms {
      pushScope()
      let pattern = checkPattern(arm.pattern, against: checkedScrutinee.type, isParameter: false)
      let guardExpression = arm.guardExpression.map { coerce(checkExpression($0), to: .bool) }
      var body = checkBranch(arm.body, expected: expected)
      let declared = popScope()
      if !table.shallow(body.type).isNever {
        if let current = resultType {
          if !table.unify(current, body.type) {
            if let wanted, let firstValue {
              // The context's type decides, so the first arm that differs from it is reported.
              reportAgainstExpectation(
                wanted, branches: [(current, firstValue), (body.type, sourceSpan(of: branchValue(body)))])
              resultType = wanted
            } else {
              body = coerce(body, to: current)
            }
          }
        } else {
          // rustc coerces each arm to the type the context wants as it goes, so the first one
          // settles what it leaves open (`Ok(n)` makes a later `parse` arm's error known).
          if let wanted { _ = table.unify(body.type, wanted) }
          resultType = body.type
          firstValue = sourceSpan(of: branchValue(body))
        }
      }
      var bodyBlock = TypedBlock(statements: [], tail: body, declaredSlots: declared, span: arm.body.span)
      if declared.isEmpty, case .block(let inner) = body.kind {
        bodyBlock = inner
      }
      checkedArms.append(
        TypedArm(
          pattern: pattern, guardExpression: guardExpression,
          body: typed(.block(bodyBlock), body.type, arm.body.span), span: arm.span))
    }
    checkExhaustive(checkedArms, type: checkedScrutinee.type, span: scrutinee.span)
    return typed(.match(checkedScrutinee, checkedArms), resultType ?? .never, span)
  }

  /// rustc's exhaustiveness check over the unguarded arms (E0004), naming what is missing as
  /// rustc does: up to three values, then how many more.
  private func checkExhaustive(_ arms: [TypedArm], type: TypeTerm, span: SourceSpan) {
    let unguarded = arms.filter { $0.guardExpression == nil }.map(\.pattern)
    if unguarded.contains(where: { !$0.isRefutable }) { return }
    var coverage = MatchCoverage(table: table, structs: structs, enums: enums)
    let missing = coverage.missing(arms: unguarded, type: type).map { "`\($0)`" }
    guard !missing.isEmpty else { return }
    let listed: String
    switch missing.count {
    case 1: listed = missing[0]
    case 2, 3: listed = missing.dropLast().joined(separator: ", ") + " and " + (missing.last ?? "")
    default: listed = missing.prefix(3).joined(separator: ", ") + " and \(missing.count - 3) more"
    }
    error("non-exhaustive patterns: \(listed) not covered", at: span)
  }

  /// A source method (`iter()`, `chars()`, `split(..)`) with its `rev()`/`enumerate()` adapters,
  /// written where it is used.
  package func isWrittenIteratorChain(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .iterate: return true
    case .adaptIterator(let inner):
      // `(1..4).rev()`: a range is its own iterator, its state written right there.
      if case .range = table.shallow(inner.type) { return true }
      return isWrittenIteratorChain(inner)
    default: return false
    }
  }
}
