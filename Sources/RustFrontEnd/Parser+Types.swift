/// Types: paths with generic arguments, references, arrays, slices, tuples.
extension Parser {
  package func parseType() throws -> TypeExpr {
    try enterNesting()
    defer { nesting -= 1 }
    let start = current.span.start
    switch current.kind {
    case .punctuation(.ampersandAmpersand):
      splitCurrent(leaving: .ampersand)
      let inner = try parseType()
      return TypeExpr(
        kind: .reference(mutable: false, lifetime: nil, referent: inner), span: span(from: start))
    case .punctuation(.ampersand):
      advance()
      let lifetime = parseReferenceLifetime()
      let mutable = eat(.mut)
      let referent = try parseType()
      return TypeExpr(
        kind: .reference(mutable: mutable, lifetime: lifetime, referent: referent), span: span(from: start))
    case .punctuation(.star):
      throw Diagnostic.unsupported("raw pointers", at: current.span.merged(with: tokens[position + 1].span))
    case .punctuation(.openParen):
      return try parseTupleType()
    case .punctuation(.openBracket):
      return try parseArrayType()
    case .punctuation(.underscore):
      advance()
      return TypeExpr(kind: .inferred, span: span(from: start))
    case .punctuation(.bang):
      advance()
      return TypeExpr(kind: .never, span: span(from: start))
    case .keyword(.dyn):
      return try parseTraitObjectType()
    case .keyword(.impl):
      return try parseImplTraitParameter()
    case .keyword(.fn) where check(.openParen, at: 1):
      return try parseFunctionPointerType()
    case .keyword(.fn), .keyword(.unsafe), .keyword(.extern):
      throw Diagnostic.unsupported("function pointer types", at: current.span)
    case .punctuation(.less):
      throw Diagnostic.unsupported("qualified paths", at: current.span)
    case .lifetime:
      throw Diagnostic.unsupported("lifetime annotations", at: current.span)
    default:
      guard pathSegment != nil || check(.colonColon) else { throw unexpected("type") }
      return try parseTypePath()
    }
  }

  /// `fn(i32, i32) -> i32`: a path type named `fn` whose generic arguments are the parameter
  /// types and then the result type (`()` when there is no `->`), as `dyn Fn(…)` is written.
  private func parseFunctionPointerType() throws -> TypeExpr {
    let start = current.span.start
    advance()
    let close = partners[position]
    advance()
    var parameters: [TypeExpr] = []
    while position < close {
      // `fn(x: i32)`: a parameter may be named; the name is not part of the type.
      if case .identifier = current.kind, check(.colon, at: 1) {
        advance()
        advance()
      }
      parameters.append(try parseType())
      if position < close { try expect(.comma) }
    }
    advance()
    var result = TypeExpr(kind: .tuple([]), span: span(from: start))
    if eat(.arrow) { result = try parseType() }
    return TypeExpr(kind: .path(path: ["fn"], generics: parameters + [result]), span: span(from: start))
  }

  /// `dyn Shape`: a path type named `dyn Shape`; closure traits and several bounds are refused.
  /// The auto traits `Send` and `Sync` may follow (`dyn Shape + Send`): they are kept in the
  /// name, in rustc's order (`Send` before `Sync`), so `dyn Shape + Send` is a type of its own.
  private func parseTraitObjectType() throws -> TypeExpr {
    let start = current.span.start
    let dynSpan = advance().span
    let (written, closure) = try parseBounds()
    let autoTraits = Self.autoTraitNames.filter { auto in written.contains { $0.0 == auto } }
    let bounds = written.filter { !Self.autoTraitNames.contains($0.0) }
    let suffix = autoTraits.map { " + " + $0 }.joined()
    if let closure, bounds.count == 1 {
      // `dyn Fn(i32) -> i32`: the argument types and then the return type as generic arguments.
      let result = closure.returnType ?? TypeExpr(kind: .tuple([]), span: closure.span)
      return TypeExpr(
        kind: .path(path: ["dyn " + closure.kind.rawValue + suffix], generics: closure.parameters + [result]),
        span: span(from: start))
    }
    guard closure == nil, bounds.count == 1, let name = bounds.first?.0.split(separator: ":").last else {
      throw Diagnostic.unsupported("trait objects of several traits", at: dynSpan)
    }
    return TypeExpr(kind: .path(path: ["dyn " + name + suffix], generics: []), span: span(from: start))
  }

  /// The auto traits a trait object may add to its trait, in the order rustc writes them.
  package static let autoTraitNames = ["Send", "Sync"]

  private func parseTypePath() throws -> TypeExpr {
    let start = current.span.start
    var segments: [String] = []
    var generics: [TypeExpr] = []
    var lifetimes: [LifetimeName] = []
    _ = eat(.colonColon)
    while true {
      guard let segment = pathSegment else { throw unexpected("identifier") }
      segments.append(segment)
      advance()
      if check(.colonColon), check(.less, at: 1) { advance() }
      if check(.less) {
        let arguments = try parseGenericArgumentsWithLifetimes()
        generics += arguments.types
        lifetimes += arguments.lifetimes
      }
      guard check(.colonColon) else { break }
      advance()
    }
    return TypeExpr(
      kind: .path(path: segments, generics: generics), span: span(from: start), lifetimes: lifetimes)
  }

  /// `<A, B>` at the `<`, in types and turbofish alike.
  package func parseGenericArguments() throws -> [TypeExpr] {
    try expect(.less)
    var arguments: [TypeExpr] = []
    while !eatClosingAngle() {
      if case .lifetime = current.kind {
        throw Diagnostic.unsupported("lifetime annotations", at: current.span)
      }
      arguments.append(try parseType())
      if eatClosingAngle() { break }
      guard eat(.comma) else { throw unexpected("`,` or `>`") }
    }
    return arguments
  }

  /// `()`, `(T)`, `(T,)`, `(A, B)`.
  private func parseTupleType() throws -> TypeExpr {
    let start = current.span.start
    let close = partners[position]
    advance()
    var elements: [TypeExpr] = []
    var trailingComma = false
    while position < close {
      elements.append(try parseType())
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
    return TypeExpr(kind: .tuple(elements), span: span(from: start))
  }

  /// `[T; N]` or `[T]`.
  private func parseArrayType() throws -> TypeExpr {
    let start = current.span.start
    let close = partners[position]
    advance()
    let element = try parseType()
    if eat(.semicolon) {
      let length = try withStructLiterals(true) { parser throws in try parser.parseExpression() }
      guard position == close else { throw unexpected("`]`") }
      advance()
      return TypeExpr(kind: .array(element: element, length: length), span: span(from: start))
    }
    guard position == close else { throw unexpected("`;` or `]`") }
    advance()
    return TypeExpr(kind: .slice(element: element), span: span(from: start))
  }
}
