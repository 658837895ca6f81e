/// A recursive-descent parser for memtutor's Rust subset.
///
/// Each parsing routine throws the first problem it meets; the item and statement loops catch
/// it, record it, and skip to a safe point, so one run reports every broken statement once.
/// Features outside the subset are refused with `Diagnostic.unsupported` at their exact span.
struct Parser {
  /// Deep enough for any real program, shallow enough for the Swift stack of a secondary thread.
  static let maximumNesting = 256

  var tokens: [Token]
  /// For each delimiter token, the index of its partner (see `Lexer.matchDelimiters`).
  let partners: [Int]
  let scalars: [Unicode.Scalar]
  var position = 0
  var nextExpressionID = 0
  var diagnostics: [Diagnostic] = []
  var nesting = 0
  /// False in the heads of `if`, `while`, `match` and `for`, where `{` opens the body.
  var structLiteralsAllowed = true

  /// Parses a whole source file. Throws every lexical, syntax and unsupported-feature
  /// error found, in source order.
  static func parse(source: String) throws(DiagnosticList) -> Program {
    let (tokens, lexicalErrors) = Lexer.tokenize(source)
    let partners: [Int]
    switch Lexer.matchDelimiters(tokens) {
    case .success(let matched):
      partners = matched
    case .failure(let imbalance):
      // An unterminated literal usually causes the imbalance; its own error says more.
      throw DiagnosticList(diagnostics: lexicalErrors.isEmpty ? [imbalance] : lexicalErrors)
    }
    var parser = Parser(tokens: tokens, partners: partners, scalars: Array(source.unicodeScalars))
    let program = parser.parseProgram()
    let all = (lexicalErrors + parser.diagnostics).enumerated().sorted {
      ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset)
    }.map(\.element)
    if !all.isEmpty { throw DiagnosticList(diagnostics: all) }
    return program
  }

  private init(tokens: [Token], partners: [Int], scalars: [Unicode.Scalar]) {
    self.tokens = tokens
    self.partners = partners
    self.scalars = scalars
  }

  private mutating func parseProgram() -> Program {
    var items: [Item] = []
    skipInnerAttributes()
    while !atEnd {
      let start = position
      let reportedBefore = diagnostics.count
      do throws(Diagnostic) {
        items.append(try parseItem())
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: start, failedAt: position, insideBlock: false)
      }
    }
    return Program(items: items)
  }

  // MARK: - Looking at tokens

  var current: Token { tokens[position] }
  var atEnd: Bool { current.kind == .endOfFile }

  func kind(at offset: Int) -> Token.Kind {
    let index = min(position + offset, tokens.count - 1)
    return tokens[index].kind
  }

  /// The end of the last consumed token.
  var previousEnd: SourceLocation {
    position > 0 ? tokens[position - 1].span.end : current.span.start
  }

  func check(_ punctuation: Punctuation) -> Bool {
    current.kind == .punctuation(punctuation)
  }

  func check(_ keyword: Keyword) -> Bool {
    current.kind == .keyword(keyword)
  }

  func check(_ punctuation: Punctuation, at offset: Int) -> Bool {
    kind(at: offset) == .punctuation(punctuation)
  }

  func check(_ keyword: Keyword, at offset: Int) -> Bool {
    kind(at: offset) == .keyword(keyword)
  }

  func checkIdentifier(_ name: String) -> Bool {
    current.kind == .identifier(name)
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if !atEnd { position += 1 }
    return token
  }

  mutating func eat(_ punctuation: Punctuation) -> Bool {
    guard check(punctuation) else { return false }
    advance()
    return true
  }

  mutating func eat(_ keyword: Keyword) -> Bool {
    guard check(keyword) else { return false }
    advance()
    return true
  }

  @discardableResult
  mutating func expect(_ punctuation: Punctuation) throws(Diagnostic) -> Token {
    guard check(punctuation) else { throw unexpected("`\(punctuation.rawValue)`") }
    return advance()
  }

  @discardableResult
  mutating func expect(_ keyword: Keyword) throws(Diagnostic) -> Token {
    guard check(keyword) else { throw unexpected("`\(keyword.rawValue)`") }
    return advance()
  }

  mutating func expectIdentifier() throws(Diagnostic) -> (name: String, span: SourceSpan) {
    guard case .identifier(let name) = current.kind else { throw unexpected("identifier") }
    let span = advance().span
    return (name, span)
  }

  /// `expected X, found Y` at the current token.
  func unexpected(_ expected: String) -> Diagnostic {
    Diagnostic("expected \(expected), found \(current.described)", at: current.span)
  }

  func span(from start: SourceLocation) -> SourceSpan {
    SourceSpan(start: start, end: max(previousEnd, start))
  }

  func text(of token: Token) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[token.start..<token.end])
    return String(view)
  }

  /// Consumes one `>` from `>`, `>>`, `>=` or `>>=`, leaving the rest as the current token.
  mutating func eatClosingAngle() -> Bool {
    guard case .punctuation(let punctuation) = current.kind else { return false }
    let rest: Punctuation?
    switch punctuation {
    case .greater: rest = nil
    case .shiftRight: rest = .greater
    case .greaterEqual: rest = .equal
    case .shiftRightEqual: rest = .greaterEqual
    default: return false
    }
    splitCurrent(leaving: rest)
    return true
  }

  /// Consumes the first character of the current punctuation token (`&` of `&&`, `|` of `||`),
  /// or the whole token when `rest` is nil.
  mutating func splitCurrent(leaving rest: Punctuation?) {
    guard let rest else {
      advance()
      return
    }
    var token = current
    token.kind = .punctuation(rest)
    token.start += 1
    token.span.start.column += 1
    tokens[position] = token
  }

  mutating func expression(_ kind: Expr.Kind, span: SourceSpan) -> Expr {
    nextExpressionID += 1
    return Expr(id: nextExpressionID, kind: kind, span: span)
  }

  mutating func expression(_ kind: Expr.Kind, from start: SourceLocation) -> Expr {
    expression(kind, span: span(from: start))
  }

  /// Call before descending into a nested construct; pair with `nesting -= 1` in a `defer`.
  mutating func enterNesting() throws(Diagnostic) {
    guard nesting < Self.maximumNesting else {
      throw Diagnostic("expression nested too deeply", at: current.span)
    }
    nesting += 1
  }

  /// Runs `body` with struct literals allowed or not, restoring the previous setting.
  mutating func withStructLiterals<T>(
    _ allowed: Bool, _ body: (inout Parser) throws(Diagnostic) -> T
  ) throws(Diagnostic) -> T {
    let saved = structLiteralsAllowed
    structLiteralsAllowed = allowed
    defer { structLiteralsAllowed = saved }
    return try body(&self)
  }

  // MARK: - Recovery

  /// Records `error` unless a nested block of the same statement or item already reported
  /// one: the outer error is then most likely a consequence of the inner one.
  mutating func report(_ error: Diagnostic, unlessAlreadyReportedSince count: Int) {
    if diagnostics.count == count { diagnostics.append(error) }
  }

  /// Skips what is left of a broken item or statement that began at `start`: up to and
  /// including a `;`, past a `{…}` group that ends it, or up to where a new item or statement
  /// begins after the error, never past the end of the enclosing block.
  mutating func recover(from start: Int, failedAt failure: Int, insideBlock: Bool) {
    var index = start
    scan: while index < tokens.count - 1 {
      let token = tokens[index]
      if index >= failure, index > start, tokens[index - 1].kind != .keyword(.else),
        beginsItem(at: index) || (insideBlock && beginsStatement(at: index))
      {
        break
      }
      switch token.kind {
      case .punctuation(.semicolon):
        index += 1
        break scan
      case .punctuation(.closeBrace), .punctuation(.closeParen), .punctuation(.closeBracket):
        break scan
      case .punctuation(.openBrace):
        index = partners[index] + 1
        // A `{…}` past the error ends the statement unless the expression visibly goes on
        // (`.method()`, `else`, an operator).
        if index > failure, !continuesExpression(tokens[index]) { break scan }
      case .punctuation(.openParen), .punctuation(.openBracket):
        index = partners[index] + 1
      default:
        index += 1
      }
    }
    if index == start, index < tokens.count - 1, !isClosingDelimiter(tokens[index]) {
      index += 1
    }
    position = index
  }

  private func continuesExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .keyword(.else), .keyword(.as): true
    case .punctuation(.pound), .punctuation(.semicolon): false
    case .punctuation: true
    default: false
    }
  }

  private func isClosingDelimiter(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuation(.closeBrace), .punctuation(.closeParen), .punctuation(.closeBracket): true
    default: false
    }
  }

  func beginsItem(at index: Int) -> Bool {
    switch tokens[index].kind {
    case .keyword(let keyword):
      switch keyword {
      case .fn, .struct, .enum, .impl, .use, .const, .static, .trait, .mod, .type, .extern, .pub: true
      default: false
      }
    case .punctuation(.pound): true
    default: false
    }
  }

  private func beginsStatement(at index: Int) -> Bool {
    switch tokens[index].kind {
    case .keyword(let keyword):
      switch keyword {
      case .let, .if, .while, .for, .loop, .match, .return: true
      default: false
      }
    default: false
    }
  }
}
