import MemoryModel

/// `collect()` into `HashMap<K, V>` or `HashSet<T>`: std's `FromIterator` makes an empty table,
/// reserves the iterator's `size_hint` lower bound (the length of an exact-size source, nothing
/// after a `filter`), then inserts the items in order, so a later duplicate key overwrites a
/// map's value and leaves a set's first key in place. The chain's loop does the same with the
/// table's own `with_capacity` and `insert`.
extension Checker {
  /// The table a `collect` makes, and where rustc reports items it cannot be built from: the
  /// turbofish's type, or the method's name when a `let` annotation asks for the table.
  struct HashTableCollectTarget {
    var type: TypeTerm
    var errorSpan: SourceSpan
  }

  /// What the loop of a table `collect` keeps.
  struct HashTableCollect {
    var tableType: TypeTerm
    var key: TypeTerm
    var value: TypeTerm
    var isSet: Bool
    var slot: Int
  }

  /// `collect::<HashMap<_, _>>()`, or a `collect()` whose `let` is annotated with a table type.
  func hashTableCollectTarget(
    _ target: TypeTerm?, receiver: Expr, method: String, generics: [TypeExpr], span: SourceSpan
  ) -> HashTableCollectTarget? {
    guard method == "collect", let target, case .hashMap = table.shallow(target) else { return nil }
    let errorSpan = generics.first?.span ?? methodNameSpan(receiver: receiver, method: method, span: span)
    return HashTableCollectTarget(type: target, errorSpan: errorSpan)
  }

  /// A `collect` into a table: always the chain's loop, even with no adapter in between
  /// (`s.chars().collect::<HashSet<_>>()`).
  func checkHashTableCollect(
    receiver: Expr, generics: [TypeExpr], arguments: [Expr], span: SourceSpan, id: Int
  )
    -> TypedExpr
  {
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    if case .path(let path, _) = receiver.kind, path.count == 1, let slot = resolveLocal(path[0]) {
      switch table.shallow(locals[slot].type) {
      case .iterator, .range, .library, .variable, .never: break
      case let type where userIteratorItem(type) != nil: break
      default:
        // `v.collect()` on a `Vec`: not an iterator, rustc's E0599 as for any other target.
        return checkMethodCall(
          receiver: receiver, method: "collect", generics: generics, arguments: arguments, span: span)
      }
    }
    if let collected = checkAdapterChain(
      receiver: receiver, method: "collect", generics: generics, arguments: arguments, span: span, id: id)
    {
      return collected
    }
    unsupported("`collect` calls that make a `HashMap` or `HashSet` from this expression", at: span)
    return invalid(span)
  }

  /// Declares the table before the loop, with the room std reserves; nil (reported) when the
  /// items are not what the table is built from (rustc's E0277) or the source's size hint is
  /// not one memtutor knows.
  func beginHashTableCollect(
    _ target: HashTableCollectTarget, item: TypeTerm, iterator: TypedExpr,
    calls: [(stage: String, slot: Int, signature: ClosureState.Signature)], exactSize: Bool,
    userItem: TypeTerm?, builder: inout PipelineBuilder
  ) -> HashTableCollect? {
    let span = builder.span
    guard case .hashMap(let key, let value, let isSet, let ordered) = table.shallow(target.type) else {
      return nil
    }
    if ordered {
      // std sorts the items in a `Vec` and builds the tree in bulk, which memtutor does not model.
      unsupported("`collect` into a `BTreeMap` or `BTreeSet`", at: span)
      return nil
    }
    let wanted: TypeTerm = isSet ? key : .tuple([key, value])
    guard table.unify(item, wanted) else {
      error(
        "a value of type `\(table.displayName(target.type))` cannot be built from an iterator over elements of type `\(table.displayName(item))`",
        at: target.errorSpan)
      return nil
    }
    guard isSupportedHashKey(key) else {
      unsupported("hash tables with keys of type `\(table.displayName(key))`", at: span)
      return nil
    }
    guard
      let reserve = hashTableCollectReserve(
        iterator: iterator, calls: calls, exactSize: exactSize, userItem: userItem)
    else {
      unsupported("`HashMap`s and `HashSet`s collected from this kind of iterator", at: span)
      return nil
    }
    let tableType = TypeTerm.hashMap(key: key, value: value, set: isSet)
    let made: TypedExpr
    if case .integer(0) = reserve.kind {
      made = typed(.builtin(.hashTable("new"), arguments: []), tableType, span)
    } else {
      made = typed(.builtin(.hashTable("with_capacity"), arguments: [reserve]), tableType, span)
    }
    let slot = builder.declare(self, "(collected)", type: tableType, mutable: true, value: made)
    return HashTableCollect(tableType: tableType, key: key, value: value, isSet: isSet, slot: slot)
  }

