/// Generic parameters of functions: `<T: PartialOrd + Copy>`, `where T: Display`, and
/// `impl Trait` in a parameter's type (an anonymous generic parameter, as rustc treats it).
extension Parser {
  func parseGenericParameters() throws -> [GenericParameter] {
    guard check(.less) else { return [] }
    if case .lifetime = kind(at: 1) {
      throw Diagnostic.unsupported("lifetime annotations", at: tokens[position + 1].span)
    }
    let whole = angleBracketSpan()
    advance()
    var parameters: [GenericParameter] = []
    while !eatClosingAngle() {
      if check(.const) || isLifetime() {
        throw Diagnostic.unsupported("generic parameters other than types", at: whole)
      }
      let (name, span) = try expectIdentifier()
      var bounds: [(String, SourceSpan)] = []
      var closureBound: ClosureBound?
      if eat(.colon) { (bounds, closureBound) = try parseBounds() }
      if check(.equal) { throw Diagnostic.unsupported("default generic parameters", at: current.span) }
      parameters.append(
        GenericParameter(
          name: name, bounds: bounds.map(\.0), span: span, boundSpans: bounds.map(\.1),
          closureBound: closureBound))
      if !eat(.comma) {
        guard eatClosingAngle() else { throw unexpected("`>`") }
        break
      }
    }
    return parameters
  }

  /// `where T: A + B, U: C`: the bounds join the parameters' own.
  func parseWhereClause(into parameters: inout [GenericParameter]) throws {
    guard check(.where) else { return }
    let whereSpan = advance().span
    while !check(.openBrace), !check(.semicolon) {
      let (name, _) = try expectIdentifier()
      guard let index = parameters.firstIndex(where: { $0.name == name }), check(.colon) else {
        throw Diagnostic.unsupported("where clauses", at: whereSpan)
      }
      try expect(.colon)
      let (bounds, closureBound) = try parseBounds()
      parameters[index].bounds += bounds.map(\.0)
      parameters[index].boundSpans += bounds.map(\.1)
      if let closureBound {
        if parameters[index].closureBound != nil {
          throw Diagnostic.unsupported("two closure trait bounds on one parameter", at: closureBound.span)
        }
        parameters[index].closureBound = closureBound
      }
      if !eat(.comma) { break }
    }
  }

  /// `impl A + B` in a parameter's type, or `impl Fn(…) -> …` as a function's return type;
  /// refused anywhere else (a `let`, another return type).
  func parseImplTraitParameter() throws -> TypeExpr {
    let start = current.span.start
    let implSpan = advance().span
    guard anonymousGenerics != nil else {
      let boundsStart = position
      let parsed = try? parseBounds()
      if parsingReturnType, let parsed, parsed.bounds.count == 1, let closure = parsed.closure {
        returnClosureBound = closure
        return TypeExpr(
          kind: .path(path: ["impl " + parsed.bounds[0].0], generics: []), span: span(from: start))
      }
      // Past the bounds (`Fn(i32) -> i32` too), so that recovery skips the body that follows
      // as a whole instead of reporting a made-up parse error inside the type.
      position = boundsStart
      skipBoundsTokens()
      throw Diagnostic.unsupported("`impl Trait` types outside parameters", at: implSpan)
    }
    let (parsed, closureBound) = try parseBounds()
    let bounds = parsed.map(\.0)
    let span = span(from: start)
    // Each `impl Trait` is its own parameter; invisible marks keep two alike apart.
    let earlier = anonymousGenerics?.count ?? 0
    let name = "impl " + bounds.joined(separator: " + ") + String(repeating: "\u{200B}", count: earlier)
    anonymousGenerics?.append(
      GenericParameter(
        name: name, bounds: bounds, span: span, boundSpans: parsed.map(\.1), closureBound: closureBound))
    return TypeExpr(kind: .path(path: [name], generics: []), span: span)
  }

  /// `A + B + std::fmt::Display`: the traits' paths as written, and a closure trait's
  /// signature (`Fn(i32) -> i32`) apart. Generic traits, lifetimes and `?Sized` are refused.
  func parseBounds() throws -> (bounds: [(String, SourceSpan)], closure: ClosureBound?) {
    var bounds: [(String, SourceSpan)] = []
    var closure: ClosureBound?
    repeat {
      if isLifetime() || check(.question) {
        throw Diagnostic.unsupported("bounds like `?Sized` and lifetimes", at: current.span)
      }
      let start = current.span.start
      var name = try expectIdentifier().name
      while eat(.colonColon) { name += "::" + (try expectIdentifier().name) }
      if check(.openParen), let kind = ClosureBound.Kind(rawValue: name), closure == nil {
        closure = try parseClosureSignature(kind, start: start)
      } else if check(.less) || check(.openParen) {
        let what =
          ["Fn", "FnMut", "FnOnce"].contains(name) ? "two closure trait bounds" : "generic trait bounds"
        throw Diagnostic.unsupported(what, at: span(from: start))
      }
      bounds.append((name, span(from: start)))
    } while eat(.plus)
    return (bounds, closure)
  }

  /// `(i32, &str) -> bool` after `Fn`, `FnMut` or `FnOnce`.
  private func parseClosureSignature(_ kind: ClosureBound.Kind, start: SourceLocation) throws -> ClosureBound
  {
    let close = partners[position]
    advance()
    var parameters: [TypeExpr] = []
    while position < close {
      parameters.append(try parseType())
      if position < close { try expect(.comma) }
    }
    advance()
    var returnType: TypeExpr?
    if eat(.arrow) { returnType = try parseType() }
    return ClosureBound(kind: kind, parameters: parameters, returnType: returnType, span: span(from: start))
  }

  /// Moves past the tokens of a refused type's bounds: up to the `{`, `;`, `=`, `,`, `where`
  /// or closing bracket that ends them, nested brackets included.
  private func skipBoundsTokens() {
    var depth = 0
    while !atEnd {
      if depth == 0,
        check(.openBrace) || check(.semicolon) || check(.equal) || check(.comma) || check(.where)
          || check(.closeParen) || check(.closeBracket) || check(.greater) || check(.shiftRight)
      {
        return
      }
      if check(.openParen) || check(.openBracket) || check(.less) {
        depth += 1
      } else if check(.closeParen) || check(.closeBracket) || check(.greater) {
        depth -= 1
      } else if check(.shiftRight) {
        depth = max(0, depth - 2)
      } else if check(.openBrace) || check(.semicolon) {
        return
      }
      advance()
    }
  }

  private func isLifetime() -> Bool {
    if case .lifetime = current.kind { return true }
    return false
  }
}
