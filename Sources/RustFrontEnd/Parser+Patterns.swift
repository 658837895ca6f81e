/// Patterns in `let`, parameters, `match` arms, `if let`, `while let` and `for`.
extension Parser {
  /// `allowAlternatives` permits a top-level `A | B` (not in function parameters).
  package func parsePattern(allowAlternatives: Bool) throws -> Pattern {
    let start = current.span.start
    if allowAlternatives {
      _ = eat(.pipe)
    }
    let first = try parseSinglePattern()
    guard allowAlternatives, check(.pipe) else { return first }
    var alternatives = [first]
    while eat(.pipe) {
      alternatives.append(try parseSinglePattern())
    }
    return Pattern(kind: .or(alternatives), span: span(from: start))
  }

  private func parseSinglePattern() throws -> Pattern {
    try enterNesting()
    defer { nesting -= 1 }
    let start = current.span.start
    switch current.kind {
    case .punctuation(.underscore):
      advance()
      return Pattern(kind: .wildcard, span: span(from: start))
    case .punctuation(.dotDot):
      advance()
      return Pattern(kind: .rest, span: span(from: start))
    case .punctuation(.dotDotEqual):
      throw Diagnostic.unsupported("half-open range patterns", at: current.span)
    case .punctuation(.ampersandAmpersand):
      splitCurrent(leaving: .ampersand)
      let inner = try parseSinglePattern()
      return Pattern(kind: .reference(mutable: false, inner), span: span(from: start))
    case .punctuation(.ampersand):
      advance()
      let mutable = eat(.mut)
      let inner = try parseSinglePattern()
      return Pattern(kind: .reference(mutable: mutable, inner), span: span(from: start))
    case .punctuation(.openParen):
      let (elements, trailingComma) = try parsePatternList()
      if elements.count == 1, !trailingComma, var inner = elements.first {
        inner.span = span(from: start)
        return inner
      }
      return Pattern(kind: .tuple(elements), span: span(from: start))
    case .byteString:
      throw Diagnostic.unsupported("byte string patterns", at: current.span)
    case .punctuation(.openBracket):
      let (elements, _) = try parsePatternList()
      return Pattern(kind: .slice(elements), span: span(from: start))
    case .keyword(.ref), .keyword(.mut):
      return try parseBindingPattern()
    case .punctuation(.minus), .integer, .float, .string, .character, .byte, .keyword(.true),
      .keyword(.false):
      let low = try parseLiteralPatternValue()
      return try parseRangePatternIfAny(low: low, start: start)
        ?? Pattern(kind: .literal(low), span: low.span)
    default:
      guard pathSegment != nil || check(.colonColon) else { throw unexpected("pattern") }
      return try parsePathPattern()
    }
  }

  /// `x`, `mut x`, `ref x`, `ref mut x`, `x @ subpattern`.
  private func parseBindingPattern() throws -> Pattern {
    let start = current.span.start
    let byReference = eat(.ref)
    let mutable = eat(.mut)
    let (name, _) = try expectIdentifier()
    var subpattern: Pattern?
    if eat(.at) {
      subpattern = try parseSinglePattern()
    }
    return Pattern(
      kind: .identifier(name: name, mutable: mutable, byReference: byReference, subpattern: subpattern),
      span: span(from: start))
  }

  /// A name, a path, a tuple-struct or struct pattern, or a range starting at a constant.
  /// A lone name starting with a capital letter (`None`, `MAX`) is taken as a path, as
  /// Rust resolves it to a variant or constant; any other lone name binds.
  private func parsePathPattern() throws -> Pattern {
    let start = current.span.start
    if case .identifier = current.kind, check(.at, at: 1) {
      return try parseBindingPattern()
    }
    var segments: [String] = []
    _ = eat(.colonColon)
    while true {
      guard let segment = pathSegment else { throw unexpected("identifier") }
      segments.append(segment)
      advance()
      guard check(.colonColon) else { break }
      advance()
    }
    if check(.openParen) {
      let (elements, _) = try parsePatternList()
      return Pattern(kind: .tupleStruct(path: segments, elements: elements), span: span(from: start))
    }
    if check(.openBrace) {
      return try parseStructPattern(path: segments, start: start)
    }
    if check(.dotDot) || check(.dotDotEqual) {
      let low = expression(.path(segments, generics: []), from: start)
      if let range = try parseRangePatternIfAny(low: low, start: start) { return range }
    }
    if segments.count == 1, let first = segments[0].unicodeScalars.first,
      !first.properties.isUppercase, segments[0] != "self"
    {
      return Pattern(
        kind: .identifier(name: segments[0], mutable: false, byReference: false, subpattern: nil),
        span: span(from: start))
    }
    return Pattern(kind: .path(segments), span: span(from: start))
  }