  /// `(collected).insert(key, value);` for a map's `(key, value)` item, `(collected).insert(item);`
  /// for a set's. The `Option` of a replaced value (or the `bool`) is dropped at once.
  func hashTableCollectStep(_ collect: HashTableCollect, item: TypedExpr, span: SourceSpan)
    -> [TypedStatement]
  {
    let tableReference = typed(
      .addressOf(typed(.local(collect.slot), collect.tableType, span), mutable: true),
      .reference(collect.tableType, mutable: true), span)
    if collect.isSet {
      let insert = typed(.builtin(.hashTable("insert"), arguments: [tableReference, item]), .bool, span)
      return [TypedStatement(kind: .expression(insert), span: span)]
    }
    func bind(_ name: String, _ type: TypeTerm) -> (TypedPattern, TypedExpr) {
      let slot = declareLocal(name, type: type, line: span.start.line)
      let pattern = TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: type,
        span: span)
      return (pattern, typed(.local(slot), type, span))
    }
    let (keyPattern, keyValue) = bind("(key)", collect.key)
    let (valuePattern, valueValue) = bind("(value)", collect.value)
    let pair = TypedPattern(kind: .tuple([keyPattern, valuePattern]), type: item.type, span: span)
    let insert = typed(
      .builtin(.hashTable("insert"), arguments: [tableReference, keyValue, valueValue]),
      .option(collect.value),
      span)
    return [
      TypedStatement(kind: .binding(pair, item, elseBlock: nil), span: span),
      TypedStatement(kind: .expression(insert), span: span),
    ]
  }

  /// The lower bound of the chain's `size_hint`, which `HashMap::extend` reserves: nothing
  /// after a `filter` (or on an iterator of the program's own, whose `size_hint` is the
  /// default `(0, None)`), the length of an exact-size source after `skip`/`take`/`step_by`,
  /// `(bytes + 3) / 4` for `chars()`. Nil for a source whose bound is not modelled.
  private func hashTableCollectReserve(
    iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)],
    exactSize: Bool, userItem: TypeTerm?
  ) -> TypedExpr? {
    let span = iterator.span
    let zero = typed(.integer(0), .usize, span)
    if calls.contains(where: { Self.unboundedStages.contains($0.stage) }) {
      return zero
    }
    if userItem != nil {
      return keptIteratorLowerBound(iterator, calls: calls)
    }
    if exactSize {
      if let length = constantArrayLength(iterator) {
        // `["a", "b"].iter()`: a temporary array, whose length the type says.
        return countAfterStages(typed(.integer(Int128(length)), .usize, span), calls)
      }
      guard isRepeatable(iterator) else { return nil }
      return countAfterStages(typed(.builtin(.iteratorCount, arguments: [iterator]), .usize, span), calls)
    }
    guard
      calls.allSatisfy({
        ["map", "enumerate", "skip", "take", "step_by", "cloned", "copied"].contains($0.stage)
      }),
      case .iterator(let kind, _, _, _) = table.shallow(iterator.type)
    else { return nil }
    switch kind {
    case .pieces(let rule) where rule.isText:
      return zero
    case .pieces(.setOperation(let operation)):
      // A `HashSet`'s `Union` reserves the larger set's length; the others' lower bound is 0.
      // A `BTreeSet`'s bounds are not modelled.
      if isOrderedSetOperation(iterator) { return nil }
      return operation == .union ? setUnionLength(iterator, calls: calls) : zero
    case .chars, .bytes:
      guard let text = iteratedText(iterator) else { return nil }
      let bytes = typed(.builtin(.strLength, arguments: [text]), .usize, span)
      if kind == .bytes { return countAfterStages(bytes, calls) }
      let rounded = typed(.arithmetic(.add, bytes, typed(.integer(3), .usize, span)), .usize, span)
      return countAfterStages(
        typed(.arithmetic(.divide, rounded, typed(.integer(4), .usize, span)), .usize, span), calls)
    case .vecOwned where dequeOwnedSource(iterator) != nil:
      return dequeOwnedLength(iterator, calls: calls)
    case .vecOwned:
      // `vec![a, b].into_iter()`: a temporary `Vec`, whose length its elements say.
      if let source = iteratedSource(iterator), case .vecList(let elements) = source.kind {
        return countAfterStages(typed(.integer(Int128(elements.count)), .usize, span), calls)
      }
      // `v.into_iter()`: the `Vec`'s length, read before the loop takes it.
      guard let source = iteratedSource(iterator), isRepeatable(source),
        case .vec(let element) = table.shallow(source.type)
      else { return nil }
      let slice = asSliceReference(source, element: element, mutable: false)
      return countAfterStages(typed(.builtin(.sliceLength, arguments: [slice]), .usize, span), calls)
    case .arrayOwned:
      guard let source = iteratedSource(iterator), case .array(_, let length) = table.shallow(source.type)
      else { return nil }
      return countAfterStages(typed(.integer(Int128(length)), .usize, span), calls)
    case .hashOwned:
      return hashOwnedLength(iterator, calls: calls)
    default:
      return nil
    }
  }

  /// A kept iterator's `size_hint` lower bound, read from it before the loop (`Chars`' is
  /// `(bytes + 3) / 4`, a slice iterator's its length); nothing for an iterator of the
  /// program's own, whose `size_hint` is the default `(0, None)`.
  private func keptIteratorLowerBound(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedExpr? {
    var kept = table.shallow(iterator.type)
    var reference = typed(
      .addressOf(iterator, mutable: false), .reference(iterator.type, mutable: false), iterator.span)
    if case .reference(let inner, _) = kept {
      kept = table.shallow(inner)
      reference = iterator
    }
    guard case .library(let wrapper, _) = kept else { return typed(.integer(0), .usize, iterator.span) }
    let sized: [LibraryWrapper] = [
      .sliceIter, .sliceIterMut, .vecIntoIter, .drain, .chars, .charIndices, .optionIter, .optionIntoIter,
      .flatten, .peekable, .filter, .map, .skip, .take, .enumerate, .copied, .cloned, .zip,
    ]
    guard sized.contains(wrapper) else { return nil }
    return countAfterStages(
      typed(.builtin(.libraryIterator("len"), arguments: [reference]), .usize, iterator.span), calls)
  }

  /// The length of the array a slice iterator walks, when its type says it.
  func constantArrayLength(_ iterator: TypedExpr) -> Int? {
    var current = iterator
    for _ in 0..<8 {
      var type = table.shallow(current.type)
      if case .reference(let inner, _) = type { type = table.shallow(inner) }
      if case .array(_, let length) = type { return length }
      switch current.kind {
      case .adaptIterator(let inner), .iterate(let inner), .coerce(_, let inner), .addressOf(let inner, _),
        .deref(let inner):
        current = inner
      case .builtin(.sliceIterator, let arguments) where arguments.count == 1:
        current = arguments[0]
      default:
        return nil
      }
    }
    return nil
  }

  /// The text a `chars()` or `bytes()` iterator walks, when reading it again has no effect of
  /// its own.
  private func iteratedText(_ iterator: TypedExpr) -> TypedExpr? {
    guard let text = iteratedSource(iterator), isRepeatable(text) else { return nil }
    return text
  }

  /// What `v.into_iter()`, `s.chars()` or `s.bytes()` iterates.
  func iteratedSource(_ iterator: TypedExpr) -> TypedExpr? {
    var source = iterator
    for _ in 0..<8 {
      switch source.kind {
      case .adaptIterator(let inner): source = inner
      case .iterate(let made): return made
      case .builtin(let builtin, let arguments)
      where arguments.count == 1 && [.strChars, .strBytes, .vecIntoIterator].contains(builtin):
        return arguments[0]
      default: return nil
      }
    }
    return nil
  }
}
