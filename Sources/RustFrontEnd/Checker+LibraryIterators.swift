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
    guard case .iterator(let kind, let item, false, false) = table.shallow(expr.type),
      case .iterate(let source) = expr.kind
    else { return nil }
    let type: TypeTerm
    switch kind {
    case .sliceShared, .sliceMutable:
      guard case .reference(let element, _) = table.shallow(item) else { return nil }
      type = .library(kind == .sliceShared ? .sliceIter : .sliceIterMut, element)
    case .chars:
      type = .library(.chars, .unit)
    case .vecOwned:
      guard case .vec = table.shallow(source.type) else { return nil }
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
    case "peek" where wrapper == .peekable:
      return LibraryMethod(
        builtin: .libraryIterator("peek"), selfMode: .mutableReference, parameters: [],
        result: .option(.reference(item, mutable: false)))
    default:
      return nil
    }
  }

  /// `iterator.peekable()`: the iterator (made into a value first when written in place)
  /// with room for one peeked item. Nil when `method` is not `peekable`.
  func checkPeekable(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard method == "peekable" else { return nil }
    var iterator = receiver
    if case .iterator = table.shallow(receiver.type) {
      guard let kept = storedIterator(receiver) else {
        unsupported("`peekable` on this kind of iterator", at: span)
        return invalid(span)
      }
      iterator = kept
    } else if isPeekable(receiver.type) || userIteratorItem(receiver.type) != nil {
      unsupported("`peekable` on this kind of iterator", at: span)
      return invalid(span)
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

  private func isPeekable(_ type: TypeTerm) -> Bool {
    if case .library(.peekable, _) = table.shallow(type) { return true }
    return false
  }

  /// The adapters a chain built by `checkAdapterChain` may stack on its source.
  static let chainStageNames: Set<String> = [
    "map", "filter", "filter_map", "take_while", "skip_while", "cloned", "copied", "enumerate", "zip", "skip",
    "take", "step_by",
  ]

  /// The source under a chain's adapters (`s.char_indices()` of `s.char_indices().skip(1)`).
  func adapterChainBase(_ expr: Expr) -> Expr {
    var base = expr
    while case .methodCall(let inner, let name, _, _) = base.kind, Self.chainStageNames.contains(name) {
      base = inner
    }
    return base
  }
}
