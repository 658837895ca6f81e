import MemoryModel

/// Library iterators kept in variables (`let mut it = v.iter();`, `s.chars().peekable()`,
/// `s.char_indices()`): real values of std's size drawn on the stack, whose `next` is a
/// library call that moves their pointers on. Loops and chains over them call `next` once
/// per item, as they do for an iterator of the program's own (`Checker+UserIterators`).
extension Checker {
  /// The item of a library iterator value (not of a reference to one).
  func libraryIteratorItem(_ type: TypeTerm) -> TypeTerm? {
    guard case .library(let wrapper, let inner) = table.shallow(type), wrapper.isIterator else { return nil }
    return TypeTerm.libraryIteratorItem(wrapper, inner: table.resolve(inner))
  }

  /// `v.iter()`, `v.iter_mut()`, `s.chars()`, `v.into_iter()` made into the value std makes;
  /// nil for the iterators memtutor keeps only inside a loop or chain written in place.
  func storedIterator(_ expr: TypedExpr) -> TypedExpr? {
    if let splitter = storedTextSplitter(expr) { return splitter }
    if case .iterator(let kind, _, false, true) = table.shallow(expr.type),
      [.sliceShared, .sliceMutable, .chars].contains(kind), case .adaptIterator(let inner) = expr.kind,
      case .iterator(_, _, false, false) = table.shallow(inner.type), let kept = storedIterator(inner)
    {
      // `s.chars().rev()`, `v.iter().rev()`: std's `Rev`, whose `next` is its iterator's `next_back`.
      return typed(.builtin(.libraryIterator("rev"), arguments: [kept]), .library(.rev, kept.type), expr.span)
    }
    if case .iterator(.range, _, false, true) = table.shallow(expr.type),
      case .adaptIterator(let inner) = expr.kind,
      case .range(let element, false) = table.shallow(inner.type), isIntegerLike(element),
      case .range(_?, _?, false) = inner.kind
    {
      // `(1..4).rev()`: std's `Rev<Range<T>>`, whose `next` moves the range's `end` down.
      return typed(
        .builtin(.libraryIterator("rev"), arguments: [inner]), .library(.rev, inner.type), expr.span)
    }
    if case .iterator(_, _, true, let reversed) = table.shallow(expr.type),
      case .adaptIterator(let inner) = expr.kind,
      case .iterator(_, _, false, reversed) = table.shallow(inner.type), let kept = storedIterator(inner)
    {
      // `v.iter().enumerate()`: std's `Enumerate`, the iterator and the count given so far.
      return keptEnumerate(kept, span: expr.span)
    }
    guard case .iterator(let kind, let item, false, false) = table.shallow(expr.type),
      case .iterate(let source) = expr.kind
    else { return nil }
    let type: TypeTerm
    switch kind {
    case .sliceShared, .sliceMutable:
      guard case .reference(let element, _) = table.shallow(item), !mayBeZeroSized(element) else {
        return nil
      }
      type = .library(kind == .sliceShared ? .sliceIter : .sliceIterMut, element)
    case .chars:
      type = .library(.chars, .unit)
    case .vecOwned:
      guard case .vec = table.shallow(source.type), !mayBeZeroSized(item) else { return nil }
      type = .library(.vecIntoIter, item)
    default:
      return nil
    }
    return typed(.builtin(.libraryIterator("make"), arguments: [source]), type, expr.span)
  }

  /// The methods of a kept library iterator: `next`, and `peek` on a `Peekable`. The
  /// adapters and consumers (`map`, `sum`, `for`) are run by `checkAdapterChain`.
  func libraryIteratorMethod(_ wrapper: LibraryWrapper, _ inner: TypeTerm, _ name: String) -> LibraryMethod? {
    guard let item = TypeTerm.libraryIteratorItem(wrapper, inner: inner) else { return nil }
    switch name {
    case "next":
      return LibraryMethod(
        builtin: .libraryIterator("next"), selfMode: .mutableReference, parameters: [], result: .option(item))
    case "next_back" where [.sliceIter, .sliceIterMut, .chars, .charIndices, .vecIntoIter].contains(wrapper):
      // `DoubleEndedIterator`: the end pointer moves back (`Chars` decodes its last `char`).
      return LibraryMethod(
        builtin: .libraryIterator("next_back"), selfMode: .mutableReference, parameters: [],
        result: .option(item))
    case "len" where [.sliceIter, .sliceIterMut, .vecIntoIter].contains(wrapper):
      // `ExactSizeIterator`: what is left between the two pointers.
      return LibraryMethod(
        builtin: .libraryIterator("len"), selfMode: .reference, parameters: [], result: .usize)
    case "peek" where wrapper == .peekable:
      return LibraryMethod(
        builtin: .libraryIterator("peek"), selfMode: .mutableReference, parameters: [],
        result: .option(.reference(item, mutable: false)))
    case "peek_mut" where wrapper == .peekable:
      // The same peeked item, lent mutably: a write through it changes what `next` gives.
      return LibraryMethod(
        builtin: .libraryIterator("peek_mut"), selfMode: .mutableReference, parameters: [],
        result: .option(.reference(item, mutable: true)))
    case "as_str" where wrapper == .chars:
      return LibraryMethod(
        builtin: .libraryIterator("as_str"), selfMode: .reference, parameters: [],
        result: .reference(.str, mutable: false))
    default:
      return nil
    }
  }

