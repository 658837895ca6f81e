import MemoryModel

extension Checker {
  /// The loop over the chain's items and what the terminal method makes of them.
  func finishPipeline(
    method: String, generics: [TypeExpr], arguments: [Expr], iterator: TypedExpr, item: TypeTerm,
    calls: [(stage: String, slot: Int, signature: ClosureState.Signature)], exactSize: Bool,
    collectsString: Bool = false, fallibleTarget: TypeTerm? = nil, partitionTarget: TypeTerm? = nil,
    hashTableTarget: HashTableCollectTarget? = nil, forLoop: ForLoopTerminal? = nil,
    extendText: TextExtension? = nil, extendVec: VecExtension? = nil, userItem: TypeTerm? = nil,
    stagesPassSource: Bool = false, builder: inout PipelineBuilder
  ) -> TypedExpr {
    let span = builder.span
    func local(_ slot: Int) -> TypedExpr { typed(.local(slot), locals[slot].type, span) }
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    func block(_ statements: [TypedStatement]) -> TypedBlock {
      TypedBlock(statements: statements, tail: nil, declaredSlots: [], span: span)
    }
    func assign(_ slot: Int, _ value: TypedExpr) -> TypedStatement {
      statement(typed(.assign(local(slot), value), .unit, span))
    }
    let unit = typed(.unit, .unit, span)

    // What the terminal keeps, declared before the loop.
    var accumulator: Int?
    var counter: Int?
    var bestKey: Int?
    /// What each reference a `max_by_key` key is wrapped in points at, outermost first.
    var keyPointees: [TypeTerm] = []
    var terminalClosure: (slot: Int, signature: ClosureState.Signature)?
    var resultType: TypeTerm = .unit
    var tryResidual: Int?
    var numericOperand = false
    var fallible: FallibleCollect?
    var hashTableCollect: HashTableCollect?
    /// A hash table iterator's exact length, for a `Vec` that allocates at its first push.
    var untrustedLength: Int?
    /// `v.extend(chain)`: the local holding `&mut v`, pushed into per item.
    var extendedVecSlot: Int?
    /// `collect` into the source `Vec`'s own buffer (`Checker+InPlaceCollect`).
    var collectsInPlace = false
    // Where each piece of text goes: the `String` being collected or the one `extend` grows.
    var textTarget: TypedExpr?
    var piecesAreText = false
    var ownedPieces = false
    var firstOwnedPiece: Int?
    if userItem != nil, method == "collect", collectsString || fallibleTarget != nil,
      !(collectsString && libraryIteratorItem(iterator.type) != nil)
    {
      unsupported(
        extendText == nil
          ? "`collect` into a `String` or a `Result` from an iterator of your own"
          : "`extend` of a `String` from an iterator of your own", at: span)
      return invalid(span)
    }
    switch method {
    case "collect" where hashTableTarget != nil:
      guard let hashTableTarget,
        let begun = beginHashTableCollect(
          hashTableTarget, item: item, iterator: iterator, calls: calls, exactSize: exactSize,
          userItem: userItem,
          builder: &builder)
      else { return invalid(span) }
      hashTableCollect = begun
      resultType = begun.tableType
      accumulator = begun.slot
    case "collect" where fallibleTarget != nil:
      guard let fallibleTarget,
        let begun = beginFallibleCollect(target: fallibleTarget, item: item, builder: &builder)
      else { return invalid(span) }
      fallible = begun
      resultType = fallibleTarget
      if case .vec(let element) = table.shallow(begun.vectorType) {
        let inPlace = inPlaceCollect(
          iterator, stagesPassSource: stagesPassSource, element: element, userItem: userItem, span: span)
        guard let inPlace else { return invalid(span) }
        fallible?.inPlace = inPlace
        collectsInPlace = inPlace
      }
    case "collect" where collectsString:
      guard
        let begun = beginTextCollect(
          item: item, iterator: iterator, calls: calls, extendText: extendText, &builder)
      else { return invalid(span) }
      (textTarget, piecesAreText) = (begun.target, begun.piecesAreText)
      (ownedPieces, firstOwnedPiece) = (begun.piecesAreOwned, begun.firstOwnedPiece)
      resultType = extendText == nil ? .string : .unit
      if extendText == nil { accumulator = begun.slot }
      if !piecesAreText, case .reference = table.shallow(item) { numericOperand = true }
    case "collect" where extendVec != nil:
      guard let extendVec,
        let slot = beginVecExtend(extendVec, item: item, iterator: iterator, calls: calls, &builder)
      else { return invalid(span) }
      extendedVecSlot = slot
    case "collect":
      var element = item
      if let explicit = generics.first.map({ resolveType($0, selfType: currentOwner) }) {
        guard case .vec(let wanted) = table.shallow(explicit), table.unify(wanted, item) else {
          unsupported("`collect` into types other than `Vec` and `String`", at: span)
          return invalid(span)
        }
        element = wanted
      }
      let initial: TypedExpr
      if exactSize {
        let count: TypedExpr
        if let length = constantArrayLength(iterator) {
          // `["a", "b"].iter()`: a temporary array, whose length the type says.
          count = countAfterStages(typed(.integer(Int128(length)), .usize, span), calls)
        } else {
          guard isRepeatable(iterator) else {
            unsupported("`collect` from a chain whose source is a temporary", at: iterator.span)
            return invalid(span)
          }
          count = countAfterStages(
            typed(.builtin(.iteratorCount, arguments: [iterator]), .usize, span), calls)
        }
        if isHashTableIterator(iterator) {
          untrustedLength = builder.declare(self, "(length)", type: .usize, mutable: false, value: count)
          initial = typed(.builtin(.vecNew, arguments: []), .vec(element), span)
        } else {
          initial = typed(.builtin(.vecWithCapacity, arguments: [count]), .vec(element), span)
        }
      } else if isOrderedSetOperation(iterator) {
        unsupported("`collect` from a `BTreeSet`'s set operation", at: span)
        return invalid(span)
      } else if let length = hashOwnedLength(iterator, calls: calls) ?? setUnionLength(iterator, calls: calls)
      {
        untrustedLength = builder.declare(self, "(length)", type: .usize, mutable: false, value: length)
        initial = typed(.builtin(.vecNew, arguments: []), .vec(element), span)
      } else if let length = keptIteratorLength(iterator, calls: calls)
        ?? dequeOwnedLength(iterator, calls: calls)
      {
        initial = typed(.builtin(.vecWithCapacity, arguments: [length]), .vec(element), span)
      } else if case let inPlace = inPlaceCollect(
        iterator, stagesPassSource: stagesPassSource, element: element, userItem: userItem, span: span),
        inPlace != false
      {
        guard inPlace == true else { return invalid(span) }
        // Empty until the loop ends, when the source's buffer becomes its own.
        collectsInPlace = true
        initial = typed(.builtin(.vecNew, arguments: []), .vec(element), span)
      } else if calls.contains(where: {
        Self.unboundedStages.contains($0.stage)
      })
        || hasUnknownSize(iterator) || userItem != nil
      {
        // A `flat_map` over `Option`s is no in-place chain: its `Vec` grows push by push.
        initial = typed(.builtin(.vecNew, arguments: []), .vec(element), span)
      } else if let length = vecOwnedTrustedLength(iterator, calls: calls, element: element) {
        initial = typed(.builtin(.vecWithCapacity, arguments: [length]), .vec(element), span)
      } else if collectsIntoSourceBuffer(iterator, element: element) {
        unsupported(
          "`collect` into a `Vec` after `step_by` on a `Vec`'s `into_iter()`",
          at: span)
        return invalid(span)
      } else {
        unsupported("`Vec`s collected from a `map` over this kind of iterator", at: span)
        return invalid(span)
      }
      resultType = .vec(element)
      accumulator = builder.declare(self, "(collected)", type: resultType, mutable: true, value: initial)
    case "product", "last", "nth", "max", "min":
      guard
        let start = beginLoopTerminal(method, generics: generics, arguments: arguments, item: item, &builder)
      else { return invalid(span) }
      resultType = start.resultType
      accumulator = start.accumulator
      counter = start.counter
      bestKey = start.best
      numericOperand = start.numericOperand
    case "sum":
      var numeric = item
      if case .reference(let inner, _) = table.shallow(item) {
        numeric = inner
        numericOperand = true
      }
      if let explicit = generics.first.map({ resolveType($0, selfType: currentOwner) }) {
        _ = table.unify(explicit, numeric)
      }
      guard isNumeric(numeric) else {
        unsupported("`sum` of `\(table.displayName(numeric))`", at: span)
        return invalid(span)
      }
      let isFloat: Bool
      if case .float = table.shallow(numeric) {
        isFloat = true
      } else {
        isFloat = table.kind(of: numeric) == .float
      }
      // Float sums start from -0.0, as the standard library's do.
      let zero = isFloat ? typed(.float(-0.0), numeric, span) : typed(.integer(0), numeric, span)
      resultType = numeric
      accumulator = builder.declare(self, "(sum)", type: numeric, mutable: true, value: zero)
    case "partition":
      guard let halves = partitionHalves(partitionTarget, item: item, span: span) else {
        return invalid(span)
      }
      resultType = .tuple([.vec(halves.element), .vec(halves.element)])
      accumulator = builder.declare(
        self, "(matching)", type: .vec(halves.element), mutable: true,
        value: typed(.builtin(.vecNew, arguments: []), .vec(halves.element), span))
      counter = builder.declare(
        self, "(others)", type: .vec(halves.element), mutable: true,
        value: typed(.builtin(.vecNew, arguments: []), .vec(halves.element), span))
      numericOperand = halves.copiesReferent
    case "count":
      resultType = .usize
      accumulator = builder.declare(
        self, "(count)", type: .usize, mutable: true, value: typed(.integer(0), .usize, span))
    case "any", "all":
      resultType = .bool
      accumulator = builder.declare(
        self, "(\(method))", type: .bool, mutable: true, value: typed(.boolean(method == "all"), .bool, span))
    case "position":
      resultType = .option(.usize)
      counter = builder.declare(
        self, "(index)", type: .usize, mutable: true, value: typed(.integer(0), .usize, span))
      accumulator = builder.declare(
        self, "(position)", type: resultType, mutable: true,
        value: typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span))
    case "find_map":
      // `Option<B>`, `B` what the closure gives inside `Some`.
      resultType = .option(table.fresh())
      accumulator = builder.declare(
        self, "(found)", type: resultType, mutable: true,
        value: typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span))
    case "find", "next":
      resultType = .option(item)
      accumulator = builder.declare(
        self, "(found)", type: resultType, mutable: true,
        value: typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span))
    case "fold", "try_fold":
      guard arguments.count == 2 else {
        error("this method takes 2 arguments but \(arguments.count) were supplied", at: span)
        return invalid(span)
      }
      let initial = checkExpression(arguments[0])
      resultType = initial.type
      accumulator = builder.declare(self, "(accumulator)", type: initial.type, mutable: true, value: initial)
    default:
      break
    }
    if let last = arguments.last, case .closure(let closure) = last.kind, method != "collect" {
      guard arguments.count == (method == "fold" || method == "try_fold" ? 2 : 1) else {
        error("this method takes 1 argument but \(arguments.count) arguments were supplied", at: span)
        return invalid(span)
      }
      var expected: [TypeTerm]
      switch method {
      case "find", "max_by_key", "min_by_key", "partition": expected = [.reference(item, mutable: false)]
      case "max_by", "min_by":
        expected = [.reference(item, mutable: false), .reference(item, mutable: false)]
      case "fold", "try_fold": expected = [resultType, item]
      default: expected = [item]
      }
      let value = checkClosure(closure, span: closure.headSpan, expectedParameters: expected)
      guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
      else {
        return invalid(span)
      }
      let slot = builder.declare(
        self, "(\(method) closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
      var wanted: TypeTerm =
        method == "fold" || method == "find_map" ? resultType : (method == "for_each" ? .unit : .bool)
      if Self.tryTerminals.contains(method) {
        wanted = signature.returnType
        guard
          checkTryClosureResult(
            method, returned: signature.returnType, output: method == "try_fold" ? resultType : .unit,
            at: closure.body.span)
        else { return invalid(span) }
        resultType = signature.returnType
        tryResidual = builder.declare(
          self, "(residual)", type: .option(resultType), mutable: true,
          value: typed(.variant(enumName: "Option", variant: 0, payload: []), .option(resultType), span))
      }
      if method == "max_by" || method == "min_by" {
        guard usesStandardOrdering else {
          unsupported("`\(method)` in a program that declares its own `Ordering`", at: span)
          return invalid(span)
        }
        wanted = .enumeration(Self.orderingName)
        resultType = .option(item)
        accumulator = builder.declare(
          self, "(best)", type: resultType, mutable: true,
          value: typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span))
      }
      if method == "max_by_key" || method == "min_by_key" {
        // The key must be one the subset compares by value (`comparedPlaceholder`), or a
        // reference to one, which `Ord for &A` compares by what it points at, so the best is kept peeled.
        wanted = signature.returnType
        var key = table.shallow(signature.returnType)
        while case .reference(let pointee, _) = key {
          key = table.shallow(pointee)
          keyPointees.append(key)
        }
        guard let zero = comparedPlaceholder(key, span: span) else {
          unsupported("`\(method)` with a key of type `\(table.displayName(key))`", at: closure.body.span)
          return invalid(span)
        }
        resultType = .option(item)
        accumulator = builder.declare(
          self, "(best)", type: resultType, mutable: true,
          value: typed(.variant(enumName: "Option", variant: 0, payload: []), resultType, span))
        bestKey = builder.declare(self, "(best key)", type: key, mutable: true, value: zero)
        counter = builder.declare(
          self, "(seen)", type: .bool, mutable: true, value: typed(.boolean(false), .bool, span))
      }
      if !table.unify(signature.returnType, wanted) {
        error(
          "mismatched types: expected `\(table.displayName(wanted))`, found `\(table.displayName(signature.returnType))`",
          at: closure.body.span)
      }
      terminalClosure = (slot, signature)
    }

    // The loop.
    let itemType: TypeTerm
    if let userItem {
      itemType = userItem
    } else {
      guard case .iterator(_, let element, let enumerated, _) = table.shallow(iterator.type) else {
        return invalid(span)
      }
      itemType = enumerated ? .tuple([.usize, element]) : element
    }
    let loopID = beginLoop(label: forLoop?.label, breakType: nil)
    pushScope()
    let itemSlot = declareLocal("(item)", type: itemType, line: span.start.line)
    let itemPattern = TypedPattern(
      kind: .binding(slot: itemSlot, byReference: false, mutable: false, subpattern: nil), type: itemType,
      span: span)
    // `next` on an iterator of the program's own: a call, so written before the body is checked.
    var fetch: TypedStatement?
    if userItem != nil, case .local(let sourceSlot) = iterator.kind {
      fetch = fetchNext(from: sourceSlot, into: itemPattern, loop: loopID, span: span)
    }
    var body: [TypedStatement] = []
    var current = local(itemSlot)
    let breakOut = statement(typed(.breakLoop(loop: loopID, nil), .never, span))
    let one = typed(.integer(1), .usize, span)
    let zero = typed(.integer(0), .usize, span)
    for (position, call) in calls.enumerated() {
      if call.stage == "skip" {
        // `if (skip) > 0 { (skip) -= 1; continue }`
        let pending = typed(.comparison(.greater, local(call.slot), zero), .bool, span)
        let pass = block([
          statement(typed(.compoundAssign(.subtract, local(call.slot), one), .unit, span)),
          statement(typed(.continueLoop(loop: loopID), .never, span)),
        ])
        body.append(statement(typed(.ifElse(pending, pass, nil), .unit, span)))
      } else if call.stage == "take" {
        // Checked before anything else runs for the next item: `Take` stops asking once done.
        let done = typed(.comparison(.equal, local(call.slot), zero), .bool, span)
        body.insert(statement(typed(.ifElse(done, block([breakOut]), nil), .unit, span)), at: 0)
        body.append(statement(typed(.compoundAssign(.subtract, local(call.slot), one), .unit, span)))
      } else if call.stage == "step_phase", position > 0 {
        // Keep one item, then pass over `n - 1`.
        let step = calls[position - 1].slot
        let keepSlot = declareLocal("(keep)", type: .bool, line: span.start.line)
        let keepPattern = TypedPattern(
          kind: .binding(slot: keepSlot, byReference: false, mutable: false, subpattern: nil), type: .bool,
          span: span)
        let first = typed(.comparison(.equal, local(call.slot), zero), .bool, span)
        body.append(TypedStatement(kind: .binding(keepPattern, first, elseBlock: nil), span: span))
        body.append(statement(typed(.compoundAssign(.add, local(call.slot), one), .unit, span)))
        let wrapped = typed(.comparison(.equal, local(call.slot), local(step)), .bool, span)
        body.append(statement(typed(.ifElse(wrapped, block([assign(call.slot, zero)]), nil), .unit, span)))
        let skip = block([statement(typed(.continueLoop(loop: loopID), .never, span))])
        body.append(
          statement(typed(.ifElse(typed(.not(local(keepSlot)), .bool, span), skip, nil), .unit, span)))
      } else if call.stage == "step_by" || call.stage == "zip_skip" || call.stage == "skip_while_flag"
        || call.stage == "flat_map_inner" || call.stage == "scan_state"
      {
        continue
      } else if call.stage == "scan", position > 0 {
        // `match f(&mut state, item) { Some(next) => next, None => break }`: the first `None`
        // ends what the loops and `collect` take from a `Scan`.
        let state = local(calls[position - 1].slot)
        let borrowed = typed(.addressOf(state, mutable: true), .reference(state.type, mutable: true), span)
        let result = callHeldClosure(call.slot, call.signature, [borrowed, current], span: span)
        current = unwrappedOrBreaking(result, loop: loopID, into: &body)
      } else if call.stage == "take_while" {
        // `if !f(&item) { break }`: `TakeWhile` gives nothing more once it says no.
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let keep = callHeldClosure(call.slot, call.signature, [borrowed], span: span)
        body.append(
          statement(typed(.ifElse(typed(.not(keep), .bool, span), block([breakOut]), nil), .unit, span)))
      } else if call.stage == "skip_while", position > 0 {
        // `if (skipping) { if f(&item) { continue } (skipping) = false }`
        let flag = calls[position - 1].slot
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let skipped = callHeldClosure(call.slot, call.signature, [borrowed], span: span)
        let pass = block([statement(typed(.continueLoop(loop: loopID), .never, span))])
        let stillSkipping = TypedBlock(
          statements: [
            statement(typed(.ifElse(skipped, pass, nil), .unit, span)),
            assign(flag, typed(.boolean(false), .bool, span)),
          ], tail: nil, declaredSlots: [], span: span)
        body.append(statement(typed(.ifElse(local(flag), stillSkipping, nil), .unit, span)))
      } else if call.stage == "zip" {
        let skip = position > 0 && calls[position - 1].stage == "zip_skip" ? calls[position - 1].slot : nil
        let step = zipStep(zipped: call.slot, skip: skip, loop: loopID, span: span)
        body += step.statements
        let pairType = TypeTerm.tuple([current.type, step.item.type])
        let slot = declareLocal("(pair)", type: pairType, line: span.start.line)
        let pattern = TypedPattern(
          kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: pairType,
          span: span)
        body.append(
          TypedStatement(
            kind: .binding(pattern, typed(.tuple([current, step.item]), pairType, span), elseBlock: nil),
            span: span))
        current = local(slot)
      } else if call.stage == "cloned" || call.stage == "copied" {
        if let (binding, value) = dereferencingStep(call.stage, item: current, span: span) {
          body.append(binding)
          current = value
        }
      } else if call.stage == "filter_map" {
        // `match f(item) { Some(kept) => kept, None => continue }`
        let result = callHeldClosure(call.slot, call.signature, [current], span: span)
        guard case .option(let keptType) = table.shallow(result.type) else { continue }
        let keptSlot = declareLocal("(kept)", type: keptType, line: span.start.line)
        let binding = TypedPattern(
          kind: .binding(slot: keptSlot, byReference: false, mutable: false, subpattern: nil), type: keptType,
          span: span)
        let somePattern = TypedPattern(
          kind: .variant(enumName: "Option", variant: 1, [binding]), type: result.type, span: span)
        let nonePattern = TypedPattern(
          kind: .variant(enumName: "Option", variant: 0, []), type: result.type, span: span)
        let arms = [
          TypedArm(pattern: somePattern, guardExpression: nil, body: local(keptSlot), span: span),
          TypedArm(
            pattern: nonePattern, guardExpression: nil,
            body: typed(.continueLoop(loop: loopID), .never, span),
            span: span),
        ]
        let slot = declareLocal("(mapped)", type: keptType, line: span.start.line)
        let pattern = TypedPattern(
          kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: keptType,
          span: span)
        body.append(
          TypedStatement(
            kind: .binding(pattern, typed(.match(result, arms), keptType, span), elseBlock: nil), span: span))
        current = local(slot)
      } else if call.stage == "enumerate" {
        let numberedType = TypeTerm.tuple([.usize, current.type])
        let numbered = typed(.tuple([local(call.slot), current]), numberedType, span)
        let slot = declareLocal("(numbered)", type: numberedType, line: span.start.line)
        let pattern = TypedPattern(
          kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: numberedType,
          span: span)
        body.append(TypedStatement(kind: .binding(pattern, numbered, elseBlock: nil), span: span))
        body.append(
          statement(
            typed(.compoundAssign(.add, local(call.slot), typed(.integer(1), .usize, span)), .unit, span)))
        current = local(slot)
      } else if call.stage == "map" {
        let mapped = callHeldClosure(call.slot, call.signature, [current], span: span)
        let slot = declareLocal("(mapped)", type: mapped.type, line: span.start.line)
        let pattern = TypedPattern(
          kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: mapped.type,
          span: span)
        body.append(TypedStatement(kind: .binding(pattern, mapped, elseBlock: nil), span: span))
        current = local(slot)
      } else {
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let keep = callHeldClosure(call.slot, call.signature, [borrowed], span: span)
        let skip = block([statement(typed(.continueLoop(loop: loopID), .never, span))])
        body.append(statement(typed(.ifElse(typed(.not(keep), .bool, span), skip, nil), .unit, span)))
      }
    }
    let terminalCall = terminalClosure.map { closure in
      { (arguments: [TypedExpr]) in
        self.callHeldClosure(closure.slot, closure.signature, arguments, span: span)
      }
    }
    switch method {
    case "collect" where hashTableCollect != nil:
      if let hashTableCollect { body += hashTableCollectStep(hashTableCollect, item: current, span: span) }
    case "collect" where fallible != nil:
      if let fallible { body.append(fallibleCollectStep(fallible, item: current, loop: loopID, span: span)) }
    case "collect" where collectsString:
      if let textTarget, ownedPieces {
        body.append(
          ownedPieceStep(
            into: textTarget, item: current, first: firstOwnedPiece, collected: accumulator, span: span))
      } else if let textTarget, piecesAreText {
        body.append(
          statement(typed(.builtin(.stringPushStr, arguments: [textTarget, current]), .unit, span)))
      } else if let textTarget {
        let character = numericOperand ? typed(.deref(current), .char, span) : current
        body.append(statement(typed(.builtin(.stringPush, arguments: [textTarget, character]), .unit, span)))
      }
    case "collect" where extendedVecSlot != nil:
      if let extendedVecSlot {
        body.append(
          statement(
            typed(
              .builtin(.vecPush, arguments: [reborrowedVec(extendedVecSlot, span: span), current]), .unit,
              span)))
      }
    case "collect" where collectsInPlace:
      body.append(
        statement(
          typed(
            .builtin(
              .libraryIterator("in place write"), arguments: [current, loopNumber(loopID, span: span)]),
            .unit, span)))
    case "collect":
      if let accumulator {
        let vector = typed(
          .addressOf(local(accumulator), mutable: true), .reference(resultType, mutable: true), span)
        if let reserve = hintedCollectReserve(iterator: iterator, collected: accumulator, calls: calls) {
          body.append(reserve)
        } else if let untrustedLength {
          body.append(firstItemReserve(collected: accumulator, length: untrustedLength, span: span))
        }
        body.append(statement(typed(.builtin(.vecPush, arguments: [vector, current]), .unit, span)))
      }
    case "sum":
      if let accumulator {
        let operand = numericOperand ? typed(.deref(current), resultType, span) : current
        var add = typed(.compoundAssign(.add, local(accumulator), operand), .unit, span)
        add.accumulatesInLibrary = true
        body.append(statement(add))
      }
    case "product", "last", "nth", "max", "min":
      if let accumulator {
        body += loopTerminalStep(
          method, accumulator: accumulator, counter: counter, best: bestKey,
          operandIsReference: numericOperand,
          resultType: resultType, item: current, loop: loopID, span: span)
      }
    case "count":
      if let accumulator {
        body.append(
          statement(
            typed(.compoundAssign(.add, local(accumulator), typed(.integer(1), .usize, span)), .unit, span)))
      }
    case "any", "all":
      if let accumulator, let terminalCall {
        let test = terminalCall([current])
        let condition = method == "any" ? test : typed(.not(test), .bool, span)
        let found = block([assign(accumulator, typed(.boolean(method == "any"), .bool, span)), breakOut])
        body.append(statement(typed(.ifElse(condition, found, nil), .unit, span)))
      }
    case "position":
      if let accumulator, let counter, let terminalCall {
        let some = typed(
          .variant(enumName: "Option", variant: 1, payload: [local(counter)]), resultType, span)
        let found = block([assign(accumulator, some), breakOut])
        body.append(statement(typed(.ifElse(terminalCall([current]), found, nil), .unit, span)))
        body.append(
          statement(
            typed(.compoundAssign(.add, local(counter), typed(.integer(1), .usize, span)), .unit, span)))
      }
    case "find_map":
      // `if let Some(found) = f(item) { return Some(found) }`
      if let accumulator, let terminalCall {
        body.append(statement(firstSome(terminalCall([current]), into: accumulator, loop: loopID)))
      }
    case "find":
      if let accumulator, let terminalCall {
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let some = typed(.variant(enumName: "Option", variant: 1, payload: [current]), resultType, span)
        let found = block([assign(accumulator, some), breakOut])
        body.append(statement(typed(.ifElse(terminalCall([borrowed]), found, nil), .unit, span)))
      }
    case "fold":
      if let accumulator, let terminalCall {
        body.append(assign(accumulator, terminalCall([local(accumulator), current])))
      }
    case "for_each":
      if let terminalCall { body.append(statement(terminalCall([current]))) }
    case "try_fold", "try_for_each":
      if let residual = tryResidual, let terminalCall {
        let step = terminalCall(accumulator.map { [local($0), current] } ?? [current])
        body += tryTerminalStep(
          step: step, accumulator: accumulator, residual: residual, breakOut: breakOut, span: span)
      }
    case "partition":
      // `if f(&item) { matching.extend(Some(item)) } else { others.extend(Some(item)) }`
      if let accumulator, let others = counter, let terminalCall {
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let test = terminalCall([borrowed])
        let element: TypeTerm
        if case .vec(let kept) = locals[accumulator].type { element = kept } else { element = current.type }
        let value = numericOperand ? typed(.deref(current), element, span) : current
        func push(_ slot: Int) -> TypedBlock {
          let vector = typed(
            .addressOf(local(slot), mutable: true), .reference(locals[slot].type, mutable: true), span)
          return block([statement(typed(.builtin(.vecPush, arguments: [vector, value]), .unit, span))])
        }
        body.append(
          statement(
            typed(.ifElse(test, push(accumulator), typed(.block(push(others)), .unit, span)), .unit, span)))
      }
    case "for":
      if let forLoop {
        let bound = checkPattern(forLoop.pattern, against: current.type, isParameter: false)
        if bound.isRefutable { error("refutable pattern in `for` loop binding", at: forLoop.pattern.span) }
        body.append(
          TypedStatement(kind: .binding(bound, current, elseBlock: nil), span: forLoop.pattern.span))
        let userBody = checkLoopBody(forLoop.body)
        body.append(statement(typed(.block(userBody), .unit, forLoop.body.span)))
      }
    case "next":
      if let accumulator {
        let some = typed(.variant(enumName: "Option", variant: 1, payload: [current]), resultType, span)
        body.append(assign(accumulator, some))
        body.append(breakOut)
      }
    case "max_by", "min_by":
      if let accumulator, let terminalCall {
        body.append(
          keepBest(
            method == "max_by", current: current, best: accumulator, compare: terminalCall, span: span))
      }
    case "max_by_key", "min_by_key":
      // `max_by_key` keeps the last of equal keys, `min_by_key` the first.
      if let accumulator, let bestKey, let seen = counter, let terminalCall {
        let borrowed = typed(
          .addressOf(current, mutable: false), .reference(current.type, mutable: false), span)
        let key = terminalCall([borrowed])
        let keySlot = declareLocal("(key)", type: key.type, line: span.start.line)
        let keyPattern = TypedPattern(
          kind: .binding(slot: keySlot, byReference: false, mutable: false, subpattern: nil), type: key.type,
          span: span)
        body.append(TypedStatement(kind: .binding(keyPattern, key, elseBlock: nil), span: span))
        let keyValue = keyPointees.reduce(local(keySlot)) { typed(.deref($0), $1, span) }
        let better = typed(
          .comparison(method == "max_by_key" ? .greaterEqual : .less, keyValue, local(bestKey)), .bool,
          span)
        let first = typed(.not(local(seen)), .bool, span)
        let condition = typed(.logical(isAnd: false, first, better), .bool, span)
        let some = typed(.variant(enumName: "Option", variant: 1, payload: [current]), resultType, span)
        let keep = block([
          assign(bestKey, keyValue), assign(accumulator, some),
          assign(seen, typed(.boolean(true), .bool, span)),
        ])
        body.append(statement(typed(.ifElse(condition, keep, nil), .unit, span)))
      }
    default:
      break
    }
    let declared = popScope()
    loops.removeLast()
    if let fetch {
      // `Take` asks its iterator for nothing more once it has given its count.
      let takes = calls.filter { $0.stage == "take" }.count
      body.insert(fetch, at: min(takes, body.count))
      let loopBody = TypedBlock(statements: body, tail: nil, declaredSlots: declared, span: span)
      builder.statements.append(statement(typed(.loop(loopBody, loop: loopID), .unit, span)))
    } else {
      let loopBody = TypedBlock(statements: body, tail: nil, declaredSlots: declared, span: span)
      builder.statements.append(
        statement(typed(.forLoop(itemPattern, iterator, loopBody, loop: loopID), .unit, span)))
    }
    _ = unit
    if collectsInPlace, let collected = fallible?.vectorSlot ?? accumulator {
      let finish = typed(
        .builtin(.libraryIterator("in place finish"), arguments: [loopNumber(loopID, span: span)]),
        locals[collected].type, span)
      builder.statements.append(assign(collected, finish))
    }
    if let fallible { return finishFallibleCollect(fallible, span: span) }
    if let tryResidual {
      return tryTerminalResult(resultType, accumulator: accumulator, residual: tryResidual, span: span)
    }
    if method == "partition", let accumulator, let others = counter {
      return typed(.tuple([local(accumulator), local(others)]), resultType, span)
    }
    return accumulator.map { local($0) } ?? unit
  }
}
