import MemoryModel

/// `a.iter().chain(b.iter())`, `a.iter().chain(&b)`, `(1..3).chain(7..9)`,
/// `a.into_iter().chain(b)`: std's `Chain<A, B>` made as a value (`LibraryWrapper.chain`)
/// holding both halves, so the loops and adapter chains over it call its `next` once per item,
/// as they do for the other library iterators kept as values (`Checker+LibraryIterators`).
extension Checker {
  /// Nil when `method` is not `chain` or the receiver is not an iterator this models.
  func checkChain(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard method == "chain" else { return nil }
    switch table.shallow(receiver.type) {
    case .iterator, .range: break
    case .library where libraryIteratorItem(receiver.type) != nil: break
    default:
      if userIteratorItem(receiver.type) != nil {
        unsupported("the method `chain` on an iterator of your own", at: span)
        return invalid(span)
      }
      return nil
    }
    guard let front = chainHalf(receiver, span: span) else { return invalid(span) }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    let argument = checkExpression(arguments[0])
    if argument.type.isNever { return invalid(span) }
    let other: TypedExpr
    switch table.shallow(argument.type) {
    case .iterator, .range, .library:
      other = argument
    case _ where userIteratorItem(argument.type) != nil:
      unsupported("chains with an iterator of your own", at: arguments[0].span)
      return invalid(span)
    default:
      // `IntoIterator`: `&v` gives `v.iter()`, `v` gives `v.into_iter()`.
      let made = makeIterator(argument)
      if made.type.isNever { return invalid(span) }
      other = made
    }
    guard let back = chainHalf(other, span: arguments[0].span) else { return invalid(span) }
    guard let frontItem = chainHalfItem(front.type), let backItem = chainHalfItem(back.type) else {
      return invalid(span)
    }
    if !table.unify(frontItem, backItem) {
      error(
        "type mismatch resolving `<\(table.displayName(argument.type)) as IntoIterator>::Item == \(table.displayName(frontItem))`",
        at: arguments[0].span)
      return invalid(span)
    }
    let type = TypeTerm.library(.chain, .tuple([front.type, back.type]))
    return typed(.builtin(.libraryIterator("chain"), arguments: [front, back]), type, span)
  }

  /// The value a half of a `Chain` is kept as: a library iterator, or a `Range` as it is.
  private func chainHalf(_ value: TypedExpr, span: SourceSpan) -> TypedExpr? {
    switch table.shallow(value.type) {
    case .range(let element, _):
      if !isIntegerLike(element) {
        if case .variable = table.shallow(element), table.kind(of: element) == .general {
          _ = table.unify(element, table.fresh(.integer))
        } else if case .char = table.shallow(element) {
          unsupported("ranges of `char`", at: value.span)
          return nil
        } else {
          error("the trait bound `\(table.displayName(element)): Step` is not satisfied", at: value.span)
          return nil
        }
      }
      // `a.chain(5..)`: std's `RangeFrom`.
      return keptRange(value, span: value.span)
    case .library:
      guard libraryIteratorItem(value.type) != nil else {
        unsupported("chains with a `\(table.displayName(value.type))`", at: value.span)
        return nil
      }
      return value
    case .iterator:
      guard let kept = storedIterator(value) else {
        unsupported("chains with this kind of iterator", at: value.span)
        return nil
      }
      return kept
    default:
      return nil
    }
  }

  /// What a half yields.
  private func chainHalfItem(_ type: TypeTerm) -> TypeTerm? {
    if case .range(let element, _) = table.shallow(type) { return element }
    return libraryIteratorItem(type)
  }

  /// Whether both halves of a `Chain` know their length exactly (`TrustedLen`).
  func isTrustedChain(_ inner: TypeTerm) -> Bool {
    guard case .tuple(let halves) = table.shallow(inner) else { return false }
    return halves.allSatisfy { half in
      if case .range = table.shallow(half) { return true }
      return isTrustedLength(half)
    }
  }
}

extension Checker {
  /// What `String: FromIterator<char>` reserves from a kept library iterator (a `Chain`, a
  /// `Flatten`): its size hint's lower bound, read before the first item; nothing after a
  /// `filter`. Nil for other items or after `skip`/`take`.
  func keptStringReserve(_ iterator: TypedExpr, item: TypeTerm, filtered: Bool, counted: Bool) -> TypedExpr? {
    var character = table.shallow(item)
    if case .reference(let inner, _) = character { character = table.shallow(inner) }
    guard case .char = character, libraryIteratorItem(iterator.type) != nil, !counted else { return nil }
    if filtered { return typed(.integer(0), .usize, iterator.span) }
    let reference = typed(
      .addressOf(iterator, mutable: false), .reference(iterator.type, mutable: false), iterator.span)
    return typed(.builtin(.libraryIterator("len"), arguments: [reference]), .usize, iterator.span)
  }
}

extension Checker {
  /// `a.iter().chain(b.iter()).rev()`: std's `Rev<Chain<A, B>>`, which takes `b`'s items from
  /// its back, then `a`'s. Nil unless the receiver is a `Chain`.
  func checkChainRev(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr?
  {
    guard method == "rev", arguments.isEmpty, case .library(.chain, let inner) = table.shallow(receiver.type)
    else { return nil }
    guard isDoubleEndedChain(inner), !needsWrittenNext(receiver.type) else {
      unsupported("the method `rev` on a chain of these iterators", at: span)
      return invalid(span)
    }
    return typed(
      .builtin(.libraryIterator("rev"), arguments: [receiver]), .library(.rev, receiver.type), span)
  }

  /// Whether every half can be walked from its back (as memtutor runs it): slices, `Vec`s'
  /// `into_iter()`, `chars()`, ranges and other chains of those.
  private func isDoubleEndedChain(_ inner: TypeTerm) -> Bool {
    guard case .tuple(let halves) = table.shallow(inner) else { return false }
    return halves.allSatisfy { half in
      switch table.shallow(half) {
      case .range(_, let inclusive): return !inclusive
      case .library(.sliceIter, _), .library(.sliceIterMut, _), .library(.vecIntoIter, _),
        .library(.chars, _):
        return true
      case .library(.chain, let nested): return isDoubleEndedChain(nested)
      default: return false
      }
    }
  }
}