  /// `c.to_uppercase().collect::<String>()` and `c.to_lowercase().to_string()`: the `char`'s
  /// case mapping (one to three `char`s) as a new `String`. Nil for anything else.
  func checkCaseMappingString(
    _ receiver: Expr, method: String, generics: [TypeExpr], id: Int, span: SourceSpan
  ) -> TypedExpr? {
    guard method == "collect" || method == "to_string",
      case .methodCall(let character, let mapping, let mappingGenerics, let mappingArguments) = receiver.kind,
      mapping == "to_uppercase" || mapping == "to_lowercase", mappingGenerics.isEmpty,
      mappingArguments.isEmpty
    else { return nil }
    if method == "collect" {
      var target: TypeTerm?
      if let explicit = generics.first {
        target = resolveType(explicit, selfType: currentOwner)
      } else if let annotated = annotatedInitializer, annotated.id == id {
        target = annotated.type
      }
      guard let target, case .string = table.shallow(target) else { return nil }
    }
    let value = checkExpression(character)
    guard case .char = table.shallow(value.type) else {
      if !table.shallow(value.type).isNever {
        unsupported("the method `\(mapping)` on `\(table.displayName(value.type))`", at: receiver.span)
      }
      return invalid(span)
    }
    return typed(.builtin(.charMethod(mapping), arguments: [value]), .string, span)
  }

  /// `v.iter().next_back()`, `s.chars().next_back()`: the iterator made into the value std
  /// makes, then asked for its last item. Nil when `method` is not `next_back` on such an
  /// iterator written in place (refused on a range with an open end).
  func checkInPlaceNextBack(
    _ receiver: TypedExpr, receiverExpr: Expr, method: String, generics: [TypeExpr], arguments: [Expr],
    span: SourceSpan
  ) -> TypedExpr? {
    if method == "next" || method == "next_back", case .range(let low, let high, _) = receiver.kind,
      low == nil || high == nil
    {
      // `(1..).next()`: `RangeFrom` (and `RangeTo`, no iterator) is not modelled as a value.
      unsupported("the method `\(method)` on a range with an open end", at: span)
      return invalid(span)
    }
    guard method == "next_back", case .iterator = table.shallow(receiver.type),
      let kept = storedIterator(receiver), case .library(let wrapper, _) = table.shallow(kept.type),
      [.sliceIter, .sliceIterMut, .chars, .vecIntoIter].contains(wrapper)
    else { return nil }
    return checkMethodCall(
      checked: kept, receiver: receiverExpr, method: method, generics: generics, arguments: arguments,
      span: span)
  }

  /// `iterator.peekable()`: the iterator (made into a value first when written in place)
  /// with room for one peeked item. Nil when `method` is not `peekable`.
  func checkPeekable(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard method == "peekable" else { return nil }
    if needsWrittenNext(receiver.type) {
      unsupported("the method `peekable` on a kept `\(table.displayName(receiver.type))`", at: span)
      return invalid(span)
    }
    var iterator = receiver
    if case .iterator = table.shallow(receiver.type) {
      guard let kept = storedIterator(receiver), !needsWrittenNext(kept.type) else {
        unsupported("the method `peekable` on this kind of iterator", at: span)
        return invalid(span)
      }
      iterator = kept
    } else if userIteratorItem(receiver.type) != nil {
      unsupported("the method `peekable` on an iterator of your own", at: span)
      return invalid(span)
    } else if isPeekable(receiver.type) {
      unsupported("the method `peekable` on a `Peekable`", at: span)
      return invalid(span)
    } else if case .range(let element, _) = table.shallow(receiver.type) {
      // `(1..=3).peekable()`: the range is its own iterator, kept as it is.
      guard isIntegerLike(element) else { return nil }
    } else if libraryIteratorItem(receiver.type) == nil {
      return nil
    }
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    return typed(
      .builtin(.libraryIterator("peekable"), arguments: [iterator]), .library(.peekable, iterator.type), span)
  }

