import MemoryModel

/// `let evens = v.iter().filter(|x| …);`, `let doubled = v.iter().map(|x| x * 2);`,
/// `let mut it = v.iter().skip(1);`: std's `Filter`, `Map`, `Skip` and `Take` made as values
/// (`LibraryWrapper.filter`, …) holding the iterator they wrap and their closure or count, so
/// they can be kept, moved and used later like the other library iterators kept as values.
/// Their `next` calls the closure (a frame per call), so it is written out where it is called,
/// as the code std's `next` runs (`writtenNext`); loops and chains over such a value call it
/// once per item.
extension Checker {
  static let keptAdapterNames: Set<String> = [
    "filter", "map", "skip", "take", "copied", "cloned", "zip", "enumerate",
  ]

  /// `iterator.filter(f)`, `.map(f)`, `.skip(n)`, `.take(n)` not consumed in place. Nil when
  /// `method` is not one of these or the receiver is not an iterator.
  func checkKeptAdapter(_ receiver: TypedExpr, method: String, arguments: [Expr], span: SourceSpan)
    -> TypedExpr?
  {
    guard Self.keptAdapterNames.contains(method) else { return nil }
    let source: TypedExpr
    switch table.shallow(receiver.type) {
    case .iterator:
      // `v.iter().enumerate()` stays a loop's iterator; kept, `checkLet` makes it std's value.
      if method == "enumerate" { return nil }
      guard let kept = storedIterator(receiver) else {
        unsupported("the method `\(method)` on this kind of iterator kept in a variable", at: span)
        return invalid(span)
      }
      source = kept
    case .library where libraryIteratorItem(receiver.type) != nil:
      source = receiver
    case .range(let element, _) where isIntegerLike(element) && method != "copied" && method != "cloned":
      // `(1..=9).filter(…)`: the range is its own iterator, kept as it is (`(1..)` as std's
      // `RangeFrom`).
      guard let range = keptRange(receiver, span: span) else { return invalid(span) }
      source = range
    default:
      return nil
    }
    guard let item = TypeTerm.keptItem(table.resolve(source.type)) else { return invalid(span) }
    if method == "enumerate" {
      guard arguments.isEmpty else {
        argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      return keptEnumerate(source, span: span)
    }
    if method == "copied" || method == "cloned" {
      guard arguments.isEmpty else {
        argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      guard case .reference(let referent, _) = table.shallow(item),
        method == "cloned" ? isCloneMadeHere(referent) : isCopy(referent)
      else {
        unsupported("`\(method)` on an iterator of `\(table.displayName(item))`", at: span)
        return invalid(span)
      }
      return typed(
        .builtin(.libraryIterator(method), arguments: [source]),
        .library(method == "copied" ? .copied : .cloned, source.type), span)
    }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    if method == "zip" {
      // `IntoIterator`: `&v` gives `v.iter()`, `v` gives `v.into_iter()`.
      var other = checkExpression(arguments[0])
      if other.type.isNever { return invalid(span) }
      switch table.shallow(other.type) {
      case .iterator, .library: break
      case .range(let element, false) where isIntegerLike(element):
        // `v.iter().zip(1..)`, `.zip(5..9)`: the range is its own iterator, kept as it is.
        guard let range = keptRange(other, span: arguments[0].span) else { return invalid(span) }
        other = range
        return typed(
          .builtin(.libraryIterator("zip"), arguments: [source, other]),
          .library(.zip, .tuple([source.type, other.type])), span)
      default: other = makeIterator(other)
      }
      if case .iterator = table.shallow(other.type), let kept = storedIterator(other) { other = kept }
      guard libraryIteratorItem(other.type) != nil else {
        unsupported("`zip` with this kind of iterator", at: arguments[0].span)
        return invalid(span)
      }
      return typed(
        .builtin(.libraryIterator("zip"), arguments: [source, other]),
        .library(.zip, .tuple([source.type, other.type])), span)
    }
    if method == "skip" || method == "take" {
      let count = coerce(checkExpression(arguments[0]), to: .usize)
      return typed(
        .builtin(.libraryIterator(method), arguments: [source, count]),
        .library(method == "skip" ? .skip : .take, source.type), span)
    }
    if method == "map", let repeated = repeatedValue(marking: arguments[0]) {
      // `let it = repeat(x).take(n);`, written out as `(0usize..n).map(…)`: kept, it is std's
      // `Take<Repeat<T>>`, the value and the count still to give.
      return keptRepeatTake(repeated, count: source, span: span)
    }
    guard let closure = stageClosure(arguments[0]) else {
      unsupported("`\(method)` with this kind of argument", at: arguments[0].span)
      return invalid(span)
    }
    let expected: TypeTerm = method == "filter" ? .reference(item, mutable: false) : item
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [expected])
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else { return invalid(span) }
    let type: TypeTerm
    if method == "filter" {
      if !table.unify(signature.returnType, .bool) {
        error(
          "mismatched types: expected `bool`, found `\(table.displayName(signature.returnType))`",
          at: closure.body.span)
      }
      type = .library(.filter, .tuple([source.type, value.type]))
    } else {
      type = .library(.map, .tuple([source.type, value.type, signature.returnType]))
    }
    return typed(.builtin(.libraryIterator(method), arguments: [source, value]), type, span)
  }

  /// std's `Enumerate` around a kept iterator, its count at 0.
  func keptEnumerate(_ source: TypedExpr, span: SourceSpan) -> TypedExpr {
    typed(
      .builtin(.libraryIterator("enumerate"), arguments: [source, typed(.integer(0), .usize, span)]),
      .library(.enumerate, source.type), span)
  }

  /// `Take<Repeat<T>>` from the range `0usize..n` the source was written as and the value.
  private func keptRepeatTake(_ repeated: Expr, count range: TypedExpr, span: SourceSpan) -> TypedExpr {
    let value = checkExpression(repeated)
    guard case .range(_, let high?, false) = range.kind else { return invalid(span) }
    let element = table.resolve(value.type)
    guard isCopy(element) else {
      // Each `next` clones the value (a `String` allocates): not modelled for a kept one.
      unsupported("`iter::repeat(x).take(n)` of a value that is not `Copy` kept as a value", at: span)
      return invalid(span)
    }
    let repeating = typed(
      .builtin(.libraryIterator("repeat"), arguments: [value]), .library(.repeatValue, value.type), span)
    return typed(
      .builtin(.libraryIterator("take"), arguments: [repeating, high]), .library(.take, repeating.type), span)
  }

  /// A range an adapter keeps: `a..b` as it is, `start..` made into std's `RangeFrom` (whose
  /// `next` overflows past the type's maximum); nil, reported, for `..end`, no iterator.
  func keptRange(_ range: TypedExpr, span: SourceSpan) -> TypedExpr? {
    guard case .range(let low, let high, let inclusive) = range.kind, high == nil else { return range }
    guard let low, !inclusive, case .range(let element, _) = table.shallow(range.type) else {
      unsupported("an adapter over a range with no start", at: span)
      return nil
    }
    return typed(
      .builtin(.libraryIterator("range from"), arguments: [low]), .library(.rangeFrom, element), range.span)
  }

  /// Whether `next` on a value of this type must be written out (it holds a kept adapter).
  func needsWrittenNext(_ type: TypeTerm) -> Bool {
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .filter, .map, .skip, .take, .enumerate, .copied, .cloned, .zip: return true
    case .split: return table.shallow(inner) != .char
    case .chain, .peekable, .rev, .flatten: return holdsKeptAdapter(inner)
    default: return false
    }
  }

