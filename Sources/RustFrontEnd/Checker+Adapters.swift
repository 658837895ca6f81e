import MemoryModel

/// Iterator chains that take closures (`v.iter().map(|x| x * 2).filter(…).collect()`,
/// `.any(…)`, `.fold(…)`): checked as the loop they run, so that every closure call is a
/// call (a frame) and each closure is a value held for the whole chain, as the adapters
/// hold them. The chain's closures and accumulator are locals of a block of their own.
extension Checker {
  static let closureStages: Set<String> = ["map", "filter", "filter_map", "take_while", "skip_while"]
  /// Stages whose closure is given a reference to the item and answers whether to keep it.
  static let predicateStages: Set<String> = ["filter", "take_while", "skip_while"]
  static let closureTerminals: Set<String> = [
    "any", "all", "find", "position", "fold", "for_each", "max_by_key", "min_by_key", "partition",
    "max_by", "min_by", "try_fold", "try_for_each", "find_map",
  ]
  /// Stages after which the chain's `size_hint` has a lower bound of 0.
  static let unboundedStages: Set<String> = ["filter", "filter_map", "take_while", "skip_while", "scan"]
  static let plainTerminals: Set<String> = [
    "collect", "sum", "count", "product", "last", "nth", "max", "min",
  ]
  /// Stages with no closure that turn `&T` items into `T`.
  static let dereferencingStages: Set<String> = ["cloned", "copied"]

  /// `for x in v.iter().filter(…) { … }`: the loop of the chain runs the body.
  struct ForLoopTerminal {
    var pattern: Pattern
    var body: Block
    var label: String?
  }

  func checkForOverChain(pattern: Pattern, iterable: Expr, body: Block, label: String?, span: SourceSpan)
    -> TypedExpr?
  {
    var bottom = iterable
    while case .methodCall(let inner, _, _, _) = bottom.kind { bottom = inner }
    if isUserIteratorExpression(bottom) || isUserIteratorExpression(adapterChainBase(iterable)) {
      // `for n in Counter::new()`, `for n in Counter::new().take(3)`: `next` per item.
    } else if isZipWithRange(iterable) {
      // `for (i, x) in (1..).zip(v.iter())`: std's `Zip` made as a value, `next` per pair.
    } else {
      guard case .methodCall(_, let method, _, _) = iterable.kind,
        Self.closureStages.contains(method)
          || ["enumerate", "skip", "take", "step_by", "cloned", "copied", "flat_map", "scan"].contains(method)
      else { return nil }
    }
    return checkAdapterChain(
      receiver: iterable, method: "for", generics: [], arguments: [], span: span, id: -1,
      forLoop: ForLoopTerminal(pattern: pattern, body: body, label: label))
  }

  /// `(1..).zip(v.iter())`, `v.iter().zip(5..9)`: a `zip` with a range written on either side.
  func isZipWithRange(_ expr: Expr) -> Bool {
    guard case .methodCall(let receiver, "zip", let generics, let arguments) = expr.kind, generics.isEmpty,
      arguments.count == 1
    else { return false }
    if case .range = arguments[0].kind { return isIteratorChain(receiver) || isRangeExpression(receiver) }
    return isRangeExpression(receiver)
  }

  private func isRangeExpression(_ expr: Expr) -> Bool {
    if case .range = expr.kind { return true }
    return false
  }

  func isOptionType(_ type: TypeTerm) -> Bool {
    if case .option = type { return true }
    return false
  }

  struct Stage {
    var name: String
    /// Nil for `enumerate`, `skip`, `take` and `step_by`.
    var closure: ClosureExpr?
    /// The call of this stage (what the chain below it is the receiver of).
    var call: Expr
    var span: SourceSpan
    /// `n` of `skip(n)`, `take(n)`, `step_by(n)`.
    var argument: Expr?
    /// A `flat_map` whose closure gives an `Option`, run as the `filter_map` it amounts to.
    var flatMapsOptions = false
    /// `repeat(x).take(n)`'s `map`, which gives `x` (its `argument`) for each item.
    var repeatsValue = false

    init(name: String, closure: ClosureExpr?, call: Expr, span: SourceSpan) {
      self.name = name
      self.closure = closure
      self.call = call
      self.span = span
    }
  }

