/// Primary expressions: literals, paths, struct literals, tuples, arrays.
extension Parser {
  package func parsePrimary() throws -> Expr {
    let token = current
    let start = token.span.start
    switch token.kind {
    case .integer, .float, .string, .character, .byte, .keyword(.true), .keyword(.false):
      advance()
      return expression(try literalKind(of: token), span: token.span)
    case .byteString(let bytes):
      advance()
      return try byteStringExpression(bytes, span: token.span)
    case .identifier, .keyword(.self), .keyword(.selfType), .keyword(.crate), .keyword(.super),
      .punctuation(.colonColon):
      return try parsePathExpression()
    case .punctuation(.underscore) where check(.equal, at: 1):
      // `_ = value;`: the checker reads it as `let _ = value;`.
      advance()
      return expression(.path(["_"], generics: []), span: token.span)
    case .punctuation(.openParen):
      return try parseParenthesized()
    case .punctuation(.openBracket):
      return try parseArrayExpression()
    case .punctuation(.openBrace):
      let block = try parseBlock()
      return expression(.block(block), span: block.span)
    case .keyword(.if):
      return try parseIf()
    case .keyword(.match):
      return try parseMatch()
    case .keyword(.loop), .keyword(.while), .keyword(.for):
      return try parseLoop(label: nil, start: start)
    case .lifetime(let label) where check(.colon, at: 1):
      position += 2
      guard check(.loop) || check(.while) || check(.for) else {
        if check(.openBrace) { return try parseLabeledBlock(label: label, start: start) }
        throw unexpected("`loop`, `while` or `for` after a label")
      }
      return try parseLoop(label: label, start: start)
    case .keyword(.break), .keyword(.continue), .keyword(.return):
      return try parseJump()
    case .punctuation(.pipe), .punctuation(.pipePipe), .keyword(.move):
      return try parseClosure()
    case .keyword(.static) where check(.pipe, at: 1) || check(.pipePipe, at: 1) || check(.move, at: 1):
      throw Diagnostic.unsupported("closures", at: closureHeadSpan())
    case .keyword(.unsafe):
      throw Diagnostic.unsupported("unsafe blocks", at: token.span)
    case .keyword(.async):
      throw Diagnostic.unsupported("async blocks", at: token.span)
    case .punctuation(.less):
      throw Diagnostic.unsupported("qualified paths", at: token.span)
    case .keyword(.let):
      if !structLiteralsAllowed { throw Diagnostic.unsupported("`let` chains", at: token.span) }
      throw Diagnostic("expected expression, found `let` statement", at: token.span)
    default:
      throw unexpected("expression")
    }
  }

  package func literalKind(of token: Token) throws -> Expr.Kind {
    switch token.kind {
    case .integer(let value, let suffix): .integer(value, suffix: suffix)
    case .float(let value, let suffix): .float(value, suffix: suffix)
    case .string(let value): .string(value)
    case .character(let value): .character(value)
    case .byte(let value): .integer(UInt128(value), suffix: "u8")
    case .keyword(.true): .boolean(true)
    case .keyword(.false): .boolean(false)
    default: throw Diagnostic("expected literal, found \(describe(token))", at: token.span)
    }
  }

  /// `b"abc"` is a `&'static [u8; 3]`: a borrow of the constant array `[97u8, 98, 99]`, which
  /// rustc places in `.rodata` (constant promotion), so it is written as that borrow.
  private func byteStringExpression(_ bytes: [UInt8], span: SourceSpan) throws -> Expr {
    // An empty array is not a promoted constant here; its borrow would be a temporary's.
    guard !bytes.isEmpty else { throw Diagnostic.unsupported("empty byte string literals", at: span) }
    let items = bytes.map { expression(.integer(UInt128($0), suffix: "u8"), span: span) }
    return expression(.reference(mutable: false, expression(.array(items), span: span)), span: span)
  }

  /// From `|`, `||`, `move` or `static` up to the closing `|` of the parameter list.
  package func closureHeadSpan() -> SourceSpan {
    var index = position
    if check(.static) { index += 1 }
    if tokens[index].kind == .keyword(.move) { index += 1 }
    if tokens[index].kind == .punctuation(.pipe) {
      var scan = index + 1
      while scan < tokens.count - 1, scan < index + 64 {
        switch tokens[scan].kind {
        case .punctuation(.pipe):
          return current.span.merged(with: tokens[scan].span)
        case .punctuation(.openParen), .punctuation(.openBracket), .punctuation(.openBrace):
          scan = partners[scan] + 1
        case .punctuation(.semicolon), .punctuation(.closeBrace), .punctuation(.closeParen):
          return current.span
        default:
          scan += 1
        }
      }
      return current.span
    }
    return current.span.merged(with: tokens[index].span)
  }

