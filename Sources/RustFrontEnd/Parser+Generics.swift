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
    return try parseTypeParameterList(whole: whole)
  }

  /// `<'a, T: Display>` on a function: the lifetimes, which come first, then the types.
  func parseLifetimeAndTypeParameters() throws -> (lifetimes: [LifetimeName], types: [GenericParameter]) {
    guard check(.less), case .lifetime = kind(at: 1) else { return ([], try parseGenericParameters()) }
    let whole = angleBracketSpan()
    advance()
    var lifetimes: [LifetimeName] = []
    while case .lifetime(let name) = current.kind {
      lifetimes.append(LifetimeName(name: name, span: current.span))
      advance()
      if check(.colon) { throw Diagnostic.unsupported("lifetime bounds", at: current.span) }
      if eatClosingAngle() { return (lifetimes, []) }
      guard eat(.comma) else { throw unexpected("`,` or `>`") }
    }
    if eatClosingAngle() { return (lifetimes, []) }
    return (lifetimes, try parseTypeParameterList(whole: whole))
  }

  /// The type parameters of a list whose `<` (and any lifetimes) are behind, through its `>`.
  private func parseTypeParameterList(whole: SourceSpan) throws -> [GenericParameter] {
    var parameters: [GenericParameter] = []
    while !eatClosingAngle() {
      if check(.const) || isLifetime() {
        throw Diagnostic.unsupported("generic parameters other than types", at: whole)
      }
      let (name, span) = try expectIdentifier()
      var bounds: [(String, SourceSpan)] = []
      var closureBound: ClosureBound?
      var arguments: [String: BoundArguments] = [:]
      if eat(.colon) { (bounds, closureBound) = try parseBounds(arguments: &arguments) }
      let allowsUnsized = bounds.contains { $0.0 == Self.maybeUnsized }
      bounds.removeAll { $0.0 == Self.maybeUnsized }
      if check(.equal) { throw Diagnostic.unsupported("default generic parameters", at: current.span) }
      parameters.append(
        GenericParameter(
          name: name, bounds: bounds.map(\.0), span: span, boundSpans: bounds.map(\.1),
          closureBound: closureBound, boundArguments: arguments, allowsUnsized: allowsUnsized))
      if !eat(.comma) {
        guard eatClosingAngle() else { throw unexpected("`>`") }
        break
      }
    }
    return parameters
  }

  /// `where T: A + B, U: C`: the bounds join the parameters' own.
  /// True when the clause holds `Self: Sized`.
  @discardableResult
  func parseWhereClause(into parameters: inout [GenericParameter]) throws -> Bool {
    guard check(.where) else { return false }
    var requiresSizedSelf = false
    let whereSpan = advance().span
    while !check(.openBrace), !check(.semicolon) {
      if isLifetime() { throw Diagnostic.unsupported("lifetime bounds", at: current.span) }
      // `where Self: Sized` on a trait's function: every type the subset has is sized.
      if check(.selfType), check(.colon, at: 1), kind(at: 2) == .identifier("Sized") {
        position += 3
        requiresSizedSelf = true
        if check(.plus), case .lifetime = kind(at: 1) {
          // `Self: Sized + 'static`: the method could not be called on a type that borrows.
          throw Diagnostic.unsupported("lifetime bounds on `Self`", at: tokens[position + 1].span)
        }
        if !eat(.comma) { break }
        continue
      }
      let (name, _) = try expectIdentifier()
      if let index = parameters.firstIndex(where: { $0.name == name }), check(.colonColon),
        case .identifier(let associated) = kind(at: 1), check(.colon, at: 2)
      {
        // `C::Item: Display`: a bound on an associated type of the parameter.
        advance()
        let nameSpan = advance().span
        advance()
        let (bounds, closureBound) = try parseBounds()
        if let closureBound {
          throw Diagnostic.unsupported("closure bounds on associated types", at: closureBound.span)
        }
        parameters[index].associatedBounds.append(
          AssociatedTypeBound(
            name: associated, nameSpan: nameSpan, bounds: bounds.map(\.0), boundSpans: bounds.map(\.1)))
        if !eat(.comma) { break }
        continue
      }
      guard let index = parameters.firstIndex(where: { $0.name == name }), check(.colon) else {
        throw Diagnostic.unsupported("where clauses", at: whereSpan)
      }
      try expect(.colon)
      var (bounds, closureBound) = try parseBounds(arguments: &parameters[index].boundArguments)
      if bounds.contains(where: { $0.0 == Self.maybeUnsized }) { parameters[index].allowsUnsized = true }
      bounds.removeAll { $0.0 == Self.maybeUnsized }
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
    return requiresSizedSelf
  }

  /// `impl A + B` in a parameter's type, or `impl Fn(…) -> …` as a function's return type;
  /// refused anywhere else (a `let`, another return type).
  func parseImplTraitParameter() throws -> TypeExpr {
    let start = current.span.start
    let isWholeReturnType = parsingReturnType && returnTypePosition == position
    let implSpan = advance().span
    guard anonymousGenerics != nil else {
      if isWholeReturnType, startsIteratorReturnBound() {
        return try parseIteratorReturnBound(start: start, implSpan: implSpan)
      }
      let boundsStart = position
      let parsed = try? parseBounds()
      if parsingReturnType, let parsed, parsed.bounds.count == 1, let closure = parsed.closure {
        returnClosureBound = closure
        return TypeExpr(
          kind: .path(path: ["impl " + parsed.bounds[0].0], generics: []), span: span(from: start))
      }
      if isWholeReturnType, let parsed, parsed.closure == nil, !parsed.bounds.isEmpty {
        let name = "impl " + parsed.bounds.map(\.0).joined(separator: " + ")
        let whole = span(from: start)
        returnImplTrait = GenericParameter(
          name: name, bounds: parsed.bounds.map(\.0), span: whole, boundSpans: parsed.bounds.map(\.1))
        return TypeExpr(kind: .path(path: [name], generics: []), span: whole)
      }
      // Past the bounds (`Fn(i32) -> i32` too), so that recovery skips the body that follows
      // as a whole instead of reporting a made-up parse error inside the type.
      position = boundsStart
      skipBoundsTokens()
      throw Diagnostic.unsupported("`impl Trait` types outside parameters", at: implSpan)
    }
    var arguments: [String: BoundArguments] = [:]
    let (parsed, closureBound) = try parseBounds(arguments: &arguments)
    if let unsized = parsed.first(where: { $0.0 == Self.maybeUnsized }) {
      throw Diagnostic.unsupported("`?Sized` on an `impl Trait` parameter", at: unsized.1)
    }
    let bounds = parsed.map(\.0)
    let span = span(from: start)
    // Each `impl Trait` is its own parameter; invisible marks keep two alike apart.
    let earlier = anonymousGenerics?.count ?? 0
    let name = "impl " + bounds.joined(separator: " + ") + String(repeating: "\u{200B}", count: earlier)
    anonymousGenerics?.append(
      GenericParameter(
        name: name, bounds: bounds, span: span, boundSpans: parsed.map(\.1), closureBound: closureBound,
        boundArguments: arguments))
    return TypeExpr(kind: .path(path: [name], generics: []), span: span)
  }

  /// `?Sized` among a parameter's bounds while they are parsed; never a trait's path.
  static let maybeUnsized = "?Sized"
  /// `'static` among a function's parameter's bounds.
  static let staticBound = "'static"

  /// `A + B + std::fmt::Display`: the traits' paths as written, and a closure trait's
  /// signature (`Fn(i32) -> i32`) apart. Generic traits, lifetimes and `?Sized` are refused.
  func parseBounds() throws -> (bounds: [(String, SourceSpan)], closure: ClosureBound?) {
    var arguments: [String: BoundArguments] = [:]
    return try parseBounds(arguments: &arguments, acceptsArguments: false)
  }

  /// The bounds of a generic parameter, whose traits may take arguments (`Add<Output = T>`,
  /// `Into<f64>`): those are kept in `arguments` by the trait's path as written.
  func parseBounds(arguments: inout [String: BoundArguments], acceptsArguments: Bool = true) throws
    -> (bounds: [(String, SourceSpan)], closure: ClosureBound?)
  {
    var bounds: [(String, SourceSpan)] = []
    var closure: ClosureBound?
    repeat {
      if check(.question), case .identifier("Sized") = kind(at: 1), acceptsArguments {
        // `?Sized`: the parameter may stand for `dyn Trait` or `str` behind a reference.
        let start = advance().span.start
        advance()
        bounds.append((Self.maybeUnsized, span(from: start)))
        continue
      }
      if acceptsArguments, acceptsStaticBounds, case .lifetime("static") = current.kind {
        bounds.append((Self.staticBound, advance().span))
        continue
      }
      if isLifetime() || check(.question) {
        throw Diagnostic.unsupported("bounds like `?Sized` and lifetimes", at: current.span)
      }
      let start = current.span.start
      var name = try expectIdentifier().name
      while eat(.colonColon) { name += "::" + (try expectIdentifier().name) }
      if check(.openParen), let kind = ClosureBound.Kind(rawValue: name), closure == nil {
        closure = try parseClosureSignature(kind, start: start)
      } else if acceptsArguments, check(.less), arguments[name] == nil,
        !["Fn", "FnMut", "FnOnce"].contains(name)
      {
        arguments[name] = try parseBoundArguments(start: start)
      } else if check(.less) || check(.openParen) {
        let what =
          ["Fn", "FnMut", "FnOnce"].contains(name) ? "two closure trait bounds" : "generic trait bounds"
        throw Diagnostic.unsupported(what, at: span(from: start))
      }
      bounds.append((name, span(from: start)))
    } while eat(.plus)
    return (bounds, closure)
  }

  /// `<Output = T>`, `<f64>`, `<Item = &'a i32>` after a bound's trait, at the `<`.
  private func parseBoundArguments(start: SourceLocation) throws -> BoundArguments {
    advance()
    var result = BoundArguments(span: current.span)
    while !eatClosingAngle() {
      if case .identifier(let name) = current.kind, check(.equal, at: 1) {
        position += 2
        result.associated.append(AssociatedBinding(name: name, type: try parseType()))
      } else {
        result.types.append(try parseType())
      }
      if eatClosingAngle() { break }
      guard eat(.comma) else { throw unexpected("`,` or `>`") }
    }
    result.span = span(from: start)
    return result
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
