import MemoryModel

/// std's in-place `collect`: a `Vec`'s `into_iter()` followed by `filter`, `filter_map`,
/// `take_while`, `skip_while` or `scan` and collected into a `Vec` writes the items it keeps
/// into the source's own buffer, whenever the two element types have the same alignment and
/// the new one is no bigger (`alloc::vec::in_place_collect`). The `Vec` it gives keeps the
/// source's block and a capacity counted in its bytes, which the chain's loop, pushing into a
/// new `Vec`, does not model.
extension Checker {
  /// Whether std would collect this chain in place. An element type not yet known counts as
  /// in place, so that the chain is refused rather than run with a made-up capacity.
  func collectsIntoSourceBuffer(_ iterator: TypedExpr, element: TypeTerm) -> Bool {
    guard case .iterator(.vecOwned, let source, _, _) = table.shallow(iterator.type) else { return false }
    // A `VecDeque`'s `IntoIter` is no `SourceIter`: its items go to a buffer of their own.
    if dequeOwnedSource(iterator) != nil { return false }
    guard let sourceType = table.resolve(source).rustType, let elementType = table.resolve(element).rustType
    else { return true }
    let from = layoutCalculator.layout(of: sourceType)
    let to = layoutCalculator.layout(of: elementType)
    return from.size > 0 && to.size > 0 && from.alignment == to.alignment && from.size >= to.size
  }

  /// `v.into_iter().map(f).collect()` into elements std cannot write over the source's (a
  /// bigger or differently aligned type): `Map`, `Enumerate` and `Take` over a `Vec`'s
  /// `IntoIter` are `TrustedLen`, so std allocates exactly the items' count. Nil for other
  /// stages, an in-place collect, or a length that cannot be read before the loop.
  func vecOwnedTrustedLength(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)],
    element: TypeTerm
  ) -> TypedExpr? {
    guard case .iterator(.vecOwned, _, _, _) = table.shallow(iterator.type),
      dequeOwnedSource(iterator) == nil,
      calls.allSatisfy({ ["map", "take"].contains($0.stage) }),
      !collectsIntoSourceBuffer(iterator, element: element),
      let source = iteratedSource(iterator), case .vec(let sourceElement) = table.shallow(source.type)
    else { return nil }
    let span = iterator.span
    if case .vecList(let elements) = source.kind {
      return countAfterStages(typed(.integer(Int128(elements.count)), .usize, span), calls)
    }
    guard isRepeatable(source) else { return nil }
    let slice = asSliceReference(source, element: sourceElement, mutable: false)
    return countAfterStages(typed(.builtin(.sliceLength, arguments: [slice]), .usize, span), calls)
  }

  /// The `Chars` value a chain collected into a `Vec` walks, when its source is `s.chars()`
  /// (or `s.chars().rev()`) written in place; nil otherwise.
  func charsKeptForVecCollect(_ source: TypedExpr, method: String, target: TypeTerm?) -> TypedExpr? {
    guard method == "collect", let target, case .vec = table.shallow(target),
      case .iterator(.chars, _, false, _) = table.shallow(source.type)
    else { return nil }
    return storedIterator(source)
  }
}