  private func parseStructPattern(path: [String], start: SourceLocation) throws
    -> Pattern
  {
    let close = partners[position]
    advance()
    var fields: [FieldPattern] = []
    var hasRest = false
    while position < close {
      _ = try parseOuterAttributes()
      if eat(.dotDot) {
        hasRest = true
        break
      }
      let fieldStart = current.span.start
      if check(.ref) || check(.mut) || (!check(.colon, at: 1) && pathSegment != nil) {
        let binding = try parseBindingPattern()
        guard case .identifier(let name, _, _, _) = binding.kind else { throw unexpected("identifier") }
        fields.append(FieldPattern(name: name, pattern: binding, span: span(from: fieldStart)))
      } else {
        let name: String
        switch current.kind {
        case .identifier(let identifier): name = identifier
        case .integer(let index, nil): name = String(index)
        default: throw unexpected("identifier")
        }
        advance()
        try expect(.colon)
        let pattern = try parsePattern(allowAlternatives: true)
        fields.append(FieldPattern(name: name, pattern: pattern, span: span(from: fieldStart)))
      }
      if position < close { try expect(.comma) }
    }
    guard position == close else { throw unexpected("`}`") }
    advance()
    return Pattern(kind: .structure(path: path, fields: fields, hasRest: hasRest), span: span(from: start))
  }

  /// `( … )` or `[ … ]` at the opening delimiter; whether the list ended with a comma.
  private func parsePatternList() throws -> ([Pattern], trailingComma: Bool) {
    let close = partners[position]
    advance()
    var elements: [Pattern] = []
    var trailingComma = false
    while position < close {
      elements.append(try parsePattern(allowAlternatives: true))
      trailingComma = false
      if position < close {
        try expect(.comma)
        trailingComma = true
      }
    }
    advance()
    return (elements, trailingComma)
  }

  /// `1`, `-1`, `'a'`, `"s"`, `true`, as an expression.
  private func parseLiteralPatternValue() throws -> Expr {
    let start = current.span.start
    if eat(.minus) {
      switch current.kind {
      case .integer, .float:
        let literal = expression(try literalKind(of: current), span: current.span)
        advance()
        return expression(.unary(.negate, literal), from: start)
      default:
        throw unexpected("literal")
      }
    }
    let token = advance()
    return expression(try literalKind(of: token), span: token.span)
  }

  /// `low..=high` or `low..high` when a range operator follows `low`.
  private func parseRangePatternIfAny(low: Expr, start: SourceLocation) throws
    -> Pattern?
  {
    guard check(.dotDot) || check(.dotDotEqual) || check(.dotDotDot) else { return nil }
    let rangeToken = advance()
    let inclusive = rangeToken.kind != .punctuation(.dotDot)
    let high: Expr
    switch current.kind {
    case .punctuation(.minus), .integer, .float, .character, .byte:
      high = try parseLiteralPatternValue()
    default:
      guard pathSegment != nil else {
        throw Diagnostic.unsupported("half-open range patterns", at: low.span.merged(with: rangeToken.span))
      }
      let highStart = current.span.start
      var segments: [String] = []
      while let segment = pathSegment {
        segments.append(segment)
        advance()
        guard eat(.colonColon) else { break }
      }
      high = expression(.path(segments, generics: []), from: highStart)
    }
    return Pattern(kind: .range(low: low, high: high, inclusive: inclusive), span: span(from: start))
  }
}
