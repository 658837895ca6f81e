import MemoryModel

/// `text.split(|c: char| !c.is_alphabetic())`: std's `Split<'_, F>` made as a value (the
/// closure held in its `MultiCharEqSearcher` with the text and a `CharIndices`), whose `next`
/// calls the closure once per `char`, so it is written out where it is called.
extension Checker {
  func checkClosureSplit(_ receiver: TypedExpr, closure: ClosureExpr, span: SourceSpan) -> TypedExpr {
    if closure.isMove {
      // A `move` closure may own what it captures, which the splitter's drop would drop.
      unsupported("`split` with a `move` closure as the pattern", at: span)
      return invalid(span)
    }
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [.char])
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else { return invalid(span) }
    if !table.unify(signature.returnType, .bool) {
      error(
        "mismatched types: expected `bool`, found `\(table.displayName(signature.returnType))`",
        at: closure.body.span)
    }
    return typed(
      .builtin(.libraryIterator("make"), arguments: [asStrReference(receiver), value]),
      .library(.split, value.type), span)
  }

  /// `SplitInternal::next` with the searcher's `next_match` inlined:
  /// `loop { let Some(c) = (step) else { break (end) }; if (self.matcher.char_eq)(c) { break Some((cut c)) } }`.
  func writtenClosureSplitNext(_ place: TypedExpr, closure: TypeTerm, span: SourceSpan) -> TypedExpr {
    let text = TypeTerm.reference(.str, mutable: false)
    let option = TypeTerm.option(text)
    let splitter = typed(.addressOf(place, mutable: true), .reference(place.type, mutable: true), span)
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    func block(_ statements: [TypedStatement], tail: TypedExpr?) -> TypedBlock {
      TypedBlock(statements: statements, tail: tail, declaredSlots: [], span: span)
    }
    let loopID = beginLoop(label: nil, breakType: option)
    loops.removeLast()
    pushScope()
    let character = declareLocal("(char)", type: .char, line: span.start.line)
    let some = TypedPattern(
      kind: .variant(
        enumName: "Option", variant: 1,
        [
          TypedPattern(
            kind: .binding(slot: character, byReference: false, mutable: false, subpattern: nil), type: .char,
            span: span)
        ]), type: .option(.char), span: span)
    let step = typed(.builtin(.libraryIterator("split step"), arguments: [splitter]), .option(.char), span)
    let end = typed(.builtin(.libraryIterator("split end"), arguments: [splitter]), option, span)
    let atEnd = statement(typed(.breakLoop(loop: loopID, end), .never, span))
    let fetch = TypedStatement(kind: .binding(some, step, elseBlock: block([atEnd], tail: nil)), span: span)
    let searcher = typed(
      .field(place, index: 2),
      .tuple([closure, text, .library(.charIndices, .unit)]), span)
    let matched = typed(.local(character), .char, span)
    let test = callClosure(typed(.field(searcher, index: 0), closure, span), [matched], span: span)
    let cut = typed(
      .builtin(.libraryIterator("split cut"), arguments: [splitter, matched]), text, span)
    let found = statement(
      typed(
        .breakLoop(
          loop: loopID, typed(.variant(enumName: "Option", variant: 1, payload: [cut]), option, span)),
        .never, span))
    let check = statement(typed(.ifElse(test, block([found], tail: nil), nil), .unit, span))
    var body = block([fetch, check], tail: nil)
    body.declaredSlots = popScope()
    return typed(.loop(body, loop: loopID), option, span)
  }
}

extension Checker {
  /// `[',', ' ']`, `&[',', ' ']` or `&[',', ' '][..]` written as a text pattern.
  func isCharSetPattern(_ pattern: Expr) -> Bool {
    switch pattern.kind {
    case .array(let items):
      return !items.isEmpty && items.allSatisfy { if case .character = $0.kind { true } else { false } }
    case .reference(false, let inner):
      return isCharSetPattern(inner)
    case .index(let base, let index):
      if case .range(nil, nil, false) = index.kind { return isCharSetPattern(base) }
      return false
    default:
      return false
    }
  }
}
