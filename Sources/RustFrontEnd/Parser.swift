/// A recursive-descent parser for memtutor's Rust subset.
///
/// Each parsing routine throws the first problem it meets; the item and statement loops catch
/// it, record it, and skip to a safe point, so one run reports every broken statement once.
/// Features outside the subset are refused with `Diagnostic.unsupported` at their exact span.
///
/// A class, not a struct, so debug builds do not copy its arrays on every call; the hot
/// state skips dynamic exclusivity checks, as only the parser's own methods touch it, one at a time.
package final class Parser {
  /// Deep enough for any real program (each level of control flow takes three), shallow
  /// enough that a debug build stays within a 2 MiB thread stack.
  package static let maximumNesting = 128
  package static let nestingLimitMessage = "expression nested too deeply"

  @exclusivity(unchecked) package var tokens: [Token]
  /// For each delimiter token, the index of its partner (see `Lexer.matchDelimiters`).
  package let partners: [Int]
  package let scalars: [Unicode.Scalar]
  @exclusivity(unchecked) package var position = 0
  @exclusivity(unchecked) package var nextExpressionID = 0
  package var diagnostics: [Diagnostic] = []
  @exclusivity(unchecked) package var nesting = 0
  /// False in the heads of `if`, `while`, `match` and `for`, where `{` opens the body.
  @exclusivity(unchecked) package var structLiteralsAllowed = true
  /// Set when the nesting limit stops parsing, until the recovery that follows.
  package var nestingLimitHit = false
  /// Method receivers and arguments, indexes and `for` iterables (`Program.openRangeConsumers`).
  package var openRangeConsumers: Set<Int> = []
  /// Names of the file's `trait` declarations.
  package let declaredTraits: Set<String>
  /// While parsing a function's parameters: the `impl Trait` types met so far, each an
  /// anonymous generic parameter.
  package var anonymousGenerics: [GenericParameter]?
  /// The `'a` of the `&'a self` just parsed.
  package var selfLifetime: LifetimeName?
  /// Set while a function's return type is parsed: `impl Fn(…)` is allowed there.
  package var parsingReturnType = false
  /// The closure trait of the return type `impl Fn(…) -> …` just parsed.
  package var returnClosureBound: ClosureBound?
  /// The return type `impl Display`, `impl Summary + Clone` just parsed (where it starts).
  package var returnImplTrait: GenericParameter?
  package var returnTypePosition: Int?
  /// Set while a function's generic parameters and `where` clause are parsed: a parameter
  /// bound by `'static` (`T: Debug + 'static`) is checked at each call (`Checker+MarkerBounds`).
  package var acceptsStaticBounds = false
  /// The visibility `skipVisibility` read last (an item's, for the module that holds it).
  package var lastVisibility = Visibility.private
  /// The visibility of the item `parseItem` returned last.
  package var lastItemVisibility = Visibility.private

  /// Parses a whole source file. Throws every lexical, syntax and unsupported-feature
  /// error found, in source order.
  package static func parse(source: String) throws(DiagnosticList) -> Program {
    let (tokens, lexicalErrors) = Lexer.tokenize(source)
    let partners: [Int]
    switch Lexer.matchDelimiters(tokens) {
    case .success(let matched):
      partners = matched
    case .failure(let imbalance):
      // An unterminated literal usually causes the imbalance; its own error says more.
      throw DiagnosticList(diagnostics: lexicalErrors.isEmpty ? [imbalance] : lexicalErrors)
    }
    let parser = Parser(tokens: tokens, partners: partners, scalars: Array(source.unicodeScalars))
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
    var traits: Set<String> = []
    for index in 0..<tokens.count - 1 {
      if case .keyword(.trait) = tokens[index].kind, case .identifier(let name) = tokens[index + 1].kind {
        traits.insert(name)
      }
    }
    declaredTraits = traits
  }

  private func parseProgram() -> Program {
    var items: [Item] = []
    skipInnerAttributes()
    while !atEnd {
      let start = position
      let reportedBefore = diagnostics.count
      do {
        if let item = try parseItem() { items.append(item) }
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: start, failedAt: position, insideBlock: false)
      }
    }
    return Program(items: items, openRangeConsumers: openRangeConsumers)
  }

  // MARK: - Looking at tokens

  package var current: Token { tokens[position] }
  package var atEnd: Bool { position == tokens.count - 1 }

  package func kind(at offset: Int) -> Token.Kind {
    let index = min(position + offset, tokens.count - 1)
    return tokens[index].kind
  }

  /// The end of the last consumed token.
  package var previousEnd: SourceLocation {
    position > 0 ? tokens[position - 1].span.end : current.span.start
  }

  // Pattern matches rather than `==` on `Token.Kind`: these run for nearly every token.

  package func check(_ punctuation: Punctuation) -> Bool {
    if case .punctuation(let found) = tokens[position].kind { return found == punctuation }
    return false
  }

  package func check(_ keyword: Keyword) -> Bool {
    if case .keyword(let found) = tokens[position].kind { return found == keyword }
    return false
  }

  package func check(_ punctuation: Punctuation, at offset: Int) -> Bool {
    if case .punctuation(let found) = kind(at: offset) { return found == punctuation }
    return false
  }

  package func check(_ keyword: Keyword, at offset: Int) -> Bool {
    if case .keyword(let found) = kind(at: offset) { return found == keyword }
    return false
  }

  package func checkIdentifier(_ name: String) -> Bool {
    current.kind == .identifier(name)
  }

  @discardableResult
  package func advance() -> Token {
    let token = current
    if !atEnd { position += 1 }
    return token
  }

  package func eat(_ punctuation: Punctuation) -> Bool {
    guard check(punctuation) else { return false }
    advance()
    return true
  }

  package func eat(_ keyword: Keyword) -> Bool {
    guard check(keyword) else { return false }
    advance()
    return true
  }

  @discardableResult
  package func expect(_ punctuation: Punctuation) throws -> Token {
    guard check(punctuation) else {
      if punctuation == .semicolon || punctuation == .comma { throw missing("`\(punctuation.rawValue)`") }
      throw unexpected("`\(punctuation.rawValue)`")
    }
    return advance()
  }

  @discardableResult
  package func expect(_ keyword: Keyword) throws -> Token {
    guard check(keyword) else { throw unexpected("`\(keyword.rawValue)`") }
    return advance()
  }

  package func expectIdentifier() throws -> (name: String, span: SourceSpan) {
    guard case .identifier(let name) = current.kind else { throw unexpected("identifier") }
    let span = advance().span
    return (name, span)
  }

  /// `expected X, found Y` at the current token.
  package func unexpected(_ expected: String) -> Diagnostic {
    Diagnostic("expected \(expected), found \(describe(current))", at: current.span)
  }

  /// How a token reads in a message; literals are quoted as written, as rustc does.
  package func describe(_ token: Token) -> String {
    switch token.kind {
    case .integer, .float, .string, .character, .byte, .byteString:
      let written = text(of: token)
      return written.unicodeScalars.count <= 40 && !written.contains("\n") ? "`\(written)`" : "literal"
    default:
      return token.described
    }
  }

  /// `expected X, found Y` for a missing separator: as rustc does, the caret goes just after
  /// the token the separator should follow.
  package func missing(_ expected: String) -> Diagnostic {
    guard position > 0 else { return unexpected(expected) }
    let after = previousEnd
    let span = SourceSpan(start: after, end: SourceLocation(line: after.line, column: after.column + 1))
    return Diagnostic("expected \(expected), found \(describe(current))", at: span)
  }

  package func span(from start: SourceLocation) -> SourceSpan {
    SourceSpan(start: start, end: max(previousEnd, start))
  }

  package func text(of token: Token) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[token.start..<token.end])
    return String(view)
  }

  /// Consumes one `>` from `>`, `>>`, `>=` or `>>=`, leaving the rest as the current token.
  package func eatClosingAngle() -> Bool {
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
  package func splitCurrent(leaving rest: Punctuation?) {
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

  package func expression(_ kind: Expr.Kind, span: SourceSpan) -> Expr {
    nextExpressionID += 1
    return Expr(id: nextExpressionID, kind: kind, span: span)
  }

  package func expression(_ kind: Expr.Kind, from start: SourceLocation) -> Expr {
    expression(kind, span: span(from: start))
  }

  /// Call before descending into a nested construct; pair with `nesting -= 1` in a `defer`.
  package func enterNesting() throws {
    guard nesting < Self.maximumNesting else {
      nestingLimitHit = true
      throw Diagnostic(Self.nestingLimitMessage, at: current.span)
    }
    nesting += 1
  }

  /// Runs `body` with struct literals allowed or not, restoring the previous setting.
  package func withStructLiterals<T>(
    _ allowed: Bool, _ body: (Parser) throws -> T
  ) throws -> T {
    let saved = structLiteralsAllowed
    structLiteralsAllowed = allowed
    defer { structLiteralsAllowed = saved }
    return try body(self)
  }

  // MARK: - Recovery

  /// Records `error` unless a nested block of the same statement or item already reported
  /// one: the outer error is then most likely a consequence of the inner one.
  package func report(_ error: any Error, unlessAlreadyReportedSince count: Int) {
    guard diagnostics.count == count else { return }
    if nestingLimitHit, diagnostics.contains(where: { $0.message == Self.nestingLimitMessage }) { return }
    // Parsing routines throw only diagnostics.
    diagnostics.append(error as? Diagnostic ?? Diagnostic("cannot parse this", at: current.span))
  }

  /// Skips what is left of a broken item or statement that began at `start`: up to and
  /// including a `;`, past a `{…}` group that ends it, or up to where a new item or statement
  /// begins after the error, never past the end of the enclosing block.
  /// After the nesting limit, keywords inside the deep construct are not safe points.
  package func recover(from start: Int, failedAt failure: Int, insideBlock: Bool) {
    var index = start
    let stopAtKeywords = !nestingLimitHit
    nestingLimitHit = false
    scan: while index < tokens.count - 1 {
      let token = tokens[index]
      if stopAtKeywords, index >= failure, index > start, tokens[index - 1].kind != .keyword(.else),
        !startsTypeAfter(tokens[index - 1]),
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
        if index > failure, !continuesExpression(tokens[index]) {
          if tokens[index].kind == .punctuation(.semicolon) { index += 1 }
          break scan
        }
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

  /// `-> impl Fn(i32) -> i32`, `x: impl Trait`, `as *const i32`: an `impl`, `fn` or `const`
  /// there is part of a type, not an item.
  private func startsTypeAfter(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuation(.arrow), .punctuation(.colon), .punctuation(.comma), .punctuation(.less),
      .punctuation(.ampersand), .punctuation(.openParen), .punctuation(.star):
      true
    default: false
    }
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

  package func beginsItem(at index: Int) -> Bool {
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
