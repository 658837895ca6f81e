/// Trait declarations: required methods (`fn f(&self);`) and provided ones (with a body).
extension Parser {
  func parseTrait(start: SourceLocation) throws -> TraitDecl {
    try expect(.trait)
    let (name, nameSpan) = try expectIdentifier()
    try refuseGenericParameters()
    if check(.colon) {
      throw Diagnostic.unsupported("supertraits", at: current.span)
    }
    try refuseWhereClause()
    guard check(.openBrace) else { throw unexpected("`{`") }
    let close = partners[position]
    advance()
    var methods: [FunctionDecl] = []
    var provided: Set<String> = []
    var constants: [TraitConstant] = []
    var associatedTypes: [TraitAssociatedType] = []
    while position < close {
      let itemStart = position
      let reportedBefore = diagnostics.count
      do {
        if check(.const), !check(.fn, at: 1) {
          constants.append(try parseTraitConstant())
        } else if check(.type) {
          associatedTypes.append(try parseTraitAssociatedType())
        } else if let (method, hasBody) = try parseTraitItem() {
          methods.append(method)
          if hasBody { provided.insert(method.name) }
        }
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: itemStart, failedAt: position, insideBlock: false)
      }
    }
    position = close + 1
    return TraitDecl(
      name: name, nameSpan: nameSpan, methods: methods, provided: provided, span: span(from: start),
      constants: constants, associatedTypes: associatedTypes)
  }

  /// `type Item;` or `type Food: Display + Clone;` inside a trait; defaults are refused.
  private func parseTraitAssociatedType() throws -> TraitAssociatedType {
    let start = current.span.start
    advance()
    let (name, nameSpan) = try expectIdentifier()
    if check(.less) { throw Diagnostic.unsupported("generic associated types", at: angleBracketSpan()) }
    var bounds: [(String, SourceSpan)] = []
    if eat(.colon) {
      let parsed = try parseBounds()
      if let closure = parsed.closure {
        throw Diagnostic.unsupported("closure bounds on associated types", at: closure.span)
      }
      bounds = parsed.bounds
      if let unsized = bounds.first(where: { $0.0 == Self.maybeUnsized }) {
        throw Diagnostic.unsupported("`?Sized` associated types", at: unsized.1)
      }
    }
    if check(.equal) { throw Diagnostic.unsupported("associated type defaults", at: current.span) }
    if check(.where) { throw Diagnostic.unsupported("where clauses", at: current.span) }
    try expect(.semicolon)
    return TraitAssociatedType(
      name: name, nameSpan: nameSpan, span: span(from: start), bounds: bounds.map(\.0),
      boundSpans: bounds.map(\.1))
  }

  /// `const SIDES: u32;` or `const NAME: &'static str = "shape";` inside a trait.
  private func parseTraitConstant() throws -> TraitConstant {
    let start = current.span.start
    advance()
    let (name, nameSpan) = try expectIdentifier()
    try expect(.colon)
    let type = try parseType()
    var value: Expr?
    if eat(.equal) { value = try parseExpression() }
    try expect(.semicolon)
    return TraitConstant(name: name, nameSpan: nameSpan, type: type, value: value, span: span(from: start))
  }

  private func parseTraitItem() throws -> (FunctionDecl, hasBody: Bool)? {
    let attributes = try parseOuterAttributes()
    let start = attributes.first?.span.start ?? current.span.start
    switch current.kind {
    case .keyword(.fn):
      let method = try parseFunction(attributes: attributes, start: start, allowsMissingBody: true)
      if let opaque = method.returnImplTrait {
        throw Diagnostic.unsupported("`impl Trait` return types in traits", at: opaque.span)
      }
      let hasBody: Bool
      if case .punctuation(.semicolon) = tokens[position - 1].kind { hasBody = false } else { hasBody = true }
      return (method, hasBody)
    case .keyword(.const):
      throw Diagnostic.unsupported("associated constants", at: current.span)
    case .keyword(.type):
      throw Diagnostic.unsupported("associated types", at: current.span)
    case .punctuation(.semicolon):
      advance()
      return nil
    default:
      throw refusedItem() ?? unexpected("`fn`")
    }
  }
}

