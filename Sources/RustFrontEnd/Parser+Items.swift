/// Items: functions, structs, enums, impl blocks, `use`, `const` and `static`, attributes.
extension Parser {
  /// Nil for an item skipped without a diagnostic of its own (see `parseImpl`).
  package func parseItem() throws -> Item? {
    let attributes = try parseOuterAttributes()
    return try parseItem(attributes: attributes)
  }

  package func parseItem(attributes: [Attribute]) throws -> Item? {
    let start = attributes.first?.span.start ?? current.span.start
    // rustc places a type's own errors (E0072) at the item, not at its attributes.
    let declarationStart = current.span.start
    let visibility = try skipVisibility()
    let item = try parseItemAfterVisibility(
      attributes: attributes, start: start, declarationStart: declarationStart)
    lastItemVisibility = visibility
    return item
  }

  private func parseItemAfterVisibility(
    attributes: [Attribute], start: SourceLocation, declarationStart: SourceLocation
  ) throws -> Item? {
    switch current.kind {
    case .keyword(.fn):
      return .function(try parseFunction(attributes: attributes, start: start))
    case .keyword(.const) where check(.fn, at: 1):
      advance()
      return .function(try parseFunction(attributes: attributes, start: start))
    case .keyword(.const), .keyword(.static):
      return .global(try parseGlobal(start: start))
    case .keyword(.struct):
      return .structure(try parseStruct(attributes: attributes, start: declarationStart))
    case .keyword(.enum):
      return .enumeration(try parseEnum(attributes: attributes, start: declarationStart))
    case .keyword(.impl):
      return try parseImpl(start: start).map(Item.implementation)
    case .keyword(.use):
      return .use(try parseUse(start: start))
    case .keyword(.trait):
      return .trait(try parseTrait(start: start))
    case .keyword(.mod):
      let module = try parseModule(start: start)
      // `#[cfg(test)] mod tests { … }` is not part of the program rustc builds.
      let testsOnly = attributes.contains { $0.name == "cfg" && $0.arguments == ["test"] }
      return testsOnly ? nil : .module(module)
    case .keyword(.type):
      return .typeAlias(try parseTypeAlias(start: start))
    default:
      throw refusedItem() ?? unexpected("item")
    }
  }

  /// The refusal for an item outside the subset at the current token, if it is one.
  package func refusedItem() -> Diagnostic? {
    let span = current.span
    switch current.kind {
    case .keyword(.unsafe):
      return .unsupported(check(.fn, at: 1) ? "unsafe functions" : "unsafe items", at: span)
    case .keyword(.async): return .unsupported("async functions", at: span)
    case .keyword(.extern): return .unsupported("extern items", at: span)
    case .keyword(.trait): return .unsupported("trait declarations", at: span)
    case .identifier("union"):
      guard case .identifier = kind(at: 1) else { return nil }
      return .unsupported("unions", at: span)
    case .identifier("macro_rules") where check(.bang, at: 1):
      return .unsupported("`macro_rules!` macros", at: span.merged(with: tokens[position + 1].span))
    default: return nil
    }
  }

  // MARK: - Attributes and visibility

  package func parseOuterAttributes() throws -> [Attribute] {
    var attributes: [Attribute] = []
    while check(.pound) {
      if check(.bang, at: 1) {
        skipInnerAttributes()
        continue
      }
      attributes.append(try parseAttribute())
    }
    return attributes
  }

  /// `#![allow(…)]` says nothing memtutor needs.
  package func skipInnerAttributes() {
    while check(.pound), check(.bang, at: 1), check(.openBracket, at: 2) {
      position = partners[position + 2] + 1
    }
  }

  private func parseAttribute() throws -> Attribute {
    let start = advance().span.start
    guard check(.openBracket) else { throw unexpected("`[`") }
    let close = partners[position]
    advance()
    var name = ""
    while position < close, !check(.openParen), !check(.equal) {
      name += text(of: advance())
    }
    var arguments: [String] = []
    if check(.openParen) {
      let argumentsClose = partners[position]
      advance()
      var first = position
      while position <= argumentsClose {
        if position == argumentsClose || check(.comma) {
          if position > first {
            arguments.append(sourceText(fromToken: first, toToken: position - 1))
          }
          first = position + 1
        }
        if case .punctuation(.openParen) = current.kind {
          position = partners[position]
        } else if case .punctuation(.openBracket) = current.kind {
          position = partners[position]
        }
        position += 1
      }
    }
    position = close + 1
    return Attribute(name: name, arguments: arguments, span: span(from: start))
  }