  /// `iterator.flatten()` over `Vec`s, arrays or `Option`s (by reference or by value). Nil
  /// when `method` is not `flatten`.
  func checkFlatten(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr?
  {
    guard method == "flatten", arguments.isEmpty else { return nil }
    if needsWrittenNext(receiver.type) {
      unsupported("the method `flatten` on a kept `\(table.displayName(receiver.type))`", at: span)
      return invalid(span)
    }
    var iterator = receiver
    if case .iterator = table.shallow(receiver.type) {
      guard let kept = storedIterator(receiver), !needsWrittenNext(kept.type) else {
        unsupported("the method `flatten` on this kind of iterator", at: span)
        return invalid(span)
      }
      iterator = kept
    } else if libraryIteratorItem(receiver.type) == nil {
      if userIteratorItem(receiver.type) != nil {
        unsupported("the method `flatten` on an iterator of your own", at: span)
        return invalid(span)
      }
      return nil
    }
    let resolved = table.resolve(iterator.type)
    let front = TypeTerm.flattenFront(outer: resolved)
    if case .library(let wrapper, let element) = front, wrapper == .sliceIter || wrapper == .vecIntoIter,
      mayBeZeroSized(element)
    {
      unsupported("`flatten` over collections of zero-sized values", at: span)
      return invalid(span)
    }
    guard front != nil else {
      let item = table.displayName(libraryIteratorItem(resolved) ?? .unit)
      unsupported("`flatten` over items of type `\(item)`", at: span)
      return invalid(span)
    }
    return typed(
      .builtin(.libraryIterator("flatten"), arguments: [iterator]), .library(.flatten, resolved), span)
  }

  /// Zero-sized elements (`()`, an empty struct) move no pointer: std counts them instead,
  /// which memtutor's kept iterators do not model.
  func mayBeZeroSized(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .unit, .never: return true
    case .variable: return table.kind(of: type) == .general
    case .tuple(let items): return items.allSatisfy { mayBeZeroSized($0) }
    case .array(let element, let count): return count == 0 || mayBeZeroSized(element)
    case .structure(let name):
      guard let fields = structs[name]?.fields else { return false }
      return fields.allSatisfy { mayBeZeroSized($0.type) }
    default: return false
    }
  }

  /// `x.flatten()`, `s.char_indices()`, `x.peekable()`, `v.drain(..)`, or a local holding a
  /// kept library iterator: what `cloned()`/`copied()` after it are stages of.
  func isKeptLibraryIterator(_ expr: Expr) -> Bool {
    if case .path(let path, _) = expr.kind, path.count == 1, let slot = lookupLocal(path[0]) {
      return libraryIteratorItem(locals[slot].type) != nil
    }
    guard case .methodCall(_, let name, _, _) = expr.kind,
      ["flatten", "char_indices", "peekable", "drain", "chain", "rev"].contains(name)
    else { return false }
    return isUserIteratorExpression(expr)
  }

  private func isPeekable(_ type: TypeTerm) -> Bool {
    if case .library(.peekable, _) = table.shallow(type) { return true }
    return false
  }

  /// The adapters a chain built by `checkAdapterChain` may stack on its source.
  static let chainStageNames: Set<String> = [
    "map", "filter", "filter_map", "take_while", "skip_while", "cloned", "copied", "enumerate", "zip", "skip",
    "take", "step_by", "scan",
  ]

  /// The source under a chain's adapters (`s.char_indices()` of `s.char_indices().skip(1)`).
  func adapterChainBase(_ expr: Expr) -> Expr {
    var base = expr
    while case .methodCall(let inner, let name, _, _) = base.kind, Self.chainStageNames.contains(name) {
      base = inner
    }
    return base
  }

