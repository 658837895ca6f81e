/// `struct` and `enum` declarations.
extension Parser {
  package func parseStruct(attributes: [Attribute], start: SourceLocation) throws
    -> StructDecl
  {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    let lifetimes = try parseLifetimeParameters()
    try refuseWhereClause()
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
        skipVisibility()
        let type = try parseType()
        fields.append(FieldDecl(name: String(fields.count), type: type, span: span(from: fieldStart)))
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
        skipVisibility()
        let (fieldName, _) = try expectIdentifier()
        try expect(.colon)
        let type = try parseType()
        fields.append(FieldDecl(name: fieldName, type: type, span: span(from: fieldStart)))
        if position < close { try expect(.comma) }
      }
      advance()
    } else {
      throw unexpected("`where`, `{`, `(`, or `;` after struct name")
    }
    return StructDecl(
      name: name, nameSpan: nameSpan, shape: shape, fields: fields, attributes: attributes,
      span: span(from: start), lifetimeParameters: lifetimes)
  }

  package func parseEnum(attributes: [Attribute], start: SourceLocation) throws
    -> EnumDecl
  {
    advance()
    let (name, nameSpan) = try expectIdentifier()
    let lifetimes = try parseLifetimeParameters()
    try refuseWhereClause()
    guard check(.openBrace) else { throw unexpected("`{`") }
    let close = partners[position]
    advance()
    var variants: [EnumVariant] = []
    while position < close {
      _ = try parseOuterAttributes()
      let variantStart = current.span.start
      let (variantName, _) = try expectIdentifier()
      var payload: [TypeExpr] = []
      if check(.openParen) {
        let payloadClose = partners[position]
        advance()
        while position < payloadClose {
          payload.append(try parseType())
          if position < payloadClose { try expect(.comma) }
        }
        advance()
      } else if check(.openBrace) {
        let group = current.span.merged(with: tokens[partners[position]].span)
        throw Diagnostic.unsupported("enum variants with named fields", at: group)
      }
      var discriminant: Expr?
      if eat(.equal) {
        discriminant = try parseExpression()
      }
      variants.append(
        EnumVariant(
          name: variantName, payload: payload, discriminant: discriminant, span: span(from: variantStart)))
      if position < close { try expect(.comma) }
    }
    advance()
    return EnumDecl(
      name: name, nameSpan: nameSpan, variants: variants, attributes: attributes, span: span(from: start),
      lifetimeParameters: lifetimes)
  }
}
