/// `impl` blocks: inherent and trait impls, their methods and associated types.
extension Parser {
  /// Nil when the block implements a trait whose own declaration is already refused: a
  /// second error about it would only repeat the first.
  func parseImpl(start: SourceLocation) throws -> ImplBlock? {
    advance()
    var lifetimes: [LifetimeName] = []
    var generics: [GenericParameter] = []
    if check(.less), case .lifetime = kind(at: 1) {
      (lifetimes, generics) = try parseLifetimeAndTypeParameters()
    } else {
      generics = try parseGenericParameters()
    }
    var target = try parseType()
    var traitName: String?
    var traitSpan: SourceSpan?
    var traitPath: [String] = []
    var traitArguments: [TypeExpr] = []
    if eat(.for) {
      guard case .path(let path, let arguments) = target.kind, let name = path.last,
        arguments.isEmpty
          || ((Self.isOperatorTrait(path) || Self.isConversionTrait(path)
            || Self.isFallibleConversionTrait(path))
            && !declaredTraits.contains(name)),
        name == "Drop" || declaredTraits.contains(name) || Self.isFormattingTrait(path)
          || Self.isIteratorTrait(path) || Self.isOperatorTrait(path) || Self.isConversionTrait(path)
          || Self.isValueTrait(path) || Self.isDerefTrait(path) || Self.isErrorTrait(path)
          || Self.isCloneTrait(path) || Self.isFallibleConversionTrait(path)
          || (path.count == 1 && !Self.standardTraits.contains(name))
      else {
        throw Diagnostic.unsupported(
          "implementations of the standard library's traits other than `Drop`, `Display`, `Debug`, `Clone`, `Iterator`, `From`, `TryFrom`, `FromStr`, `Default`, `Error`, the comparison traits and the operator traits",
          at: target.span)
      }
      traitName = name
      traitSpan = target.span
      traitPath = path
      traitArguments = arguments
      target = try parseType()
    }
    if Self.isOperatorTrait(traitPath), !declaredTraits.contains(traitName ?? ""),
      case .reference(false, _, let referent) = target.kind,
      case .path(let path, let arguments) = referent.kind,
      path.count == 1, arguments.isEmpty
    {
      // `impl Add for &Point`: the operator on references to the program's type.
      target.kind = .path(path: ["&" + path[0]], generics: [])
    }
    guard case .path(let path, let typeArguments) = target.kind, let typeName = path.last else {
      throw Diagnostic.unsupported("`impl` blocks for this kind of type", at: target.span)
    }
    let formatsGenericType =
      Self.isFormattingTrait(traitPath) && !generics.isEmpty && !declaredTraits.contains(traitName ?? "")
    // `impl Summary for Vec<String>`: a program's trait for one instance of a standard type.
    let forStandardInstance =
      generics.isEmpty && declaredTraits.contains(traitName ?? "")
      && Checker.standardTypeNames.contains(typeName)
    // `impl<T> Deref for MyBox<T>`: the wrapper's methods, run per instance.
    let derefsGenericType = Self.isDerefTrait(traitPath) && !declaredTraits.contains(traitName ?? "")
    // `impl<T: Display> Describe for Pair<T>`: a program's trait for its own generic type.
    let ownTraitForOwnGenericType =
      !generics.isEmpty && declaredTraits.contains(traitName ?? "") && path.count == 1
      && (!Checker.standardTypeNames.contains(typeName) || Checker.standardGenericBases.contains(typeName))
      && !generics.contains { $0.name == typeName }
    if traitName != nil, !generics.isEmpty || !typeArguments.isEmpty, !formatsGenericType,
      !forStandardInstance, !derefsGenericType, !ownTraitForOwnGenericType
    {
      throw Diagnostic.unsupported("the implementation of a trait for a generic type", at: target.span)
    }
    if generics.isEmpty {
      try refuseWhereClause()
    } else {
      try parseWhereClause(into: &generics)
    }
    guard check(.openBrace) else { throw unexpected("`{`") }
    let close = partners[position]
    advance()
    var methods: [FunctionDecl] = []
    var constants: [GlobalDecl] = []
    let takesConstants = generics.isEmpty && typeArguments.isEmpty
    var associatedTypes: [AssociatedType] = []
    let implementsIterator =
      (traitName == "Iterator" || Self.isOperatorTrait(traitPath) || Self.isIndexTrait(traitPath)
        || Self.isDerefTrait(traitPath) || Self.isFallibleConversionTrait(traitPath))
      && !declaredTraits.contains(traitName ?? "")
    // `type Item = String;` in an impl of the program's own trait.
    let implementsOwnTrait = traitName.map { declaredTraits.contains($0) } ?? false
    while position < close {
      let itemStart = position
      let reportedBefore = diagnostics.count
      do {
        if implementsIterator || implementsOwnTrait, check(.type) {
          associatedTypes.append(try parseAssociatedType())
        } else if takesConstants, let constant = try parseAssociatedConstant() {
          constants.append(constant)
        } else if let method = try parseImplItem() {
          methods.append(method)
        }
      } catch {
        report(error, unlessAlreadyReportedSince: reportedBefore)
        recover(from: itemStart, failedAt: position, insideBlock: false)
      }
    }
    position = close + 1
    return ImplBlock(
      traitName: traitName, traitSpan: traitSpan, traitPath: traitPath, typeName: typeName,
      typeSpan: target.span, methods: methods,
      span: span(from: start), constants: constants, lifetimeParameters: lifetimes,
      targetLifetimes: target.lifetimes,
      associatedTypes: associatedTypes, generics: generics, targetArguments: typeArguments,
      traitArguments: traitArguments)
  }

  /// `type Item = u32;` in `impl Iterator for Counter`.
  private func parseAssociatedType() throws -> AssociatedType {
    let start = current.span.start
    advance()
    guard case .identifier(let name) = current.kind else { throw unexpected("an identifier") }
    let nameSpan = current.span
    advance()
    if check(.less) { throw Diagnostic.unsupported("generic associated types", at: angleBracketSpan()) }
    _ = try expect(.equal)
    let type = try parseType()
    _ = try expect(.semicolon)
    return AssociatedType(name: name, nameSpan: nameSpan, type: type, span: span(from: start))
  }

  /// `const PI: f64 = 3.14;` (with `pub` or attributes before it), or nil at anything else.
  private func parseAssociatedConstant() throws -> GlobalDecl? {
    let mark = position
    let attributes = try parseOuterAttributes()
    let start = attributes.first?.span.start ?? current.span.start
    _ = try skipVisibility()
    guard check(.const), !check(.fn, at: 1) else {
      position = mark
      return nil
    }
    return try parseGlobal(start: start)
  }

  private func parseImplItem() throws -> FunctionDecl? {
    let attributes = try parseOuterAttributes()
    let start = attributes.first?.span.start ?? current.span.start
    let visibility = try skipVisibility()
    if check(.const), check(.fn, at: 1) {
      advance()
    }
    switch current.kind {
    case .keyword(.fn):
      var method = try parseFunction(attributes: attributes, start: start)
      method.visibility = visibility
      return method
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
