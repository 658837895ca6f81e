/// `struct` and `enum` declarations.
extension Parser {
  package func parseStruct(attributes: [Attribute], start: SourceLocation) throws
    -> StructDecl
  {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    var (lifetimes, generics) = try parseTypeParameters()
    if generics.isEmpty { try refuseWhereClause() } else { try parseWhereClause(into: &generics) }
    try refuseBoundArguments(generics)
    var shape = StructDecl.Shape.unit
    var fields: [FieldDecl] = []
    if eat(.semicolon) {
      shape = .unit
    } else if check(.openParen) {
      shape = .tuple
      let close = partners[position]
      advance()
      while position < close {
        let fieldStart = current.span.start
        _ = try parseOuterAttributes()
        let visibility = try skipVisibility()
        let type = try parseType()
        fields.append(
          FieldDecl(
            name: String(fields.count), type: type, span: span(from: fieldStart), visibility: visibility))
        if position < close { try expect(.comma) }
      }
      advance()
      try refuseWhereClause()
      try expect(.semicolon)
    } else if check(.openBrace) {
      shape = .named
      let close = partners[position]
      advance()
      while position < close {
        let fieldStart = current.span.start
        _ = try parseOuterAttributes()
        let visibility = try skipVisibility()
        let (fieldName, _) = try expectIdentifier()
        try expect(.colon)
        let type = try parseType()
        fields.append(
          FieldDecl(name: fieldName, type: type, span: span(from: fieldStart), visibility: visibility))
        if position < close { try expect(.comma) }
      }
      advance()
    } else {
      throw unexpected("`where`, `{`, `(`, or `;` after struct name")
    }
    return StructDecl(
      name: name, nameSpan: nameSpan, shape: shape, fields: fields, attributes: attributes,
      span: span(from: start), lifetimeParameters: lifetimes, generics: generics)
  }

  package func parseEnum(attributes: [Attribute], start: SourceLocation) throws
    -> EnumDecl
  {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    var (lifetimes, generics) = try parseTypeParameters()
    if generics.isEmpty { try refuseWhereClause() } else { try parseWhereClause(into: &generics) }
    try refuseBoundArguments(generics)
    guard check(.openBrace) else { throw unexpected("`{`") }
    let close = partners[position]
    advance()
    var variants: [EnumVariant] = []
    while position < close {
      let variantAttributes = try parseOuterAttributes()
      let variantStart = current.span.start
      let (variantName, _) = try expectIdentifier()
      var payload: [TypeExpr] = []
      var fieldNames: [String]?
      if check(.openParen) {
        let payloadClose = partners[position]
        advance()
        while position < payloadClose {
          payload.append(try parseType())
          if position < payloadClose { try expect(.comma) }
        }
        advance()
      } else if check(.openBrace) {
        let fields = try parseVariantFields()
        payload = fields.map(\.type)
        fieldNames = fields.map(\.name)
      }
      var discriminant: Expr?
      if eat(.equal) {
        discriminant = try parseExpression()
      }
      variants.append(
        EnumVariant(
          name: variantName, payload: payload, discriminant: discriminant, span: span(from: variantStart),
          fieldNames: fieldNames, isDefault: variantAttributes.contains { $0.name == "default" }))
      if position < close { try expect(.comma) }
    }
    advance()
    return EnumDecl(
      name: name, nameSpan: nameSpan, variants: variants, attributes: attributes, span: span(from: start),
      lifetimeParameters: lifetimes, generics: generics)
  }

  /// `<'a>`, `<T: Display, U>` or `<'a, T>` after a struct's or enum's name.
  private func parseTypeParameters() throws -> (lifetimes: [LifetimeName], generics: [GenericParameter]) {
    guard check(.less) else { return ([], []) }
    let (lifetimes, generics) = try parseLifetimeAndTypeParameters()
    if let unsized = generics.first(where: \.allowsUnsized) {
      throw Diagnostic.unsupported(
        "`?Sized` bounds on a struct's or enum's type parameters", at: unsized.span)
    }
    return (lifetimes, generics)
  }

  /// Bounds with trait arguments (`T: Add<Output = T>`) on a type's own parameters.
  private func refuseBoundArguments(_ generics: [GenericParameter]) throws {
    for parameter in generics {
      if let arguments = parameter.boundArguments.values.first {
        throw Diagnostic.unsupported(
          "generic trait bounds on a struct's or enum's type parameters", at: arguments.span)
      }
    }
  }
}

extension Parser {
  /// `{ x: i32, y: i32 }` of a struct-like enum variant, at the `{`.
  func parseVariantFields() throws -> [(name: String, type: TypeExpr)] {
    let close = partners[position]
    advance()
    var fields: [(name: String, type: TypeExpr)] = []
    while position < close {
      _ = try parseOuterAttributes()
      let (fieldName, _) = try expectIdentifier()
      try expect(.colon)
      fields.append((fieldName, try parseType()))
      if position < close { try expect(.comma) }
    }
    advance()
    return fields
  }
}
