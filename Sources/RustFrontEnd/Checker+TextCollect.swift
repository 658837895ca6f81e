import MemoryModel

/// `String`'s `FromIterator` and `Extend`: `collect::<String>()` and `s.extend(iter)` run as the
/// chain's loop pushing each item. For `char` items std first reserves the iterator's lower
/// size bound (`Extend<&char>` clones them); `&str` items are pushed with `push_str`, with no
/// reserve (std's `Extend<&str>` is a plain `for_each`).
extension Checker {
  /// The `String` an `extend` grows (`&mut s`, borrowed where the receiver is written) and the
  /// method's name, where rustc reports an item type `String` cannot be extended with.
  struct TextExtension {
    var target: TypedExpr
    var methodSpan: SourceSpan
  }

  /// Where a text pipeline pushes, and whether its items are `&str` pieces.
  struct TextCollect {
    /// `&mut String`: the collected `String`'s local, or the `extend`ed one through its borrow.
    var target: TypedExpr
    /// The collected `String`'s local (nil for `extend`, whose result is `()`).
    var slot: Int?
    var piecesAreText: Bool
    /// `String` items: std's `FromIterator<String>` keeps the first one as the buffer and
    /// `push_str`s the rest, each dropped after; this flag (true until the first item) is nil
    /// for other items and for `extend`, which pushes every one.
    var firstOwnedPiece: Int?
    var piecesAreOwned = false
  }

  /// One `String` item: `if (first piece) { (collected) = item; (first piece) = false } else
  /// { push_str(&item) }`, the item dropped at the end of the step when it was pushed.
  func ownedPieceStep(
    into target: TypedExpr, item: TypedExpr, first: Int?, collected: Int?, span: SourceSpan
  ) -> TypedStatement {
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    let borrowed = typed(
      .coerce(
        .stringToStr, typed(.addressOf(item, mutable: false), .reference(.string, mutable: false), span)),
      .reference(.str, mutable: false), span)
    let push = statement(typed(.builtin(.stringPushStr, arguments: [target, borrowed]), .unit, span))
    guard let first, let collected else { return push }
    let flag = typed(.local(first), .bool, span)
    let keep = TypedBlock(
      statements: [
        statement(typed(.assign(typed(.local(collected), .string, span), item), .unit, span)),
        statement(typed(.assign(flag, typed(.boolean(false), .bool, span)), .unit, span)),
      ], tail: nil, declaredSlots: [], span: span)
    let pushed = TypedBlock(statements: [push], tail: nil, declaredSlots: [], span: span)
    return statement(typed(.ifElse(flag, keep, typed(.block(pushed), .unit, span)), .unit, span))
  }

