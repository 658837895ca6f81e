import MemoryModel

/// `word.trim_matches(|c: char| !c.is_alphanumeric())` and its one-sided twins: std's
/// `CharPredicateSearcher` calls the closure on each `char` from the front until one is
/// rejected, then from the back down to just after that one. Each is checked as the loops that
/// make those calls, over the text borrowed once, ending in the slice between the two ends.
/// When every `char` matches, `trim_matches` and `trim_end_matches` give the empty slice at
/// the text's start, `trim_start_matches` the one at its end, as std does.
extension Checker {
  static let closureTrimMethods: Set<String> = ["trim_matches", "trim_start_matches", "trim_end_matches"]

  /// Nil when the receiver is a value that would have to live in the block (a `String` made by
  /// the call before), which stays refused.
  func checkClosureTrim(
    _ receiver: TypedExpr, receiver receiverExpr: Expr, method: String, closure: ClosureExpr, span: SourceSpan
  ) -> TypedExpr? {
    guard isSimplePlace(receiverExpr) || table.shallow(receiver.type).isReference else { return nil }
    let text = TypeTerm.reference(.str, mutable: false)
    let synthetic = SyntheticExpressions(checker: self, span: span)
    var builder = PipelineBuilder(span: span)
    pushScope()
    _ = builder.declare(self, "(trim text)", type: text, mutable: false, value: asStrReference(receiver))
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [.char])
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else {
      _ = popScope()
      return invalid(span)
    }
    if !table.unify(signature.returnType, .bool) {
      // The `Pattern` impl for `F: FnMut(char) -> bool` asks for the result type: rustc's E0271.
      error(
        "expected the closure to return `bool`, but it returns `\(table.displayName(signature.returnType))`",
        at: closure.body.span)
      diagnostics[diagnostics.count - 1].code = "E0271"
    }
    _ = builder.declare(
      self, "(trim closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    let fromStart = method != "trim_end_matches"
    let fromEnd = method != "trim_start_matches"

    let textName = synthetic.name("(trim text)")
    let start = synthetic.name("(trim start)")
    let end = synthetic.name("(trim end)")
    let limit = synthetic.name("(trim limit)")
    let character = synthetic.name("(trim char)")
    let length = synthetic.make(.methodCall(receiver: textName, method: "len", generics: [], arguments: []))
    func declare(_ name: String, _ initial: Expr) {
      let checked = checkExpression(initial)
      _ = builder.declare(self, name, type: .usize, mutable: true, value: coerce(checked, to: .usize))
    }
    declare("(trim start)", synthetic.integer(0))
    declare("(trim end)", length)
    // The back search stops where the front one stopped (after the rejected `char`).
    declare("(trim limit)", fromStart ? length : synthetic.integer(0))

    let charLength = synthetic.make(
      .methodCall(receiver: character, method: "len_utf8", generics: [], arguments: []))
    let rejected = synthetic.make(
      .unary(.not, synthetic.make(.call(callee: synthetic.name("(trim closure)"), arguments: [character]))))
    func chars(from low: Expr, _ last: Bool) -> Expr {
      let piece = synthetic.make(
        .index(textName, index: synthetic.make(.range(low: low, high: end, inclusive: false))))
      var iterator = synthetic.make(
        .methodCall(receiver: piece, method: "chars", generics: [], arguments: []))
      if last {
        iterator = synthetic.make(.methodCall(receiver: iterator, method: "rev", generics: [], arguments: []))
      }
      return synthetic.make(.methodCall(receiver: iterator, method: "next", generics: [], arguments: []))
    }
    let some = Pattern(
      kind: .tupleStruct(
        path: ["Some"],
        elements: [
          Pattern(
            kind: .identifier(name: "(trim char)", mutable: false, byReference: false, subpattern: nil),
            span: span)
        ]),
      span: span)
    let stop = synthetic.make(.breakLoop(label: nil, value: nil))
    var loops: [Expr] = []
    if fromStart {
      let noteLimit = synthetic.make(
        .assign(target: limit, value: synthetic.make(.binary(.add, start, charLength))))
      let test = synthetic.make(
        .ifElse(condition: rejected, then: synthetic.block([noteLimit, stop]), elseBranch: nil))
      let advance = synthetic.make(.compoundAssign(.add, target: start, value: charLength))
      loops.append(
        synthetic.make(
          .whileLet(
            pattern: some, scrutinee: chars(from: start, false), body: synthetic.block([test, advance]),
            label: nil)))
    }
    if fromEnd {
      let test = synthetic.make(.ifElse(condition: rejected, then: synthetic.block([stop]), elseBranch: nil))
      let retreat = synthetic.make(.compoundAssign(.subtract, target: end, value: charLength))
      loops.append(
        synthetic.make(
          .whileLet(
            pattern: some, scrutinee: chars(from: limit, true), body: synthetic.block([test, retreat]),
            label: nil)))
    }
    if fromStart && fromEnd {
      // Every `char` matched: std's `trim_matches` answers the empty slice at the start.
      let emptied = synthetic.block([
        synthetic.make(.assign(target: start, value: synthetic.integer(0))),
        synthetic.make(.assign(target: end, value: synthetic.integer(0))),
      ])
      loops.append(
        synthetic.make(
          .ifElse(condition: synthetic.make(.binary(.equal, start, end)), then: emptied, elseBranch: nil)))
    }
    for loop in loops {
      builder.statements.append(TypedStatement(kind: .expression(checkExpression(loop)), span: span))
    }
    let slice = synthetic.make(
      .reference(
        mutable: false,
        synthetic.make(
          .index(textName, index: synthetic.make(.range(low: start, high: end, inclusive: false))))))
    let tail = coerce(checkExpression(slice), to: text)
    let declared = popScope()
    let block = TypedBlock(statements: builder.statements, tail: tail, declaredSlots: declared, span: span)
    return typed(.block(block), text, span)
  }
}
