/// Blocks and the statements in them.
extension Parser {
  private enum ParsedStatement {
    case statement(Statement)
    /// The final expression of a block, without a semicolon.
    case tail(Expr)
  }

  package func parseBlock() throws -> Block {
    guard check(.openBrace) else { throw unexpected("`{`") }
    try enterNesting()
    defer { nesting -= 1 }
    let start = current.span.start
    let close = partners[position]
    advance()
    let savedStructLiterals = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = savedStructLiterals }
    skipInnerAttributes()
    var statements: [Statement] = []
    var tail: Expr?
    while position < close {
      let statementStart = position
      let reportedBefore = diagnostics.count
      do {
        switch try parseStatement(blockEnd: close) {
        case .statement(let statement): statements.append(statement)
        case .tail(let expression): tail = expression
        }
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: statementStart, failedAt: position, insideBlock: true)
      }
    }
    position = close + 1
    return Block(statements: statements, tail: tail, span: span(from: start))
  }

  private func parseStatement(blockEnd close: Int) throws -> ParsedStatement {
    try enterNesting()
    defer { nesting -= 1 }
    let start = current.span.start
    let attributes = try parseOuterAttributes()
    if eat(.semicolon) {
      return .statement(Statement(kind: .empty, span: span(from: start)))
    }
    if check(.let) {
      return .statement(try parseLet(start: start))
    }
    if beginsNestedItem() {
      let item = try parseItem(attributes: attributes)
      return .statement(Statement(kind: item.map(Statement.Kind.item) ?? .empty, span: span(from: start)))
    }
    let (expression, endsWithBlock) = try parseStatementExpression()
    if eat(.semicolon) {
      return .statement(Statement(kind: .expression(expression, hasSemicolon: true), span: span(from: start)))
    }
    if position == close {
      return .tail(expression)
    }
    if endsWithBlock {
      return .statement(
        Statement(kind: .expression(expression, hasSemicolon: false), span: span(from: start)))
    }
    throw missing("`;`")
  }

  private func parseLet(start: SourceLocation) throws -> Statement {
    advance()
    let pattern = try parsePattern(allowAlternatives: true)
    var type: TypeExpr?
    if eat(.colon) {
      type = try parseType()
    }
    var initializer: Expr?
    var elseBlock: Block?
    if eat(.equal) {
      initializer = try parseExpression()
      if eat(.else) {
        elseBlock = try parseBlock()
      }
    }
    try expect(.semicolon)
    return Statement(
      kind: .binding(pattern: pattern, type: type, initializer: initializer, elseBlock: elseBlock),
      span: span(from: start))
  }

  /// Whether the current token starts an item rather than an expression.
  private func beginsNestedItem() -> Bool {
    switch current.kind {
    case .keyword(let keyword):
      switch keyword {
      case .fn, .struct, .enum, .impl, .use, .static, .trait, .mod, .type, .extern, .pub: return true
      case .const: return !check(.openBrace, at: 1)
      case .unsafe: return !check(.openBrace, at: 1)
      case .async: return check(.fn, at: 1)
      default: return false
      }
    case .identifier("union"):
      if case .identifier = kind(at: 1) { return true }
      return false
    case .identifier("macro_rules"):
      return check(.bang, at: 1)
    default:
      return false
    }
  }
}