extension Parser {
  /// `impl Iterator for Counter` (or `std::iter::Iterator`).
  static func isIteratorTrait(_ path: [String]) -> Bool {
    path == ["Iterator"] || path == ["std", "iter", "Iterator"] || path == ["iter", "Iterator"]
  }

  /// The standard library's traits a learner implements by hand; memtutor refuses those impls
  /// (an unknown name is left to the checker, which says rustc's E0405).
  static let standardTraits: Set<String> = [
    "Display", "Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Default", "Hash",
    "Iterator", "IntoIterator", "From", "Into", "TryFrom", "TryInto", "Add", "Sub", "Mul", "Div", "Rem",
    "Neg", "Not", "AddAssign", "SubAssign", "MulAssign", "DivAssign", "Index", "IndexMut", "Deref",
    "DerefMut", "AsRef", "AsMut", "FromStr", "Error", "Fn", "FnMut", "FnOnce", "Borrow", "ToString",
    "Send", "Sync", "Sized", "Unpin", "Extend", "FromIterator", "Sum", "Product", "Write", "Read",
  ]

  /// `impl Error for ParseError {}` (or `std::error::Error`, `error::Error`).
  static func isErrorTrait(_ path: [String]) -> Bool {
    path == ["Error"] || path == ["std", "error", "Error"] || path == ["error", "Error"]
  }

  /// `impl Clone for Counter` (or `std::clone::Clone`).
  static func isCloneTrait(_ path: [String]) -> Bool {
    path == ["Clone"] || path == ["std", "clone", "Clone"] || path == ["clone", "Clone"]
  }

  /// `impl TryFrom<i32> for Even` (or `std::convert::TryFrom`) and `impl FromStr for Rgb`.
  static func isFallibleConversionTrait(_ path: [String]) -> Bool {
    path == ["TryFrom"] || path == ["std", "convert", "TryFrom"] || path == ["convert", "TryFrom"]
      || path == ["FromStr"] || path == ["std", "str", "FromStr"] || path == ["str", "FromStr"]
  }

  /// `impl From<Feet> for Meters` (or `std::convert::From`).
  static func isConversionTrait(_ path: [String]) -> Bool {
    path == ["From"] || path == ["std", "convert", "From"] || path == ["convert", "From"]
      || isIndexTrait(path)
  }

  /// `impl Index<usize> for Poly` and `impl IndexMut<usize> for Poly` (or `std::ops::…`).
  static func isIndexTrait(_ path: [String]) -> Bool {
    guard let name = path.last, name == "Index" || name == "IndexMut" else { return false }
    return path.count == 1 || path.dropLast() == ["std", "ops"] || path.dropLast() == ["ops"]
  }

  /// `impl Deref for MyBox<T>` and `impl DerefMut for MyBox<T>` (or `std::ops::…`).
  static func isDerefTrait(_ path: [String]) -> Bool {
    guard let name = path.last, name == "Deref" || name == "DerefMut" else { return false }
    return path.count == 1 || path.dropLast() == ["std", "ops"] || path.dropLast() == ["ops"]
  }

  /// `Default` and the comparison traits written by hand: `impl Default for Config`,
  /// `impl Ord for Person` (or through `std::default`/`std::cmp`).
  static func isValueTrait(_ path: [String]) -> Bool {
    guard let name = path.last, valueTraitNames.contains(name) else { return false }
    let module = name == "Default" ? "default" : "cmp"
    return path.count == 1 || path.dropLast() == ["std", module] || path.dropLast() == [module]
  }

  static let valueTraitNames: Set<String> = ["Default", "PartialEq", "Eq", "PartialOrd", "Ord"]

  /// `Display` written by hand (`impl fmt::Display for Point`): the checker resolves the path.
  static func isFormattingTrait(_ path: [String]) -> Bool {
    (path.last == "Display" || path.last == "Debug") && path.count <= 3
  }
}
