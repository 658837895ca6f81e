/// Struct-like enum variants, `enum Shape { Rect { w: u32, h: u32 } }`: built with
/// `Shape::Rect { w: 1, h: 2 }`, matched with `Shape::Rect { w, .. }`, their payload kept in
/// declaration order like a tuple variant's (and laid out the same way, as rustc does).
extension Checker {
  /// The field names of each struct-like variant of an enum this program declares.
  func variantFieldNames(of written: String) -> [String: [String]] {
    let enumName = (table.instances[written] ?? genericTypes.instances[written])?.base ?? written
    for item in program.items {
      guard case .enumeration(let decl) = item, decl.name == enumName else { continue }
      var names: [String: [String]] = [:]
      for variant in decl.variants { if let fields = variant.fieldNames { names[variant.name] = fields } }
      return names
    }
    return [:]
  }

  /// The enum and variant index a struct-literal or struct-pattern path names, if it names one
  /// (`Shape::Rect`, `Self::Rect`, or `Rect` after `use Shape::*`).
  func namedVariant(_ rawPath: [String]) -> (String, Int)? {
    var path = rawPath
    if path.count == 1, let imported = imports[path[0]], imported.count == 2 { path = imported }
    if path.first == "Self", let owner = currentOwner { path[0] = owner }
    if path.count == 2,
      genericTypes.enums[path[0]]?.variants.contains(where: { $0.name == path[1] }) ?? false,
      let instance = inferredInstanceName(path[0], at: SourceSpan.unknown)
    {
      path[0] = instance
    }
    guard path.count == 2, let info = enums[path[0]],
      let index = info.variants.firstIndex(where: { $0.name == path[1] })
    else { return nil }
    return (path[0], index)
  }

  func checkVariantLiteral(
    _ enumName: String, _ variant: Int, fields: [FieldInitializer], base: Expr?, span: SourceSpan
  ) -> TypedExpr {
    guard let info = enums[enumName] else { return invalid(span) }
    let variantName = info.variants[variant].name
    guard let names = variantFieldNames(of: enumName)[variantName] else {
      unsupported("struct syntax for the tuple or unit variant `\(enumName)::\(variantName)`", at: span)
      return invalid(span)
    }
    if let base {
      error("functional record update syntax requires a struct", at: base.span)
      return invalid(span)
    }
    let types = info.variants[variant].payload
    var values = [TypedExpr?](repeating: nil, count: names.count)
    for field in fields {
      guard let index = names.firstIndex(of: field.name) else {
        error("variant `\(enumName)::\(variantName)` has no field named `\(field.name)`", at: field.span)
        continue
      }
      if values[index] != nil {
        error("field `\(field.name)` specified more than once", at: field.span)
        continue
      }
      values[index] = coerce(checkExpression(field.value), to: types[index])
    }
    let missing = names.indices.filter { values[$0] == nil }.map { "`\(names[$0])`" }
    if !missing.isEmpty {
      error(
        "missing field\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) in initializer of `\(enumName)::\(variantName)`",
        at: span)
      return invalid(span)
    }
    return typed(
      .variant(enumName: enumName, variant: variant, payload: values.compactMap { $0 }),
      .enumeration(enumName), span)
  }

  func checkVariantPattern(
    _ enumName: String, _ variant: Int, fields: [FieldPattern], hasRest: Bool, against type: TypeTerm,
    check: (Pattern, TypeTerm) -> TypedPattern, span: SourceSpan
  ) -> TypedPattern {
    let wildcard = TypedPattern(kind: .wildcard, type: type, span: span)
    guard let info = enums[enumName] else { return wildcard }
    let variantName = info.variants[variant].name
    guard let names = variantFieldNames(of: enumName)[variantName] else {
      unsupported("struct patterns for the tuple or unit variant `\(enumName)::\(variantName)`", at: span)
      return wildcard
    }
    if !table.unify(type, .enumeration(enumName)) {
      error("mismatched types: expected `\(table.displayName(type))`, found `\(enumName)`", at: span)
      return wildcard
    }
    let types = info.variants[variant].payload
    var items = types.map { TypedPattern(kind: .wildcard, type: $0, span: span) }
    var mentioned = Set<Int>()
    for field in fields {
      guard let index = names.firstIndex(of: field.name) else {
        error(
          "variant `\(enumName)::\(variantName)` does not have a field named `\(field.name)`", at: field.span)
        continue
      }
      mentioned.insert(index)
      items[index] = check(field.pattern, types[index])
    }
    if !hasRest {
      let missing = names.indices.filter { !mentioned.contains($0) }.map { "`\(names[$0])`" }
      if !missing.isEmpty {
        error(
          "pattern does not mention field\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
          at: span)
      }
    }
    return TypedPattern(kind: .variant(enumName: enumName, variant: variant, items), type: type, span: span)
  }
}