  private func holdsKeptAdapter(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .tuple(let items): return items.contains { holdsKeptAdapter($0) }
    case .library: return needsWrittenNext(type)
    default: return false
    }
  }

  /// `it.next()` (the library call made by method resolution) written out when the iterator
  /// holds a kept adapter; the call unchanged otherwise.
  func expandingAdapterNext(_ call: TypedExpr) -> TypedExpr {
    guard case .builtin(.libraryIterator("next"), let arguments) = call.kind, arguments.count == 1,
      case .reference(let target, true) = table.shallow(arguments[0].type), needsWrittenNext(target)
    else { return call }
    let span = call.span
    switch arguments[0].kind {
    case .addressOf(let place, true) where isPlaceExpression(place):
      // `it.next()`: the item borrows what `it` borrows, not the `&mut` the call takes.
      return typed(
        .block(
          TypedBlock(statements: [], tail: writtenNext(place, span: span), declaredSlots: [], span: span)),
        call.type, span)
    case .addressOf(let temporary, true):
      // `v.iter().skip(1).zip(w.iter()).next()`: the adapter made right there is held in a
      // local the written-out `next` moves on (written into it, the expression would be made
      // again at each of its uses).
      pushScope()
      let holder = declareLocal("(adapter)", type: target, line: span.start.line, isMutable: true)
      let pattern = TypedPattern(
        kind: .binding(slot: holder, byReference: false, mutable: true, subpattern: nil), type: target,
        span: span)
      let binding = TypedStatement(kind: .binding(pattern, temporary, elseBlock: nil), span: span)
      let value = writtenNext(typed(.local(holder), target, span), span: span)
      let declared = popScope()
      return typed(
        .block(TypedBlock(statements: [binding], tail: value, declaredSlots: declared, span: span)),
        call.type, span)
    case .local:
      return writtenNext(typed(.deref(arguments[0]), target, span), span: span)
    default:
      break
    }
    pushScope()
    let holder = declareLocal("(adapter)", type: arguments[0].type, line: span.start.line)
    let pattern = TypedPattern(
      kind: .binding(slot: holder, byReference: false, mutable: false, subpattern: nil),
      type: arguments[0].type, span: span)
    let binding = TypedStatement(kind: .binding(pattern, arguments[0], elseBlock: nil), span: span)
    let place = typed(.deref(typed(.local(holder), arguments[0].type, span)), target, span)
    let value = writtenNext(place, span: span)
    let declared = popScope()
    return typed(
      .block(TypedBlock(statements: [binding], tail: value, declaredSlots: declared, span: span)), call.type,
      span)
  }
}