  /// The chain ending in `method`, or nil when it is not one with closures (the ordinary
  /// method call then checks it).
  func checkAdapterChain(
    receiver: Expr, method: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan, id: Int,
    forLoop: ForLoopTerminal? = nil, extendText: TextExtension? = nil
  ) -> TypedExpr? {
    // `v.extend(chain)` hands its `Vec` to this chain only, not to chains inside its closures.
    let extendedVec = pendingVecExtension
    pendingVecExtension = nil
    var stages: [Stage] = []
    var base = receiver
    while case .methodCall(let inner, let name, _, let stageArguments) = base.kind {
      if name == "map", stageArguments.count == 1, let value = repeatedValue(marking: stageArguments[0]) {
        var stage = Stage(name: name, closure: nil, call: base, span: base.span)
        stage.argument = value
        stage.repeatsValue = true
        stages.insert(stage, at: 0)
      } else if Self.closureStages.contains(name), stageArguments.count == 1,
        let closure = stageClosure(stageArguments[0])
      {
        stages.insert(Stage(name: name, closure: closure, call: base, span: base.span), at: 0)
      } else if Self.dereferencingStages.contains(name), stageArguments.isEmpty,
        isIteratorChain(inner) || isKeptLibraryIterator(inner)
      {
        stages.insert(Stage(name: name, closure: nil, call: base, span: base.span), at: 0)
      } else if name == "enumerate", stageArguments.isEmpty {
        stages.insert(Stage(name: name, closure: nil, call: base, span: base.span), at: 0)
      } else if name == "zip", stageArguments.count == 1, !iteratorItemTypes.isEmpty, !isIteratorChain(inner)
      {
        // Only on an iterator of the program's own (checked once the chain's source is known).
        var stage = Stage(name: name, closure: nil, call: base, span: base.span)
        stage.argument = stageArguments[0]
        stages.insert(stage, at: 0)
      } else if name == "flat_map", stageArguments.count == 1, let closure = flatMapClosure(stageArguments[0])
      {
        var stage = Stage(name: name, closure: closure, call: base, span: base.span)
        stage.argument = stageArguments[0]
        stages.insert(stage, at: 0)
      } else if name == "flat_map", stageArguments.count == 1, let closure = stageClosure(stageArguments[0]) {
        // `flat_map(|s| s.parse().ok())`: an `Option` gives at most one item and leaves the
        // size hint's lower bound at 0 after each, as `filter_map` does (checked once the
        // closure's type is known).
        var stage = Stage(name: "filter_map", closure: closure, call: base, span: base.span)
        stage.flatMapsOptions = true
        stages.insert(stage, at: 0)
      } else if name == "scan", stageArguments.count == 2, let closure = stageClosure(stageArguments[1]) {
        // `scan(initial, |state, item| …)`: the state is a local of the chain's block.
        var stage = Stage(name: name, closure: closure, call: base, span: base.span)
        stage.argument = stageArguments[0]
        stages.insert(stage, at: 0)
      } else if ["skip", "take", "step_by"].contains(name), stageArguments.count == 1 {
        var stage = Stage(name: name, closure: nil, call: base, span: base.span)
        stage.argument = stageArguments[0]
        stages.insert(stage, at: 0)
      } else {
        break
      }
      base = inner
    }
    if case .methodCall(let iterator, "by_ref", let none, let noArguments) = base.kind, none.isEmpty,
      noArguments.isEmpty
    {
      // `it.by_ref().take(2)`: `Iterator::by_ref` is `&mut it`, which the chain then walks.
      base = Expr(id: base.id, kind: .reference(mutable: true, iterator), span: base.span)
    }
    // `enumerate()` straight on the source is the source's own (`v.iter().enumerate()`).
    // An iterator of the program's own has no such loop state: its `enumerate` is a counter.
    while let first = stages.first, first.name == "enumerate", !isUserIteratorExpression(base) {
      base = first.call
      stages.removeFirst()
    }
    // `it.any(…)`, `it.nth(1)`: these take `&mut self`, so a kept iterator stays usable.
    if stages.isEmpty,
      ["nth", "any", "all", "find", "position", "try_fold", "try_for_each"].contains(method),
      case .path = base.kind,
      isUserIteratorExpression(base)
    {
      syntheticExpressionCount += 1
      base = Expr(
        id: -8_000_000 - syntheticExpressionCount, kind: .reference(mutable: true, base), span: base.span)
    }
    let terminalTakesClosure =
      Self.closureTerminals.contains(method)
      && arguments.last.map { if case .closure = $0.kind { true } else { false } } == true
    // The type `collect` makes: from its turbofish, or from the `let` it initialises.
    var collectTarget: TypeTerm?
    if method == "collect" {
      if let explicit = generics.first {
        collectTarget = resolveType(explicit, selfType: currentOwner)
      } else if let annotated = annotatedInitializer, annotated.id == id {
        collectTarget = annotated.type
      }
    }
    // `partition`'s pair of collections: `partition::<Vec<i32>, _>` or the `let`'s annotation.
    var partitionTarget: TypeTerm?
    if method == "partition" {
      if let explicit = generics.first {
        let half = resolveType(explicit, selfType: currentOwner)
        partitionTarget = .tuple([half, half])
      } else if let annotated = annotatedInitializer, annotated.id == id {
        partitionTarget = annotated.type
      }
    }
    let collectsString =
      extendText != nil
      || collectTarget.map { if case .string = table.shallow($0) { true } else { false } } ?? false
    let hashTableTarget = hashTableCollectTarget(
      collectTarget, receiver: receiver, method: method, generics: generics, span: span)
    // `s.chars().next()`: the first item of an iterator made right there.
    var takesFirst = false
    if method == "next", arguments.isEmpty, case .methodCall(_, let made, _, _) = base.kind,
      [
        "chars", "bytes", "iter", "rev", "enumerate", "split_whitespace", "lines", "windows",
        "chunks", "chunks_exact", "rchunks", "keys", "values",
      ]
      .contains(made) || TextSplitter.methodNames.contains(made)
    {
      takesFirst = true
    }
    // `(1..=n).product()`, `v.iter().last()`: terminals only the chain's loop runs.
    let loopOnlyTerminal =
      ["product", "last", "nth"].contains(method) && isIteratorSource(base)
    let userSource = isUserIteratorExpression(base)
    let userTerminal =
      userSource
      && (forLoop != nil || Self.plainTerminals.contains(method) || Self.closureTerminals.contains(method))
    if stages.isEmpty && !terminalTakesClosure && !collectsString && !takesFirst && !loopOnlyTerminal
      && !userTerminal && hashTableTarget == nil
    {
      return nil
    }
    let endsChain =
      terminalTakesClosure || Self.plainTerminals.contains(method) || method == "next" || forLoop != nil
    if !endsChain, !isIteratorSource(base), !userSource {
      // `best.map(|r| r.name.len()).unwrap_or(0)`: `Option::map` on a value, not an iterator.
      return nil
    }
    if !endsChain, Self.keptAdapterNames.contains(method) || method == "chain" {
      // `let it = v.iter().map(f);`, `a.iter().take(2).chain(b)`: an adapter kept as a value
      // (`Checker+KeptAdapters`), made by the method call itself.
      return nil
    }
    if Self.closureStages.contains(method) && !terminalTakesClosure {
      // `.map(f)` not consumed by a terminal this knows.
      unsupported("iterator adapters kept without being consumed (`collect`, `sum`, `for_each`, …)", at: span)
      return invalid(span)
    }
    guard endsChain else {
      unsupported("the method `\(method)` after `map` or `filter`", at: span)
      return invalid(span)
    }
    var baseValue = checkExpression(base)
    // `s.chars().map(f).collect::<Vec<_>>()`: std sizes the `Vec` from the `Chars`' size hint
    // as it goes, so the chain walks the `Chars` std makes, as a kept one is walked.
    let keptChars = charsKeptForVecCollect(baseValue, method: method, target: collectTarget)
    if let keptChars { baseValue = keptChars }
    let userItem = userSource || keptChars != nil ? userIteratorItem(baseValue.type) : nil
    if userItem == nil, let zip = stages.first(where: { $0.name == "zip" }) {
      unsupported("the method `zip` on this kind of iterator", at: zip.span)
      return invalid(span)
    }
    switch table.shallow(baseValue.type) {
    case .iterator, .range: break
    case .never: return invalid(span)  // Already reported.
    case _ where userItem != nil: break
    case _ where stages.isEmpty && hasOwnMethod(baseValue.type, method):
      // `inventory.find(|item| …)`: a method of the program's own type, not an iterator's.
      return checkMethodCall(
        checked: baseValue, receiver: base, method: method, generics: generics, arguments: arguments,
        span: span)
    default:
      unsupported(
        "`\(stages.first?.name ?? method)` with a closure on `\(table.displayName(baseValue.type))`", at: span
      )
      return invalid(span)
    }
    if let kept = collectKeptIterator(
      baseValue, method: method, stages: stages.map(\.name), target: collectTarget, span: span)
    {
      return kept
    }
    let madeIterator = userItem == nil ? makeIterator(baseValue) : baseValue
    var kind = TypeTerm.IteratorKind.range
    var item: TypeTerm
    if let userItem {
      item = userItem
    } else {
      guard case .iterator(let madeKind, let element, let enumerated, _) = table.shallow(madeIterator.type)
      else {
        return invalid(span)
      }
      kind = madeKind
      item = enumerated ? .tuple([.usize, element]) : element
    }
    var builder = PipelineBuilder(span: span)
    pushScope()
    // The chain borrows its source before its closures capture anything, as `v.iter()` runs
    // before `.map(…)`'s closure is made. An iterator of the program's own is moved into the
    // chain, as its adapters own it.
    var iterator: TypedExpr
    if userItem != nil {
      let slot = builder.declare(self, "(iterator)", type: baseValue.type, mutable: true, value: baseValue)
      iterator = typed(.local(slot), baseValue.type, baseValue.span)
    } else {
      iterator = hoistSource(of: madeIterator, &builder)
      if hashTableTarget != nil, case .iterate(let source) = iterator.kind,
        case .array = table.shallow(source.type),
        !isRepeatable(source)
      {
        // `HashMap::from([…])`: the array is made before the table its items go into.
        let slot = builder.declare(self, "(source)", type: source.type, mutable: false, value: source)
        iterator.kind = .iterate(typed(.local(slot), source.type, source.span))
      }
    }
    var calls: [(stage: String, slot: Int, signature: ClosureState.Signature)] = []
    var flatMap: FlatMapLoop?
    var keptInnerItem: TypeTerm?
    for (position, stage) in stages.enumerated() where stage.name == "flat_map" {
      guard
        let begun = beginFlatMap(
          stage, outer: iterator, item: item, method: method, isFirst: position == 0 && userItem == nil,
          collectsString: collectsString, fallible: fallibleCollectTarget(collectTarget) != nil,
          laterStages: stages.map(\.name), &builder)
      else {
        _ = popScope()
        return invalid(span)
      }
      (flatMap, iterator, item) = (begun.0, begun.inner, begun.item)
      if begun.0.keptInner != nil {
        // The chain's loop takes items from the kept inner iterator, as from a kept source.
        keptInnerItem = item
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append(("flat_map_inner", -1, none))
      }
      if let stage = begun.0.dereference {
        // `|v| v.iter().copied()`: the items of `v.iter()`, copied (or cloned) one by one.
        guard case .reference(let target, _) = table.shallow(item),
          stage == "cloned" ? isCloneMadeHere(target) : isCopy(target)
        else {
          unsupported("`\(stage)` on an iterator of `\(table.displayName(item))`", at: span)
          _ = popScope()
          return invalid(span)
        }
        item = target
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append((stage, -1, none))
      }
    }
    for stage in stages where stage.name != "flat_map" {
      if stage.name == "scan" {
        guard let produced = holdScan(stage, item: item, calls: &calls, &builder) else {
          _ = popScope()
          return invalid(span)
        }
        item = produced
        continue
      }
      if stage.name == "zip", let argument = stage.argument {
        guard let (zipCalls, zippedItem) = holdZipped(argument, &builder) else {
          _ = popScope()
          return invalid(span)
        }
        calls += zipCalls
        item = .tuple([item, zippedItem])
        continue
      }
      if stage.repeatsValue, let argument = stage.argument {
        // `repeat(x)`: `x` moved into the chain's block, copied or cloned for each item.
        let value = checkExpression(argument)
        let slot = builder.declare(self, "(repeated)", type: value.type, mutable: false, value: value)
        item = value.type
        let gives = ClosureState.Signature(
          functionIndex: Self.repeatedValueFunction, parameterTypes: [], returnType: value.type,
          mutatesCaptures: false)
        calls.append(("map", slot, gives))
        continue
      }
      if let argument = stage.argument {
        // `skip(n)`, `take(n)`, `step_by(n)`: `n` is evaluated as the chain is built.
        if stage.name == "step_by" {
          guard case .integer(let step, _) = argument.kind, step > 0 else {
            unsupported("`step_by` with a step that is not a positive number literal", at: argument.span)
            _ = popScope()
            return invalid(span)
          }
        }
        let count = coerce(checkExpression(argument), to: .usize)
        let slot = builder.declare(self, "(\(stage.name))", type: .usize, mutable: true, value: count)
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append((stage.name, slot, none))
        if stage.name == "step_by" {
          let phase = builder.declare(
            self, "(step phase)", type: .usize, mutable: true, value: typed(.integer(0), .usize, span))
          calls.append(("step_phase", phase, none))
        }
        continue
      }
      if Self.dereferencingStages.contains(stage.name) {
        guard case .reference(let target, _) = table.shallow(item),
          stage.name == "cloned" ? isCloneMadeHere(target) : isCopy(target)
        else {
          unsupported("`\(stage.name)` on an iterator of `\(table.displayName(item))`", at: stage.span)
          _ = popScope()
          return invalid(span)
        }
        item = target
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append((stage.name, -1, none))
        continue
      }
      guard let closure = stage.closure else {
        // `enumerate()` after a closure: a counter of the items that reach it.
        let counter = builder.declare(
          self, "(count)", type: .usize, mutable: true, value: typed(.integer(0), .usize, span))
        item = .tuple([.usize, item])
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append(("enumerate", counter, none))
        continue
      }
      let expected: TypeTerm =
        Self.predicateStages.contains(stage.name) ? .reference(item, mutable: false) : item
      if stage.name == "skip_while" {
        // `SkipWhile`'s flag: true until the closure first answers `false`.
        let flag = builder.declare(
          self, "(skipping)", type: .bool, mutable: true, value: typed(.boolean(true), .bool, span))
        let none = ClosureState.Signature(
          functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
        calls.append(("skip_while_flag", flag, none))
      }
      guard
        let (slot, signature) = holdClosure(
          closure, named: stage.flatMapsOptions ? "flat_map" : stage.name, expecting: [expected], &builder)
      else {
        _ = popScope()
        return invalid(span)
      }
      if stage.flatMapsOptions, case let result = table.shallow(signature.returnType), !isOptionType(result) {
        if !result.isNever {
          unsupported("`flat_map` closures giving `\(table.displayName(result))`", at: stage.span)
        }
        _ = popScope()
        return invalid(span)
      }
      if stage.name == "map" {
        item = signature.returnType
      } else if stage.name == "filter_map" {
        let kept = table.fresh()
        if !table.unify(signature.returnType, .option(kept)) {
          error(
            "mismatched types: expected `Option<_>`, found `\(table.displayName(signature.returnType))`",
            at: stage.span)
        }
        item = kept
      } else if !table.unify(signature.returnType, .bool) {
        error(
          "mismatched types: expected `bool`, found `\(table.displayName(signature.returnType))`",
          at: stage.span)
      }
      calls.append((stage.name, slot, signature))
    }
    let exactSize =
      stages.allSatisfy {
        ["map", "enumerate", "skip", "take", "step_by", "cloned", "copied"].contains($0.name)
      }
      // `s.bytes()` is a `Copied<slice::Iter<u8>>`: `TrustedLen`, as a slice's iterator is.
      && (kind == .sliceShared || kind == .range || kind == .bytes || (kind.pieceRule?.isHashTable ?? false)
        || (kind.pieceRule?.isDeque ?? false)
        // `windows`, `chunks` and a `zip` of two slices know their length (TrustedLen): `collect`
        // allocates exactly that.
        || (kind.pieceRule?.isSizedSlicing ?? false) || kind.pieceRule == .zip)
      && userItem == nil && !isTreeRange(iterator)
    let tail = finishPipeline(
      method: method, generics: generics, arguments: arguments, iterator: iterator, item: item,
      calls: calls, exactSize: exactSize, collectsString: collectsString,
      fallibleTarget: fallibleCollectTarget(collectTarget), partitionTarget: partitionTarget,
      hashTableTarget: hashTableTarget, forLoop: forLoop, extendText: extendText,
      extendVec: extendedVec.map {
        VecExtension(
          target: $0.target, methodSpan: $0.methodSpan,
          reservesLength: exactSize && !(kind.pieceRule?.isHashTable ?? false)
            && stages.allSatisfy { ["map", "enumerate", "take", "cloned", "copied"].contains($0.name) },
          growsByPush: stages.contains { Self.unboundedStages.contains($0.name) })
      },
      userItem: userItem ?? keptInnerItem, stagesPassSource: Self.stagesPassSource(stages),
      builder: &builder)
    if let flatMap, !finishFlatMap(flatMap, &builder) {
      _ = popScope()
      return invalid(span)
    }
    let declared = popScope()
    let block = TypedBlock(
      statements: builder.statements, tail: tail, declaredSlots: declared, span: span,
      keepsTemporariesToStatementEnd: true)
    return typed(.block(block), tail.type, span)
  }
}
