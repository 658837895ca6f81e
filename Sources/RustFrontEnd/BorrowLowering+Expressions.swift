extension BorrowLowering {
  mutating func lowerValueKind(_ expr: TypedExpr) -> [Int] {
    switch expr.kind {
    case .integer, .float, .boolean, .character, .string, .unit:
      return []
    case .local, .global, .field, .index, .deref:
      if !isPlaceExpression(expr), case .deref = expr.kind {
        let place = lowerPlace(expr)
        emit(.access(place, .read, span: expr.span, loan: nil), uses: [(place.root, expr.span)])
        return copiedCarriers(of: expr, place: place)
      }
      let place = lowerPlace(expr)
      let kind: BorrowGraph.AccessKind = isCopy(expr.type) ? .read : .move
      if kind == .move, let error = moveOutError(expr, movedType: expr.type) { diagnostics.append(error) }
      emit(.access(place, kind, span: expr.span, loan: nil), uses: [(place.root, expr.span)])
      return copiedCarriers(of: expr, place: place)
    case .tuple(let items), .array(let items), .vecList(let items):
      return items.flatMap { lowerValue($0) }
    case .arrayRepeat(let value, _):
      return lowerValue(value)
    case .structLiteral(let name, let fields, let base):
      var carriers: [Int] = []
      for field in fields {
        let own = lowerValue(field.value)
        requireStatic(own, ifDeclaredIn: name, at: field.index, value: field.value)
        carriers += own
      }
      if let base {
        carriers += lowerStructUpdateBase(base, written: Set(fields.map(\.index)), literal: expr.span)
      }
      return carriers
    case .variant(let enumName, let variant, let payload):
      var carriers: [Int] = []
      for (position, value) in payload.enumerated() {
        let own = lowerValue(value)
        requireStatic(own, ifDeclaredIn: "\(enumName)#\(variant)", at: position, value: value)
        carriers += own
      }
      return carriers
    case .call(let index, let arguments):
      let returnsFromSelf = index < program.functions.count && hasReferenceSelf(program.functions[index])
      var flows = index < program.functions.count ? program.functions[index].returnLifetimes?.flows : nil
      if flows == nil, index < program.functions.count, isClosureBody(program.functions[index]) {
        // A closure's result borrows from what it captured and from its arguments, never
        // from the closure value itself (`opt.map(|p| p.name.as_str())` outlives the closure).
        flows = [.inner] + Array(repeating: .whole, count: max(arguments.count - 1, 0))
      }
      let holdsReceiver =
        index < program.functions.count
        && program.functions[index].returnLifetimes?.selfBorrowedForItsOwnLifetime == true
      if index < program.functions.count, let copied = copiedParameter(of: program.functions[index]),
        copied.position < arguments.count
      {
        // `|s| *s`: the closure gives back what its argument's referent holds.
        var only = [ReturnLifetimes.Flow](repeating: .none, count: arguments.count)
        only[copied.position] = .whole
        let carriers = lowerCall(
          arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: false, flows: only)
        return carriers.map { referentCopy(of: $0, levels: copied.levels, span: expr.span) }
      }
      let carriers = lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: returnsFromSelf,
        flows: flows, staticArguments: staticParameters(of: index), receiverHeldForItsLifetime: holdsReceiver,
        storedInto: index < program.functions.count
          ? program.functions[index].returnLifetimes?.storedInto : nil)
      graph.opaqueResults.formUnion(carriers)
      return carriers
    case .builtin(.threadSpawn, let arguments) where !isScopedSpawn(arguments):
      return lowerThreadSpawn(arguments, span: expr.span)
    case .builtin(.threadSpawn, let arguments) where arguments.count == 2:
      return lowerScopedSpawn(arguments, span: expr.span)
    case .builtin(.clone, let arguments), .builtin(.rcClone, let arguments),
      .builtin(.sliceToVec, let arguments):
      // A clone holds what the value it copies holds, not the borrow the call took of it
      // (`words.clone()` of a `Vec<&str>` outlives `words`). For `Clone for &T` (`r.clone()` on
      // a `&&str`) the copy borrows what the reference it copies borrows, not `r`.
      let autoReferenced =
        arguments.first.map { if case .addressOf = $0.kind { true } else { false } } ?? true
      let carriers = lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true,
        flows: [.inner] + Array(repeating: .none, count: max(arguments.count - 1, 0)))
      if resolved(expr.type).isReference, !autoReferenced, let copy = carriers.first {
        graph.flowsFrom[copy] = Set(borrowedRoots(graph.flowsFrom[copy]))
      }
      return carriers
    case .builtin(.libraryIterator("next"), let arguments),
      .builtin(.libraryIterator("next_back"), let arguments),
      .builtin(.libraryIterator("as_str"), let arguments), .builtin(.optionTake, let arguments):
      // The item borrows what the iterator borrows, not the `&mut` that `next` takes.
      return lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true, flows: [.inner])
    case .builtin(.libraryIterator("split cut"), let arguments),
      .builtin(.libraryIterator("split end"), let arguments):
      // A closure splitter's piece borrows the text, not the `&mut` the step takes.
      return lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true,
        flows: [.inner] + Array(repeating: .none, count: max(arguments.count - 1, 0)))
    case .builtin(.libraryIterator("chain"), let arguments),
      .builtin(.libraryIterator("filter"), let arguments),
      .builtin(.libraryIterator("map"), let arguments), .builtin(.libraryIterator("zip"), let arguments):
      // A `Chain` holds what both its halves borrow; `Filter` and `Map` what their iterator and
      // closure borrow.
      return lowerCall(arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: false)
    case .builtin(.vecPop, let arguments), .builtin(.vecRemove, let arguments),
      .builtin(.vecSwapRemove, let arguments), .builtin(.vecDeque("pop_front"), let arguments),
      .builtin(.vecDeque("pop_back"), let arguments), .builtin(.binaryHeap("pop"), let arguments):
      // The element moves out of the collection: it holds what the collection held, not the
      // `&mut` the call took (`let p = v.pop().unwrap(); v.push(p);` for a `Vec<&str>`).
      return lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true,
        flows: [.inner] + Array(repeating: .none, count: max(arguments.count - 1, 0)))
    case .builtin(.optionCopied, let arguments):
      // `p.peek().copied()`: the `&str` inside comes out from behind the `&&str`, holding what
      // the vector holds, not the `&mut p` that `peek` took.
      let carriers = lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true)
      return carriers.map { referentCopy(of: $0, span: expr.span) }
    case .builtin(.optionUnwrapOr, let arguments), .builtin(.resultUnwrapOr, let arguments),
      .builtin(.optionMethod("or"), let arguments), .builtin(.optionMethod("xor"), let arguments),
      .builtin(.optionMethod("zip"), let arguments):
      // The result is the receiver's value or the argument (`v.get(9).unwrap_or(&fallback)`):
      // it holds what either holds.
      return lowerCall(arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: false)
    case .builtin(.strAsPointer, let arguments), .builtin(.sliceAsPointer, let arguments):
      // `as_ptr()` makes a raw pointer, which borrows nothing: the value may move or change
      // while it is kept (reading through it then would be `unsafe`).
      _ = lowerCall(arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true)
      return []
    case .builtin(let builtin, let arguments):
      let stores = [
        Builtin.vecPush, .vecInsert, .vecExtendFromSlice, .sliceMethod("extend owned"), .hashTable("insert"),
        .hashTable(Checker.entryOrInsert), .vecDeque("push_back"), .vecDeque("push_front"),
        .vecDeque("extend owned"), .vecDeque("extend slice"), .binaryHeap("push"),
      ].contains(builtin)
      return lowerCall(
        arguments, span: expr.span, resultType: expr.type, resultFromReceiverOnly: true,
        storesArguments: stores)
    case .addressOf(let inner, let mutable)
    where expr.isPromotedBorrow(of: inner, mutable: mutable, in: program):
      // A promoted constant lives for the whole run: borrowing it conflicts with nothing.
      return []
    case .addressOf(let inner, false) where sharedReborrowSource(inner) != nil:
      return sharedReborrowSource(inner).map { lowerValue($0) } ?? []
    case .addressOf(let inner, let mutable):
      let autoReference = inner.span == expr.span
      let place = lowerPlace(inner)
      let span = autoReference ? expr.span : borrowSpan(of: inner, default: expr.span)
      let holder = borrow(place, mutable: mutable, span: span, autoReference: autoReference)
      noteCaptureUse(holder, borrowing: inner, in: expr)
      return [holder]
    case .negate(let value), .not(let value), .cast(let value):
      _ = lowerValue(value)
      return []
    case .arithmetic(_, let left, let right):
      _ = lowerValue(left)
      _ = lowerValue(right)
      return []
    case .comparison(_, let left, let right):
      _ = lowerRead(left)
      _ = lowerRead(right)
      return []
    case .logical(_, let left, let right):
      _ = lowerValue(left)
      let split = current
      _ = lowerValue(right)
      join([split, current])
      return []
    case .assign(let target, let value):
      let carriers = lowerValue(value)
      if let indexed = lowerOverloadedIndexTarget(target) {
        // `v[0] = &s` stores a loan in the vector as `push` would; through `&mut Vec` it
        // leaves the function.
        graph.flowsFrom[indexed.place.root].formUnion(carriers)
        if !indexed.place.isOwnedByRoot, !carriers.isEmpty {
          storesThroughReferences.append((indexed.place.root, carriers, fullSpan(expr), false))
          flowIntoBorrowedPlaces(through: indexed.place.root, carriers: carriers)
        }
        emit(
          .access(indexed.place, .write, span: expr.span, loan: nil),
          uses: carriers.map { ($0, value.span) } + [(indexed.holder, target.span)])
        return []
      }
      let place = lowerPlace(target)
      let whole = place.projections.isEmpty
      let borrowed = place.isOwnedByRoot ? nil : borrowedParameter(through: place.root)
      graph.flowsFrom[place.root].formUnion(carriers)
      if isStaticField(target) {
        graph.staticRequirements.append(.init(carriers: carriers, span: fullSpan(expr), cause: .assignment))
      }
      if !place.isOwnedByRoot, !carriers.isEmpty {
        storesThroughReferences.append((place.root, carriers, fullSpan(expr), false))
        if let parameter = borrowed {
          storesThroughReferences.append(
            (parameter.slot, carriers, parameter.call ?? fullSpan(expr), parameter.call != nil))
        }
        flowIntoBorrowedPlaces(through: place.root, carriers: carriers)
      }
      emit(
        .access(place, .write, span: expr.span, loan: nil),
        uses: carriers.map { ($0, value.span) } + (whole ? [] : [(place.root, target.span)]),
        defines: whole ? [place.root] : [])
      return []
    case .compoundAssign(_, let target, let value):
      _ = lowerValue(value)
      if let indexed = lowerOverloadedIndexTarget(target) {
        emit(
          .access(indexed.place, .write, span: expr.span, loan: nil), uses: [(indexed.holder, target.span)])
        return []
      }
      let place = lowerPlace(target)
      switch resolved(target.type) {
      case .integer, .float:
        // `x += 1` on a number reads `x` first: a live `&mut x` makes it rustc's E0503.
        emit(.access(place, .read, span: expr.span, loan: nil), uses: [(place.root, target.span)])
      default: break
      }
      emit(.access(place, .write, span: expr.span, loan: nil), uses: [(place.root, target.span)])
      return []
    case .range(let low, let high, _):
      return (low.map { lowerValue($0) } ?? []) + (high.map { lowerValue($0) } ?? [])
    case .block(let block):
      statementTemporaries.append([])
      let carriers = lowerBlock(block)
      statementTemporaries[statementTemporaries.count - 2] += statementTemporaries.removeLast()
      return carriers
    case .ifElse(let condition, let then, let elseBranch):
      _ = lowerValue(condition)
      let split = current
      let thenCarriers = lowerBlock(then)
      let thenEnd = current
      current = split
      let elseCarriers = elseBranch.map { lowerValue($0) } ?? []
      join([thenEnd, current])
      return thenCarriers + elseCarriers
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      let split = lowerScrutinee(scrutinee, patterns: [pattern])
      current = split.node
      bind(pattern, to: split)
      let thenCarriers = lowerBlock(then)
      let thenEnd = current
      current = split.node
      let elseCarriers = elseBranch.map { lowerValue($0) } ?? []
      join([thenEnd, current])
      return thenCarriers + elseCarriers
    case .match(let scrutinee, let arms):
      let split = lowerScrutinee(scrutinee, patterns: arms.map(\.pattern))
      var ends: [Int?] = []
      var carriers: [Int] = []
      for arm in arms {
        current = split.node
        bind(arm.pattern, to: split)
        if let guardExpression = arm.guardExpression { _ = lowerValue(guardExpression) }
        carriers += lowerValue(arm.body)
        ends.append(current)
      }
      join(ends)
      return carriers
    case .whileLoop(let condition, let body, let id):
      return lowerLoop(id: id) { lowering in
        _ = lowering.lowerValue(condition)
        let exit = lowering.current
        lowering.lowerBlock(body)
        return exit
      }
    case .whileLet(let pattern, let scrutinee, let body, let id):
      return lowerLoop(id: id) { lowering in
        let split = lowering.lowerScrutinee(scrutinee, patterns: [pattern])
        lowering.current = split.node
        lowering.bind(pattern, to: split)
        lowering.lowerBlock(body)
        return split.node
      }
    case .loop(let body, let id):
      return lowerLoop(id: id) { lowering in
        lowering.lowerBlock(body)
        return nil
      }
    case .forLoop(let pattern, let iterator, let body, let id):
      let carriers = lowerValue(iterator)
      let holder = graph.addVariable()
      graph.flowsFrom[holder].formUnion(carriers)
      if !isPlaceExpression(iterator), !carriers.isEmpty {
        // `for slot in slots.iter_mut()`: a store through `slot` into a parameter's referent
        // is blamed, as rustc does, on the call that made the iterator.
        callResults.insert(holder)
        graph.temporarySpans[holder] = wholeSpan(iterator)
      }
      emit(.nothing, uses: carriers.map { ($0, iterator.span) }, defines: [holder])
      return lowerLoop(id: id) { lowering in
        // Each iteration calls `next` on the iterator: its loans are used here.
        lowering.emit(.nothing, uses: [(holder, iterator.span)])
        let exit = lowering.current
        lowering.bindPattern(pattern, carriers: [holder], span: iterator.span)
        lowering.lowerBlock(body)
        return exit
      }
    case .breakLoop(let id, let value):
      let carriers = value.map { lowerValue($0) } ?? []
      loopResults[id, default: []] += carriers
      if current != nil, let depth = loopScopeDepths[id] { endScopes(downTo: depth) }
      if let current { loopBreaks[id, default: []].append(current) }
      current = nil
      return []
    case .continueLoop(let id):
      if current != nil, let depth = loopScopeDepths[id] { endScopes(downTo: depth) }
      if let head = loopHeads[id] { link(from: current, to: head) }
      current = nil
      return []
    case .returnValue(let value):
      let carriers = value.map { lowerValue($0) } ?? []
      if current != nil, let value { returnedValues.append((carriers, value)) }
      if current != nil {
        emit(
          .returnValue(carriers, span: value.map(wholeSpan) ?? expr.span),
          uses: carriers.map { ($0, expr.span) })
      }
      current = nil
      return []
    case .format(_, let values), .print(_, _, let values):
      let carriers = values.flatMap { lowerFormatArgument($0) }
      emit(.nothing, uses: carriers.map { ($0, expr.span) })
      return []
    case .formatterWrite(let target, _, let values):
      let carriers = lowerValue(target) + values.flatMap { lowerFormatArgument($0) }
      emit(.nothing, uses: carriers.map { ($0, expr.span) })
      return []
    case .panic(_, let values):
      for value in values { _ = lowerFormatArgument(value) }
      current = nil
      return []
    case .assert(let condition, _, let values, _):
      _ = lowerValue(condition)
      for value in values { _ = lowerFormatArgument(value) }
      return []
    case .assertEqual(let left, let right, _, _, let values):
      _ = lowerFormatArgument(left)
      _ = lowerFormatArgument(right)
      for value in values { _ = lowerFormatArgument(value) }
      return []
    case .vecRepeat(let value, let count):
      let carriers = lowerValue(value)
      _ = lowerValue(count)
      return carriers
    case .coerce(.mutableToShared, let inner) where isPlaceExpression(inner):
      // `&mut T` used as `&T`: a shared reborrow of what it points at.
      return [reborrow(inner, mutable: false)]
    case .coerce(let coercion, let inner)
    where coercion != .never && isPlaceExpression(inner) && resolved(expr.type).isReference:
      // `&mut Vec<T>` as `&mut [T]` (`for x in h.items.iter_mut()`): rustc reborrows the
      // reference it coerces (`&mut *h.items`), which stays usable afterwards.
      guard case .reference(_, true) = resolved(inner.type) else { return lowerValue(inner) }
      var mutableTarget = false
      if case .reference(_, true) = resolved(expr.type) { mutableTarget = true }
      return [reborrow(inner, mutable: mutableTarget)]
    case .coerce(let coercion, let inner):
      let carriers = lowerValue(inner)
      if coercion == .never { current = nil }
      return carriers
    case .iterate(let inner), .adaptIterator(let inner):
      return lowerValue(inner)
    }
  }

  struct Scrutinee {
    var node: Int?
    var place: BorrowGraph.Place?
    var carriers: [Int]
    var span: SourceSpan
    /// `referenceLevels` of a place scrutinee.
    var levels: (levels: Int, open: Bool) = (0, true)
  }

  /// Evaluates a `match`/`if let` scrutinee as a place when no pattern moves out of it.
  mutating func lowerScrutinee(_ scrutinee: TypedExpr, patterns: [TypedPattern]) -> Scrutinee {
    if patterns.contains(where: patternMoves), isPlaceExpression(scrutinee),
      let error = scrutineeMoveError(scrutinee, patterns: patterns)
    {
      diagnostics.append(error)
    } else if isPlaceExpression(scrutinee),
      let error = patterns.compactMap({ dropTypePatternError($0, value: scrutinee) }).first
    {
      diagnostics.append(error)
    }
    if patterns.contains(where: patternMoves) || !isPlaceExpression(scrutinee) {
      let carriers = lowerValue(scrutinee)
      return Scrutinee(node: current, place: nil, carriers: carriers, span: scrutinee.span)
    }
    let place = lowerPlace(scrutinee)
    emit(.access(place, .read, span: scrutinee.span, loan: nil), uses: [(place.root, scrutinee.span)])
    return Scrutinee(
      node: current, place: place, carriers: [], span: scrutinee.span,
      levels: referenceLevels(scrutinee))
  }

  mutating func bind(_ pattern: TypedPattern, to scrutinee: Scrutinee) {
    if let place = scrutinee.place {
      bindPattern(pattern, place: place, scrutineeLevels: scrutinee.levels)
    } else {
      bindPattern(pattern, carriers: scrutinee.carriers, span: scrutinee.span)
    }
  }

  /// A loop: `body` lowers one iteration and returns the node where the loop can exit normally.
  mutating func lowerLoop(id: Int, body: (inout BorrowLowering) -> Int?) -> [Int] {
    let head = emit(.nothing)
    loopHeads[id] = head
    loopScopeDepths[id] = openScopes.count
    loopBreaks[id] = []
    loopResults[id] = []
    let exit = body(&self)
    link(from: current, to: head)
    join([exit] + (loopBreaks[id] ?? []).map { Optional($0) })
    return loopResults[id] ?? []
  }
}