  private func sourceText(fromToken first: Int, toToken last: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[tokens[first].start..<tokens[last].end])
    return String(view)
  }

  // MARK: - Functions

  /// `allowsMissingBody` for a trait's required method (`fn f(&self);`), given an empty body.
  func parseFunction(attributes: [Attribute], start: SourceLocation, allowsMissingBody: Bool = false) throws
    -> FunctionDecl
  {
    try expect(.fn)
    let (name, nameSpan) = try expectIdentifier()
    // `<'a, 'b>`, `<T: Bound>` (a function's bounds may name `'static`) or `<'a, T>`.
    acceptsStaticBounds = true
    let parameterList = try parseLifetimeAndTypeParameters()
    acceptsStaticBounds = false
    let lifetimes = parameterList.lifetimes
    var generics = parameterList.types
    guard check(.openParen) else { throw unexpected("`(`") }
    let close = partners[position]
    advance()
    var selfParameter: FunctionDecl.SelfParameter?
    var parameters: [Parameter] = []
    selfLifetime = nil
    if let parsed = try parseSelfParameter() {
      selfParameter = parsed
      if position < close { try expect(.comma) }
    }
    anonymousGenerics = []
    defer { anonymousGenerics = nil }
    while position < close {
      let parameterStart = current.span.start
      _ = try parseOuterAttributes()
      let pattern = try parsePattern(allowAlternatives: false)
      try expect(.colon)
      let type = try parseType()
      parameters.append(Parameter(pattern: pattern, type: type, span: span(from: parameterStart)))
      if position < close { try expect(.comma) }
    }
    advance()
    generics += anonymousGenerics ?? []
    anonymousGenerics = nil
    var returnType: TypeExpr?
    returnClosureBound = nil
    returnImplTrait = nil
    if eat(.arrow) {
      parsingReturnType = true
      returnTypePosition = position
      defer {
        parsingReturnType = false
        returnTypePosition = nil
      }
      returnType = try parseType()
    }
    let returnBound = returnClosureBound
    returnClosureBound = nil
    let returnImpl = returnImplTrait
    returnImplTrait = nil
    acceptsStaticBounds = true
    let requiresSizedSelf = try parseWhereClause(into: &generics)
    acceptsStaticBounds = false
    let body: Block
    if allowsMissingBody, check(.semicolon) {
      body = Block(statements: [], tail: nil, span: advance().span)
    } else {
      body = try parseBlock()
    }
    var function = FunctionDecl(
      name: name, nameSpan: nameSpan, selfParameter: selfParameter, parameters: parameters,
      returnType: returnType, body: body, attributes: attributes, span: span(from: start),
      lifetimeParameters: lifetimes, generics: generics, returnClosureBound: returnBound,
      returnImplTrait: returnImpl)
    function.requiresSizedSelf = requiresSizedSelf
    function.selfLifetime = selfLifetime
    selfLifetime = nil
    return function
  }

  private func parseSelfParameter() throws -> FunctionDecl.SelfParameter? {
    if check(.self), !check(.colonColon, at: 1) {
      advance()
      return try parseSelfType(default: .value)
    }
    if check(.mut), check(.self, at: 1) {
      position += 2
      return try parseSelfType(default: .mutableValue)
    }
    guard check(.ampersand) else { return nil }
    if case .lifetime(let name) = kind(at: 1),
      check(.self, at: 2) || (check(.mut, at: 2) && check(.self, at: 3))
    {
      if name != "_" { selfLifetime = LifetimeName(name: name, span: tokens[position + 1].span) }
      let mutable = check(.mut, at: 2)
      position += mutable ? 4 : 3
      return mutable ? .mutableReference : .reference
    }
    if check(.self, at: 1) {
      position += 2
      return .reference
    }
    if check(.mut, at: 1), check(.self, at: 2) {
      position += 3
      return .mutableReference
    }
    return nil
  }

  /// `self: Self`, `self: &Self`, `self: &mut Self`, `self: Box<Self>`.
  private func parseSelfType(default kind: FunctionDecl.SelfParameter) throws
    -> FunctionDecl.SelfParameter
  {
    guard eat(.colon) else { return kind }
    let type = try parseType()
    switch type.kind {
    case .path(["Self"], let generics) where generics.isEmpty:
      return kind
    case .reference(let mutable, let lifetime, let referent) where referent.name == "Self":
      if let lifetime, lifetime != "_" {
        let start = SourceLocation(line: type.span.start.line, column: type.span.start.column + 1)
        let end = SourceLocation(line: start.line, column: start.column + 1 + lifetime.count)
        selfLifetime = LifetimeName(name: lifetime, span: SourceSpan(start: start, end: end))
      }
      return mutable ? .mutableReference : .reference
    case .path(["Box"], let generics) where generics.count == 1 && Self.isPlainSelf(generics[0]):
      // `self: Box<Self>` takes the box by value, as `self` takes the value.
      return kind == .mutableValue ? .mutableBoxed : .boxed
    default:
      throw Diagnostic.unsupported("`self` parameters of this type", at: type.span)
    }
  }

  private static func isPlainSelf(_ type: TypeExpr) -> Bool {
    if case .path(["Self"], let generics) = type.kind { return generics.isEmpty }
    return false
  }

  package func refuseGenericParameters() throws {
    guard check(.less) else { return }
    if case .lifetime = kind(at: 1) {
      throw Diagnostic.unsupported("lifetime annotations", at: tokens[position + 1].span)
    }
    throw Diagnostic.unsupported("generic parameters", at: angleBracketSpan())
  }

  package func refuseWhereClause() throws {
    guard check(.where) else { return }
    throw Diagnostic.unsupported("where clauses", at: current.span)
  }

  /// The span of `<…>` starting at the current `<`, for refusing it whole.
  package func angleBracketSpan() -> SourceSpan {
    var depth = 0
    var index = position
    while index < tokens.count - 1 {
      switch tokens[index].kind {
      case .punctuation(.less): depth += 1
      case .punctuation(.shiftLeft): depth += 2
      case .punctuation(.greater): depth -= 1
      case .punctuation(.shiftRight): depth -= 2
      case .punctuation(.openBrace), .punctuation(.semicolon): depth = 0
      case .punctuation(.openParen), .punctuation(.openBracket): index = partners[index]
      default: break
      }
      if depth <= 0 { break }
      index += 1
    }
    return current.span.merged(with: tokens[min(index, tokens.count - 1)].span)
  }

  // MARK: - use, const, static

  private func parseUse(start: SourceLocation) throws -> UseDecl {
    advance()
    var decl = UseDecl(paths: [], span: current.span)
    try parseUseTree(prefix: [], into: &decl)
    try expect(.semicolon)
    decl.span = span(from: start)
    return decl
  }

  private func parseUseTree(prefix: [String], into decl: inout UseDecl) throws {
    try enterNesting()
    defer { nesting -= 1 }
    var path = prefix
    _ = eat(.colonColon)
    while true {
      if check(.openBrace) {
        let close = partners[position]
        advance()
        while position < close {
          if check(.self), check(.comma, at: 1) || position + 1 == close {
            advance()
            decl.paths.append(path)
          } else {
            try parseUseTree(prefix: path, into: &decl)
          }
          if position < close { try expect(.comma) }
        }
        advance()
        return
      }
      if check(.star) {
        // The checker resolves `Enum::*` and refuses other globs.
        advance()
        decl.paths.append(path + ["*"])
        return
      }
      switch current.kind {
      case .identifier(let name): path.append(name)
      case .keyword(.crate), .keyword(.super), .keyword(.self), .keyword(.selfType):
        path.append(text(of: current))
      default: throw unexpected("identifier")
      }
      advance()
      if !eat(.colonColon) { break }
    }
    if eat(.as) {
      // `use std::fmt::Result as FmtResult;`: the item known by another name here.
      guard path.last != "self", path.last != "*", case .identifier(let alias) = current.kind else {
        throw Diagnostic.unsupported("renamed imports of this kind", at: current.span)
      }
      advance()
      decl.renames[path] = alias
    }
    decl.paths.append(path)
  }

  func parseGlobal(start: SourceLocation) throws -> GlobalDecl {
    var kind = GlobalDecl.Kind.constant
    if advance().kind == .keyword(.static) {
      kind = eat(.mut) ? .mutableStatic : .staticItem
    }
    let name: String
    if eat(.underscore) {
      name = "_"
    } else {
      name = try expectIdentifier().name
    }
    try expect(.colon)
    let type = try parseType()
    try expect(.equal)
    let value = try parseExpression()
    try expect(.semicolon)
    return GlobalDecl(kind: kind, name: name, type: type, value: value, span: span(from: start))
  }
}
