import MemoryModel

/// How much an iterator chain's result reserves and how many items its stages let through.
extension Checker {
  /// What `String: FromIterator<char>` reserves before pushing: the iterator's lower size
  /// bound, `(bytes + 3) / 4` for `chars()` (a `char` takes 1 to 4 bytes), the length for an
  /// exact-size source, nothing after a `filter`. Nil when the items are not `char`s or the
  /// source is not one of those.
  func stringReserve(
    iterator: TypedExpr, item: TypeTerm, filtered: Bool,
    counted: [(stage: String, slot: Int, signature: ClosureState.Signature)]? = nil
  ) -> TypedExpr? {
    var character = table.shallow(item)
    if case .reference(let inner, _) = character { character = table.shallow(inner) }
    guard case .char = character, case .iterator(let kind, _, _, _) = table.shallow(iterator.type) else {
      return nil
    }
    let span = iterator.span
    if filtered { return typed(.integer(0), .usize, span) }
    switch kind {
    case .chars:
      // `skip`, `take` and `step_by` change `Chars`' lower bound as they change an exact count.
      var source = iterator
      while true {
        switch source.kind {
        case .adaptIterator(let inner): source = inner
        case .iterate(let text) where isRepeatable(text):
          let bytes = typed(.builtin(.strLength, arguments: [text]), .usize, span)
          let rounded = typed(.arithmetic(.add, bytes, typed(.integer(3), .usize, span)), .usize, span)
          let lower = typed(.arithmetic(.divide, rounded, typed(.integer(4), .usize, span)), .usize, span)
          return countAfterStages(lower, counted ?? [])
        default: return nil
        }
      }
    case .sliceShared, .range:
      guard isRepeatable(iterator) else { return nil }
      return countAfterStages(
        typed(.builtin(.iteratorCount, arguments: [iterator]), .usize, span), counted ?? [])
    case .arrayOwned, .vecOwned:
      // An owned array's or `Vec`'s `IntoIter` knows its length: read before the loop moves it.
      var source = iterator
      while case .adaptIterator(let inner) = source.kind { source = inner }
      guard case .iterate(let collection) = source.kind else { return nil }
      switch table.shallow(collection.type) {
      case .array(_, let length):
        return countAfterStages(typed(.integer(Int128(length)), .usize, span), counted ?? [])
      case .vec where { if case .vecList = collection.kind { true } else { false } }():
        // `vec!['h', 'e', 'y'].into_iter()`: as many items as the macro lists.
        guard case .vecList(let items) = collection.kind else { return nil }
        return countAfterStages(typed(.integer(Int128(items.count)), .usize, span), counted ?? [])
      case .vec(let element) where isRepeatable(collection):
        let slice = asSliceReference(collection, element: element, mutable: false)
        return countAfterStages(
          typed(.builtin(.sliceLength, arguments: [slice]), .usize, span), counted ?? [])
      default: return nil
      }
    default:
      return nil
    }
  }

  /// How many items an exact-size source has left after `skip`, `take` and `step_by`.
  func countAfterStages(
    _ count: TypedExpr, _ calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  )
    -> TypedExpr
  {
    var result = count
    let span = count.span
    for call in calls {
      let n = typed(.local(call.slot), .usize, span)
      switch call.stage {
      case "skip":
        result = typed(.builtin(.integerMethod("saturating_sub"), arguments: [result, n]), .usize, span)
      case "take":
        result = typed(.builtin(.integerMethod("min"), arguments: [result, n]), .usize, span)
      case "step_by":
        let rounded = typed(
          .arithmetic(
            .subtract, typed(.arithmetic(.add, result, n), .usize, span), typed(.integer(1), .usize, span)),
          .usize, span)
        result = typed(.arithmetic(.divide, rounded, n), .usize, span)
      default: break
      }
    }
    return result
  }

  /// True when evaluating the iterator twice (once to count it) has no effect of its own.
  func isRepeatable(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .global, .integer, .character, .unit, .string: return true
    case .field(let base, _), .deref(let base), .addressOf(let base, _), .coerce(_, let base),
      .iterate(let base),
      .adaptIterator(let base), .cast(let base), .negate(let base):
      return isRepeatable(base)
    case .index(let base, let index): return isRepeatable(base) && isRepeatable(index)
    case .range(let low, let high, _):
      return (low.map(isRepeatable) ?? true) && (high.map(isRepeatable) ?? true)
    case .arithmetic(_, let left, let right): return isRepeatable(left) && isRepeatable(right)
    case .tuple(let items): return items.allSatisfy(isRepeatable)
    case .builtin(let builtin, let arguments):
      return [.sliceIterator, .strBytes, .clone, .sliceLength, .strLength, .binaryHeap("as_slice")].contains(
        builtin)
        && arguments.allSatisfy(isRepeatable)
    default: return false
    }
  }
}