  /// Whether the kept iterator's length is exact (`TrustedLen`): slices' and `Vec`s'.
  func isTrustedLength(_ type: TypeTerm) -> Bool {
    if case .range = table.shallow(type) { return true }
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter, .drain, .rangeFrom, .repeatValue: return true
    case .peekable, .rev, .skip, .take, .enumerate, .copied, .cloned: return isTrustedLength(inner)
    case .map:
      guard case .tuple(let parts) = table.shallow(inner), let first = parts.first else { return false }
      return isTrustedLength(first)
    case .chain, .zip: return isTrustedChain(inner)
    default: return false
    }
  }

  /// Whether a `vec::IntoIter` is the source under the kept iterator (std then collects in
  /// place, into the source's own buffer, which memtutor does not model after adapters).
  private func collectsInPlace(_ type: TypeTerm) -> Bool {
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .vecIntoIter: return true
    case .peekable: return collectsInPlace(inner)
    case .flatten:
      // Only a `flatten` of items of a bounded size (`Option`s) keeps collecting in place.
      guard case .library(.optionIntoIter, _) = TypeTerm.flattenFront(outer: table.resolve(inner)) else {
        return false
      }
      return collectsInPlace(inner)
    default: return false
    }
  }

  /// `it.collect::<Vec<_>>()` straight on a kept iterator: one library call that sizes the
  /// `Vec` as std does. Nil when the chain has stages or another terminal (the loop runs it);
  /// refused for the chains whose `collect` std specialises in ways memtutor does not model.
  func collectKeptIterator(
    _ iterator: TypedExpr, method: String, stages: [String], target: TypeTerm?, span: SourceSpan
  ) -> TypedExpr? {
    guard method == "collect", let item = libraryIteratorItem(iterator.type) else { return nil }
    // A kept adapter's `next` calls its closure: the chain's loop runs it.
    if needsWrittenNext(iterator.type) {
      if let target, case .vec = table.shallow(target), walksVecIntoIter(iterator.type) {
        // std collects these in place, into the source's own buffer.
        unsupported("`collect` into a `Vec` of adapters kept over a `Vec`'s `into_iter()`", at: span)
        return invalid(span)
      }
      let counted = stages.contains { ["skip", "take", "step_by"].contains($0) }
      // Over a `filter` the size hint's lower bound stays 0 after `skip` and `take`, so the
      // `Vec` grows push by push, as the chain's loop grows it.
      if stages.contains("step_by")
        || (counted && !isTrustedLength(iterator.type) && !hasNoLowerBound(iterator.type))
      {
        unsupported("`collect` after `skip`, `take` or `step_by` on this kept iterator", at: span)
        return invalid(span)
      }
      return nil
    }
    // A `HashMap`/`HashSet` is built by the chain's loop (`Checker+CollectMaps`).
    if let target, case .hashMap = table.shallow(target) { return nil }
    if !stages.isEmpty {
      // A `String` reserves the size hint's lower bound and pushes: the chain's loop does that.
      if let target, case .string = table.shallow(target) { return nil }
      let filtered =
        stages.contains { ["filter", "filter_map", "take_while", "skip_while"].contains($0) }
        || flattensOptions(iterator.type)
      // `skip` and `take` over a slice's iterator (`TrustedRandomAccess`) keep the length exact
      // (`TrustedLen`), which `keptIteratorLength` counts.
      let overSlice = [LibraryWrapper.sliceIter, .sliceIterMut].contains {
        if case .library($0, _) = table.shallow(iterator.type) { true } else { false }
      }
      let exactStages =
        overSlice
        ? ["map", "enumerate", "cloned", "copied", "skip", "take"] : ["map", "enumerate", "cloned", "copied"]
      let sizePreserving = stages.allSatisfy { exactStages.contains($0) }
      // A `map`-like chain over an iterator of inexact length reserves from its size hint
      // (`hintedCollectReserve`).
      if collectsInPlace(iterator.type) || (!filtered && !sizePreserving) {
        unsupported("`collect` after these adapters on a kept iterator", at: span)
        return invalid(span)
      }
      return nil
    }
    guard let target, case .vec(let wanted) = table.shallow(target), table.unify(wanted, item) else {
      return nil
    }
    if case .library(.flatten, let outer) = table.shallow(iterator.type), collectsInPlace(outer),
      case .library(.optionIntoIter, _) = TypeTerm.flattenFront(outer: table.resolve(outer))
    {
      // std collects a `flatten` of `Option`s from `into_iter()` in place.
      unsupported("`collect` of a `flatten` over a `Vec`'s `into_iter()` of `Option`s", at: span)
      return invalid(span)
    }
    return typed(.builtin(.libraryIterator("collect"), arguments: [iterator]), .vec(item), span)
  }

  /// The exact length a chain of `map`s (and `skip`s and `take`s) over a kept `TrustedLen`
  /// iterator collects, read before the loop takes any item (nil for other chains).
  func keptIteratorLength(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedExpr? {
    guard libraryIteratorItem(iterator.type) != nil, isTrustedLength(iterator.type),
      calls.allSatisfy({ ["map", "enumerate", "cloned", "copied", "skip", "take"].contains($0.stage) })
    else { return nil }
    let span = iterator.span
    let reference = typed(
      .addressOf(iterator, mutable: false), .reference(iterator.type, mutable: false), span)
    var length = typed(.builtin(.libraryIterator("len"), arguments: [reference]), .usize, span)
    for call in calls where call.stage == "skip" || call.stage == "take" {
      // `Take`: the smaller of the two; `Skip`: what is left after `n` (at least 0).
      let count = typed(.local(call.slot), .usize, span)
      let smaller = typed(.comparison(.less, length, count), .bool, span)
      let whole = TypedBlock(
        statements: [], tail: call.stage == "take" ? length : typed(.integer(0), .usize, span),
        declaredSlots: [], span: span)
      let other =
        call.stage == "take" ? count : typed(.arithmetic(.subtract, length, count), .usize, span)
      length = typed(.ifElse(smaller, whole, other), .usize, span)
    }
    return length
  }

  /// Whether the kept iterator's size hint has a lower bound of 0 whatever it holds: a `filter`
  /// under `skip`, `take`, `map`, `copied` or `cloned`.
  private func hasNoLowerBound(_ type: TypeTerm) -> Bool {
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .filter: return true
    case .skip, .take, .enumerate, .copied, .cloned: return hasNoLowerBound(inner)
    case .map:
      guard case .tuple(let parts) = table.shallow(inner), let first = parts.first else { return false }
      return hasNoLowerBound(first)
    default: return false
    }
  }

  /// Whether a `vec::IntoIter` lies under the kept adapters of this type.
  private func walksVecIntoIter(_ type: TypeTerm) -> Bool {
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .vecIntoIter: return true
    case .skip, .take, .enumerate, .copied, .cloned: return walksVecIntoIter(inner)
    case .filter, .map:
      guard case .tuple(let parts) = table.shallow(inner), let first = parts.first else { return false }
      return walksVecIntoIter(first)
    default: return false
    }
  }

  /// A `flatten` of `Option`s: its size hint's lower bound is at most the one item in hand,
  /// so `collect` grows as it would after a `filter`.
  func flattensOptions(_ type: TypeTerm) -> Bool {
    guard case .library(.flatten, let outer) = table.shallow(type) else { return false }
    switch TypeTerm.flattenFront(outer: table.resolve(outer)) {
    case .library(.optionIter, _), .library(.optionIntoIter, _): return true
    default: return false
    }
  }

  /// `v.drain(a..b)`'s range written out as the four arguments of `Vec`'s `(drain)`: the
  /// start (0 when left out), the end, whether it was given, and whether it is inclusive.
  func drainBounds(_ arguments: [Expr]) -> [Expr]? {
    guard arguments.count == 1, case .range(let low, let high, let inclusive) = arguments[0].kind else {
      return nil
    }
    let span = arguments[0].span
    func synthetic(_ kind: Expr.Kind) -> Expr {
      syntheticExpressionCount += 1
      return Expr(id: -7_000_000 - syntheticExpressionCount, kind: kind, span: span)
    }
    return [
      low ?? synthetic(.integer(0, suffix: nil)), high ?? synthetic(.integer(0, suffix: nil)),
      synthetic(.boolean(high != nil)), synthetic(.boolean(inclusive)),
    ]
  }
}

extension Checker {
  /// `s.split(',')`, `s.split_whitespace()`, `s.lines()` made into std's `Split<char>`,
  /// `SplitWhitespace` and `Lines` (nil for the other splitters, which exist only in a loop).
  func storedTextSplitter(_ expr: TypedExpr) -> TypedExpr? {
    guard case .iterator(.pieces(let rule), _, false, false) = table.shallow(expr.type),
      case .iterate(let source) = expr.kind, case .tuple(let arguments) = source.kind
    else { return nil }
    let type: TypeTerm
    switch rule {
    case .textSplit(.split, charPattern: true): type = .library(.split, .char)
    case .splitWhitespace: type = .library(.splitWhitespace, .unit)
    case .lines: type = .library(.lines, .unit)
    default: return nil
    }
    return typed(.builtin(.libraryIterator("make"), arguments: arguments), type, expr.span)
  }
}
