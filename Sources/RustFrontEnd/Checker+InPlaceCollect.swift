import MemoryModel

/// std's in-place `collect`: a `Vec`'s `into_iter()` followed by `map`, `filter`,
/// `filter_map`, `enumerate`, `skip`, `take`, `take_while`, `skip_while` or `scan` and
/// collected into a `Vec` writes the items it keeps into the source's own buffer, whenever the
/// two element types have the same alignment and the new one is no bigger
/// (`alloc::vec::in_place_collect`). The chain's loop hands each item to the source's buffer
/// (`in place write`) and `in place finish` drops what the chain did not take and gives the
/// buffer to the new `Vec`, with a capacity counted in its bytes (shrunk by `realloc` when the
/// new elements do not fill them exactly).
extension Checker {
  /// Whether std would collect this chain in place. An element type not yet known counts as
  /// in place, so that the chain is refused rather than run with a made-up capacity.
  /// The loop whose iterator an `in place write` or `in place finish` reaches, as the
  /// argument the compiler turns into that loop's iterator register.
  func loopNumber(_ loop: Int, span: SourceSpan) -> TypedExpr {
    typed(.integer(Int128(loop)), .usize, span)
  }

  /// Whether every stage of the chain is one std's in-place `collect` reaches through.
  static func stagesPassSource(_ stages: [Stage]) -> Bool {
    stages.allSatisfy { inPlaceStages.contains($0.name) && !$0.flatMapsOptions && !$0.repeatsValue }
  }

  func collectsIntoSourceBuffer(_ iterator: TypedExpr, element: TypeTerm) -> Bool {
    // `Rev` is no `SourceIter`: a reversed `into_iter()` collects into a new buffer.
    guard case .iterator(.vecOwned, let source, _, false) = table.shallow(iterator.type) else { return false }
    // A `VecDeque`'s `IntoIter` is no `SourceIter`: its items go to a buffer of their own.
    if dequeOwnedSource(iterator) != nil { return false }
    guard let sourceType = table.resolve(source).rustType, let elementType = table.resolve(element).rustType
    else { return true }
    let from = layoutCalculator.layout(of: sourceType)
    let to = layoutCalculator.layout(of: elementType)
    return from.size > 0 && to.size > 0 && from.alignment == to.alignment && from.size >= to.size
  }

  /// The adapters std's `SourceIter` and `InPlaceIterable` reach through (no `step_by`, `rev`,
  /// `peekable`, `chain`, or `flat_map` over `Option`s, which collect into a new buffer).
  static let inPlaceStages: Set<String> = [
    "map", "filter", "filter_map", "enumerate", "skip", "take", "take_while", "skip_while", "scan",
  ]

  /// Whether the chain's `collect` runs in the source's buffer, as std's does: the stages all
  /// pass the source through and the elements fit. A source element whose drop runs code (a
  /// `Drop` of the program's own, an `Rc`) is refused: the items the chain leaves are dropped
  /// inside `collect`, which memtutor does without calling code.
  func inPlaceCollect(
    _ iterator: TypedExpr, stagesPassSource: Bool, element: TypeTerm, userItem: TypeTerm?, span: SourceSpan
  ) -> Bool? {
    guard userItem == nil, stagesPassSource, collectsIntoSourceBuffer(iterator, element: element) else {
      return false
    }
    guard case .iterator(_, let source, _, _) = table.shallow(iterator.type) else { return false }
    if table.resolve(source).rustType == nil || table.resolve(element).rustType == nil {
      // A literal's type settled later: the same one on both sides fits, any other pair
      // may not, and `collect` is refused rather than sized by a guess.
      let sameNumber =
        table.resolve(source) == table.resolve(element) && table.kind(of: source) != .general
      guard sameNumber else {
        unsupported(
          "`collect` into a `Vec` after adapters on a `Vec`'s `into_iter()` whose element types are not settled yet",
          at: span)
        return nil
      }
    }
    guard dropsWithoutCode(source) else {
      unsupported(
        "`collect` in place (into a `Vec`'s own buffer) of elements whose drop runs code", at: span)
      return nil
    }
    return true
  }

  /// Whether dropping a value of `type` frees blocks only: no `Drop` of the program's own and
  /// no reference count to change.
  private func dropsWithoutCode(_ type: TypeTerm) -> Bool {
    var visited: Set<String> = []
    if hasUserDrop(type, visited: &visited) { return false }
    func counted(_ type: TypeTerm, depth: Int) -> Bool {
      guard depth < 16 else { return true }
      switch table.shallow(type) {
      case .rc, .arc: return true
      case .vec(let inner), .box(let inner), .option(let inner), .array(let inner, _):
        return counted(inner, depth: depth + 1)
      case .result(let value, let failure):
        return counted(value, depth: depth + 1) || counted(failure, depth: depth + 1)
      case .tuple(let items): return items.contains { counted($0, depth: depth + 1) }
      case .structure(let name):
        return structs[name]?.fields.contains { counted($0.type, depth: depth + 1) } ?? false
      case .enumeration(let name):
        return enums[name]?.variants.contains { $0.payload.contains { counted($0, depth: depth + 1) } }
          ?? false
      case .string, .integer, .float, .char, .bool, .unit, .reference: return false
      case .variable: return table.kind(of: type) == .general
      default: return true
      }
    }
    return !counted(type, depth: 0)
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
