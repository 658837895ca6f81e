/// `if`, `match`, loops and the jumps out of them.
extension Parser {
  /// `if c {…} else …` and `if let p = e {…} else …`.
  package func parseIf() throws -> Expr {
    try enterNesting()
    defer { nesting -= 1 }
    let start = advance().span.start
    if headIsLetChain() { return try parseIfLetChain(start: start) }
    if eat(.let) {
      let pattern = try parsePattern(allowAlternatives: true)
      try expect(.equal)
      let scrutinee = try parseLetScrutinee()
      let then = try parseBlock()
      let elseBranch = try parseElse()
      return expression(
        .ifLet(pattern: pattern, scrutinee: scrutinee, then: then, elseBranch: elseBranch), from: start)
    }
    let condition = try parseConditionExpression()
    let then = try parseBlock()
    let elseBranch = try parseElse()
    return expression(.ifElse(condition: condition, then: then, elseBranch: elseBranch), from: start)
  }

  func parseElse() throws -> Expr? {
    guard eat(.else) else { return nil }
    if check(.if) {
      return try parseIf()
    }
    let block = try parseBlock()
    return expression(.block(block), span: block.span)
  }

  /// The expression after `if let p =` or `while let p =` (a head with `&&` is a let chain,
  /// `Parser+LetChains`); `||` after it is rustc's error.
  private func parseLetScrutinee() throws -> Expr {
    let scrutinee = try withStructLiterals(false) { parser throws in try parser.parseLetChainOperand() }
    if check(.pipePipe) {
      throw Diagnostic("`||` operators are not supported in let chain conditions", at: current.span)
    }
    return scrutinee
  }

  /// `loop`, `while`, `while let` and `for`, at the keyword (the label, if any, already read).
  package func parseLoop(label: String?, start: SourceLocation) throws -> Expr {
    try enterNesting()
    defer { nesting -= 1 }
    let keyword = advance()
    switch keyword.kind {
    case .keyword(.loop):
      let body = try parseBlock()
      return expression(.loop(body: body, label: label), from: start)
    case .keyword(.while):
      if headIsLetChain() { return try parseWhileLetChain(label: label, start: start) }
      if eat(.let) {
        let pattern = try parsePattern(allowAlternatives: true)
        try expect(.equal)
        let scrutinee = try parseLetScrutinee()
        let body = try parseBlock()
        return expression(
          .whileLet(pattern: pattern, scrutinee: scrutinee, body: body, label: label), from: start)
      }
      let condition = try parseConditionExpression()
      let body = try parseBlock()
      return expression(.whileLoop(condition: condition, body: body, label: label), from: start)
    default:
      let pattern = try parsePattern(allowAlternatives: true)
      try expect(.in)
      let iterable = try parseConditionExpression()
      openRangeConsumers.insert(iterable.id)
      let body = try parseBlock()
      return expression(.forLoop(pattern: pattern, iterable: iterable, body: body, label: label), from: start)
    }
  }

  package func parseMatch() throws -> Expr {
    try enterNesting()
    defer { nesting -= 1 }
    let start = advance().span.start
    let scrutinee = try parseConditionExpression()
    guard check(.openBrace) else { throw unexpected("`{`") }
    let close = partners[position]
    advance()
    let arms = try withStructLiterals(true) { parser throws in
      try parser.parseMatchArms(until: close)
    }
    advance()
    return expression(.match(scrutinee: scrutinee, arms: arms), from: start)
  }

  private func parseMatchArms(until close: Int) throws -> [MatchArm] {
    var arms: [MatchArm] = []
    while position < close {
      _ = try parseOuterAttributes()
      let armStart = current.span.start
      let pattern = try parsePattern(allowAlternatives: true)
      var guardExpression: Expr?
      if eat(.if) {
        guardExpression = try parseExpression()
      }
      try expect(.fatArrow)
      let (body, endsWithBlock) = try parseStatementExpression()
      arms.append(
        MatchArm(pattern: pattern, guardExpression: guardExpression, body: body, span: span(from: armStart)))
      if position < close, !eat(.comma), !endsWithBlock {
        throw missing("`,`")
      }
    }
    return arms
  }

  /// `break 'label value`, `continue 'label`, `return value`.
  package func parseJump() throws -> Expr {
    let keyword = advance()
    let start = keyword.span.start
    var label: String?
    if keyword.kind != .keyword(.return), case .lifetime(let name) = current.kind {
      label = name
      advance()
    }
    if keyword.kind == .keyword(.continue) {
      return expression(.continueLoop(label: label), from: start)
    }
    var value: Expr?
    if beginsExpression(), !(check(.openBrace) && !structLiteralsAllowed) {
      value = try parseExpression()
    }
    if keyword.kind == .keyword(.return) {
      return expression(.returnValue(value), from: start)
    }
    return expression(.breakLoop(label: label, value: value), from: start)
  }
}