  /// Declares what a text pipeline pushes into and reserves what std reserves, or nil when
  /// the items or the iterator are not ones memtutor runs (reported).
  func beginTextCollect(
    item: TypeTerm, iterator: TypedExpr,
    calls: [(stage: String, slot: Int, signature: ClosureState.Signature)],
    extendText: TextExtension?, _ builder: inout PipelineBuilder
  ) -> TextCollect? {
    let span = builder.span
    let piecesAreText = isStrReference(item)
    let piecesAreOwned = table.shallow(item) == .string
    var character = table.shallow(item)
    if case .reference(let inner, false) = character { character = table.shallow(inner) }
    if let extendText, !piecesAreText, !piecesAreOwned, character != .char {
      // `s.extend(v.iter())` over `&&str` or `&String` items: no such `Extend` impl.
      var diagnostic = Diagnostic(
        "the trait bound `String: Extend<\(table.displayName(item))>` is not satisfied",
        at: extendText.methodSpan)
      diagnostic.code = "E0277"
      diagnostics.append(diagnostic)
      return nil
    }
    var reserve: TypedExpr?
    if !piecesAreText && !piecesAreOwned {
      let filtered = calls.contains {
        Self.unboundedStages.contains($0.stage)
      }
      let counted = calls.contains { ["skip", "take", "step_by"].contains($0.stage) }
      guard
        let lowerBound = stringReserve(
          iterator: iterator, item: item, filtered: filtered, counted: counted ? calls : nil)
          ?? keptStringReserve(iterator, item: item, filtered: filtered, counted: counted)
      else {
        unsupported(
          extendText == nil
            ? "`String`s collected from this kind of iterator"
            : "`extend` of a `String` from this kind of iterator",
          at: span)
        return nil
      }
      reserve = lowerBound
    }
    let textReference = TypeTerm.reference(.string, mutable: true)
    let target: TypedExpr
    var collected: Int?
    if let extendText {
      let slot = builder.declare(
        self, "(text)", type: textReference, mutable: false, value: extendText.target)
      let text = typed(.deref(typed(.local(slot), textReference, span)), .string, span)
      target = typed(.addressOf(text, mutable: true), textReference, span)
    } else {
      let slot = builder.declare(
        self, "(collected)", type: .string, mutable: true,
        value: typed(.builtin(.stringNew, arguments: []), .string, span))
      collected = slot
      target = typed(.addressOf(typed(.local(slot), .string, span), mutable: true), textReference, span)
    }
    if let reserve {
      builder.statements.append(
        TypedStatement(
          kind: .expression(typed(.builtin(.stringReserve, arguments: [target, reserve]), .unit, span)),
          span: span))
    }
    var firstOwnedPiece: Int?
    if piecesAreOwned, collected != nil {
      firstOwnedPiece = builder.declare(
        self, "(first piece)", type: .bool, mutable: true, value: typed(.boolean(true), .bool, span))
    }
    return TextCollect(
      target: target, slot: collected, piecesAreText: piecesAreText, firstOwnedPiece: firstOwnedPiece,
      piecesAreOwned: piecesAreOwned)
  }

  /// `s.extend(source)` on a `String`: the chain `source` makes, pushed into `s` (`text`, the
  /// `&mut String` receiver).
  func checkStringExtend(into text: TypedExpr, arguments: [Expr], span: SourceSpan, methodSpan: SourceSpan)
    -> TypedExpr
  {
    let written = writtenExtendSource
    writtenExtendSource = nil
    defer { writtenExtendSource = written }
    guard arguments.count == 1, let source = written ?? arguments.first else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    let iterable = extendedIterable(source)
    guard
      let extended = checkAdapterChain(
        receiver: iterable, method: "collect", generics: [], arguments: [], span: span, id: -1,
        extendText: TextExtension(target: text, methodSpan: methodSpan))
    else {
      unsupported("`extend` of a `String` from this kind of iterator", at: span)
      return invalid(span)
    }
    return extended
  }

  /// The iterator `IntoIterator` makes of `extend`'s argument: `&v` walks `v.iter()`, an owned
  /// `Vec` or array its `into_iter()`.
  private func extendedIterable(_ source: Expr) -> Expr {
    func calling(_ method: String, on receiver: Expr) -> Expr {
      syntheticExpressionCount += 1
      return Expr(
        id: -8_100_000 - syntheticExpressionCount,
        kind: .methodCall(receiver: receiver, method: method, generics: [], arguments: []),
        span: source.span)
    }
    switch source.kind {
    case .reference(false, let inner): return calling("iter", on: inner)
    case .vecList, .vecRepeat, .array, .arrayRepeat: return calling("into_iter", on: source)
    case .path(let path, let generics) where path.count == 1 && generics.isEmpty:
      guard let slot = lookupLocal(path[0]) else { return source }
      switch table.shallow(locals[slot].type) {
      case .vec, .array: return calling("into_iter", on: source)
      case .reference(let inner, false):
        switch table.shallow(inner) {
        case .vec, .array, .slice: return calling("iter", on: source)
        default: return source
        }
      default: return source
      }
    default: return source
    }
  }
}
