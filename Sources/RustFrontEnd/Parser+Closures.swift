/// Closure expressions.
extension Parser {
  /// `move? |pattern (: type)?, …| (-> type block | expression)`.
  package func parseClosure() throws -> Expr {
    let start = current.span
    let isMove = eat(.move)
    var parameters: [ClosureExpr.Parameter] = []
    if eat(.pipePipe) {
      // No parameters.
    } else {
      try expect(.pipe)
      while !check(.pipe) {
        let pattern = try parsePattern(allowAlternatives: false)
        var type: TypeExpr?
        if eat(.colon) { type = try parseType() }
        parameters.append(ClosureExpr.Parameter(pattern: pattern, type: type))
        if !eat(.comma) { break }
      }
      try expect(.pipe)
    }
    let headSpan = start.merged(with: SourceSpan(start: previousEnd, end: previousEnd))
    var returnType: TypeExpr?
    let body: Expr
    if eat(.arrow) {
      returnType = try parseType()
      guard check(.openBrace) else { throw unexpected("`{`") }
      let block = try parseBlock()
      body = expression(.block(block), span: block.span)
    } else {
      body = try parseExpression()
    }
    let closure = ClosureExpr(
      isMove: isMove, parameters: parameters, returnType: returnType, body: body, headSpan: headSpan)
    return expression(.closure(closure), span: start.merged(with: body.span))
  }
}
