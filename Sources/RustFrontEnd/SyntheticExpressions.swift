/// Syntax made up for a desugared library call, all at the call's span, with ids of its own.
struct SyntheticExpressions {
  let checker: Checker
  let span: SourceSpan

  func make(_ kind: Expr.Kind) -> Expr {
    checker.syntheticExpressionCount += 1
    return Expr(id: -1_000_000 - checker.syntheticExpressionCount, kind: kind, span: span)
  }

  func name(_ name: String) -> Expr { make(.path([name], generics: [])) }

  func integer(_ value: UInt128) -> Expr { make(.integer(value, suffix: nil)) }

  var fullRange: Expr { make(.range(low: nil, high: nil, inclusive: false)) }

  func block(_ expressions: [Expr]) -> Block {
    Block(
      statements: expressions.map { Statement(kind: .expression($0, hasSemicolon: true), span: span) },
      tail: nil,
      span: span)
  }

}