  // MARK: - Paths

  /// One path segment's name, if the current token can be one.
  package var pathSegment: String? {
    switch current.kind {
    case .identifier(let name): name
    case .keyword(.self): "self"
    case .keyword(.selfType): "Self"
    case .keyword(.crate): "crate"
    case .keyword(.super): "super"
    default: nil
    }
  }

  /// `x`, `a::b`, `Vec::<i32>::new`, then a macro call, a struct literal or the path itself.
  private func parsePathExpression() throws -> Expr {
    let start = current.span.start
    var segments: [String] = []
    var generics: [TypeExpr] = []
    _ = eat(.colonColon)
    while true {
      guard let segment = pathSegment else { throw unexpected("identifier") }
      segments.append(segment)
      advance()
      guard check(.colonColon) else { break }
      advance()
      if check(.less) {
        generics += try parseGenericArguments()
        guard check(.colonColon) else { break }
        advance()
      }
    }
    if check(.bang), segments.count == 1, generics.isEmpty,
      check(.openParen, at: 1) || check(.openBracket, at: 1) || check(.openBrace, at: 1)
    {
      return try parseMacro(name: segments[0], start: start)
    }
    if check(.openBrace), structLiteralsAllowed {
      return try parseStructLiteral(path: segments, start: start)
    }
    if check(.openBrace), case .identifier = kind(at: 1), check(.colon, at: 2) {
      let literal = SourceSpan(start: start, end: tokens[partners[position]].span.end)
      throw Diagnostic(
        "struct literals are not allowed here", at: literal,
        notes: ["surround the struct literal with parentheses: `(\(segments.joined(separator: "::")) { … })`"]
      )
    }
    return expression(.path(segments, generics: generics), from: start)
  }

  private func parseStructLiteral(path: [String], start: SourceLocation) throws -> Expr {
    let close = partners[position]
    advance()
    var fields: [FieldInitializer] = []
    var base: Expr?
    while position < close {
      if eat(.dotDot) {
        base = try parseExpression()
        break
      }
      let fieldStart = current.span.start
      let name: String
      switch current.kind {
      case .identifier(let identifier): name = identifier
      case .integer(let index, nil): name = String(index)
      default: throw unexpected("identifier")
      }
      let nameToken = advance()
      let value: Expr
      if eat(.colon) {
        value = try parseExpression()
      } else if case .identifier = nameToken.kind {
        value = expression(.path([name], generics: []), span: nameToken.span)
      } else {
        throw unexpected("`:`")
      }
      fields.append(FieldInitializer(name: name, value: value, span: span(from: fieldStart)))
      if position < close { try expect(.comma) }
    }
    guard position == close else { throw unexpected("`}`") }
    advance()
    return expression(.structLiteral(path: path, fields: fields, base: base), from: start)
  }

  // MARK: - Tuples and arrays

  /// `()`, `(e)`, `(e,)`, `(a, b)`.
  private func parseParenthesized() throws -> Expr {
    let start = current.span.start
    let close = partners[position]
    advance()
    let saved = structLiteralsAllowed
    structLiteralsAllowed = true
    defer { structLiteralsAllowed = saved }
    var elements: [Expr] = []
    var trailingComma = false
    while position < close {
      elements.append(try parseExpression())
      trailingComma = false
      if position < close {
        try expect(.comma)
        trailingComma = true
      }
    }
    advance()
    if elements.count == 1, !trailingComma, var inner = elements.first {
      inner.span = span(from: start)
      return inner
    }
    return expression(.tuple(elements), from: start)
  }

  /// `[a, b]`, `[x; n]`, `[]`.
  private func parseArrayExpression() throws -> Expr {
    let start = current.span.start
    let close = partners[position]
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
        return expression(.arrayRepeat(value: element, count: count), from: start)
      }
      elements.append(element)
      if position < close { try expect(.comma) }
    }
    advance()
    return expression(.array(elements), from: start)
  }
}
