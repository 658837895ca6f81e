/// Macro calls: the formatting and assertion macros, and `vec!`.
extension Parser {
  /// Macros whose arguments are comma-separated expressions, with `name = value` allowed.
  package static let expressionListMacros: Set<String> = [
    "println", "print", "eprintln", "eprint", "format", "panic", "assert", "assert_eq", "assert_ne",
    "unreachable", "todo", "write", "writeln", "dbg",
  ]

  /// The `debug_` macros a debug build keeps: `debug_assert!(c)` expands to
  /// `if cfg!(debug_assertions) { assert!(c) }`, the same check with the same panic message.
  static let debugAssertions: [String: String] = [
    "debug_assert": "assert", "debug_assert_eq": "assert_eq", "debug_assert_ne": "assert_ne",
  ]

  /// At the `!` after the macro's name.
  package func parseMacro(name written: String, start: SourceLocation) throws -> Expr {
    let name = Self.debugAssertions[written] ?? written
    let bang = advance()
    let close = partners[position]
    if name == "vec" {
      return try parseVecMacro(close: close, start: start)
    }
    if name == "matches" {
      return try parseMatchesMacro(close: close, start: start)
    }
    guard Self.expressionListMacros.contains(name) else {
      throw Diagnostic.unsupported("the `\(name)!` macro", at: SourceSpan(start: start, end: bang.span.end))
    }
    advance()
    let saved = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = saved }
    var arguments: [MacroArgument] = []
    while position < close {
      var argumentName: String?
      if case .identifier(let identifier) = current.kind, check(.equal, at: 1) {
        argumentName = identifier
        position += 2
      }
      arguments.append(MacroArgument(name: argumentName, value: try parseExpression()))
      if position < close { try expect(.comma) }
    }
    advance()
    return expression(.macro(name: name, arguments: arguments), from: start)
  }

  /// `matches!(value, pattern)` and `matches!(value, pattern if guard)`: std expands it to
  /// `match value { pattern if guard => true, _ => false }`, and so does this.
  private func parseMatchesMacro(close: Int, start: SourceLocation) throws -> Expr {
    advance()
    let saved = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = saved }
    let scrutinee = try parseExpression()
    try expect(.comma)
    let armStart = current.span.start
    let pattern = try parsePattern(allowAlternatives: true)
    var guardExpression: Expr?
    if eat(.if) { guardExpression = try parseExpression() }
    let armSpan = span(from: armStart)
    _ = eat(.comma)
    guard position == close else { throw unexpected("`)`") }
    advance()
    let whole = span(from: start)
    let arms = [
      MatchArm(
        pattern: pattern, guardExpression: guardExpression, body: expression(.boolean(true), span: armSpan),
        span: armSpan),
      MatchArm(
        pattern: Pattern(kind: .wildcard, span: whole), guardExpression: nil,
        body: expression(.boolean(false), span: whole), span: whole),
    ]
    return expression(.match(scrutinee: scrutinee, arms: arms), span: whole)
  }

  /// `vec![a, b]`, `vec![x; n]`, `vec![]`.
  private func parseVecMacro(close: Int, start: SourceLocation) throws -> Expr {
    advance()
    let saved = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = saved }
    var elements: [Expr] = []
    while position < close {
      let element = try parseExpression()
      if elements.isEmpty, eat(.semicolon) {
        let count = try parseExpression()
        guard position == close else { throw unexpected("`]`") }
        advance()
        return expression(.vecRepeat(value: element, count: count), from: start)
      }
      elements.append(element)
      if position < close { try expect(.comma) }
    }
    advance()
    return expression(.vecList(elements), from: start)
  }
}
