import MemoryModel

extension Checker {
  // MARK: - Paths

  /// Where the last segment of a path written as `A::B` starts: rustc puts an unknown
  /// variant's E0599 there. The whole span when the path is not written on one line plainly.
  func lastSegmentSpan(of rawPath: [String], in span: SourceSpan) -> SourceSpan {
    guard let last = rawPath.last, rawPath.count > 1 else { return span }
    let column = span.start.column + rawPath.dropLast().reduce(0) { $0 + $1.unicodeScalars.count + 2 }
    let start = SourceLocation(line: span.start.line, column: column)
    let end = SourceLocation(line: span.start.line, column: column + last.unicodeScalars.count)
    guard end <= span.end else { return span }
    return SourceSpan(start: start, end: end)
  }

  func checkPath(_ rawPath: [String], generics: [TypeExpr], span: SourceSpan) -> TypedExpr {
    if rawPath.count == 1 {
      let name = rawPath[0]
      if let slot = resolveLocal(name, at: span) {
        return typed(.local(slot), locals[slot].type, span)
      }
      if let variant = imports[name], variant.count == 2, enums[variant[0]] != nil {
        return checkPath(variant, generics: generics, span: span)
      }
      if let index = visibleGlobal(name) {
        return typed(.global(index), globalTypes[index], span)
      }
      if let full = imports[name], full.count == 4, let constant = numericConstant(full, span: span) {
        // `PI` after `use std::f64::consts::PI;`.
        return constant
      }
      if name == "None" {
        // `None::<u8>` names its type.
        let inner = generics.count == 1 ? resolveType(generics[0], selfType: currentOwner) : table.fresh()
        return typed(.variant(enumName: "Option", variant: 0, payload: []), .option(inner), span)
      }
      if let info = structs[name], info.shape == .unit {
        return typed(.structLiteral(name: name, fields: [], base: nil), .structure(name), span)
      }
      if name == "self" {
        error("`self` value is a keyword only available in methods with a `self` parameter", at: span)
        return invalid(span)
      }
      if functionPointerWanted, let index = functionsByName[name], !genericFunctions.contains(index) {
        return functionPointerValue(index, span: span)
      }
      if functionsByName[name] != nil || name == "Some" || name == "drop" {
        unsupported("functions used as values", at: span)
        return invalid(span)
      }
      error("cannot find value `\(name)` in this scope", at: span)
      return invalid(span)
    }
    if refuseUnimportedOrdering(rawPath, span: span) { return invalid(span) }
    var path = expandPath(rawPath)
    if path.first == "Self", let owner = currentOwner { path[0] = owner }
    if path.count == 2, let substituted = substitutedTypeName(path[0]) { path[0] = substituted }
    if path.count == 2,
      genericTypes.enums[path[0]]?.variants.contains(where: { $0.name == path[1] }) ?? false,
      let instance = inferredInstanceName(path[0], at: span)
    {
      path[0] = instance
    }
    if path.count == 2, let info = enums[path[0]],
      !info.variants.contains(where: { $0.name == path[1] }),
      let index = visibleGlobal("\(path[0])::\(path[1])")
    {
      // `Dir::ALL`: an associated constant in the enum's `impl`, not a variant.
      return typed(.global(index), globalTypes[index], span)
    }
    if path.count == 2, let info = enums[path[0]] {
      guard let index = info.variants.firstIndex(where: { $0.name == path[1] }) else {
        error(
          "no variant named `\(path[1])` found for enum `\(path[0])`",
          at: lastSegmentSpan(of: rawPath, in: span))
        return invalid(span)
      }
      if !info.variants[index].payload.isEmpty {
        unsupported("enum constructors used as values", at: span)
        return invalid(span)
      }
      return typed(.variant(enumName: path[0], variant: index, payload: []), .enumeration(path[0]), span)
    }
    if path == ["Option", "None"] || path == ["std", "option", "Option", "None"] {
      return typed(.variant(enumName: "Option", variant: 0, payload: []), .option(table.fresh()), span)
    }
    if let constant = numericConstant(path, span: span) { return constant }
    if path.count == 2, let index = visibleGlobal("\(path[0])::\(path[1])") {
      return typed(.global(index), globalTypes[index], span)
    }
    if path.count == 2, structs[path[0]] != nil || enums[path[0]] != nil {
      if methods[path[0]]?[path[1]] != nil {
        unsupported("functions used as values", at: span)
      } else {
        // rustc points at the item's name, after the type's.
        let kind = structs[path[0]] != nil ? "struct" : "enum"
        let nameStart = SourceLocation(
          line: span.end.line, column: max(span.start.column, span.end.column - path[1].unicodeScalars.count))
        var diagnostic = Diagnostic(
          "no associated item named `\(path[1])` found for \(kind) `\(path[0])` in the current scope",
          at: SourceSpan(start: nameStart, end: span.end))
        diagnostic.code = "E0599"
        diagnostics.append(diagnostic)
      }
      return invalid(span)
    }
    unsupported("the path `\(rawPath.joined(separator: "::"))`", at: span)
    return invalid(span)
  }

  func numericConstant(_ path: [String], span: SourceSpan) -> TypedExpr? {
    var segments = path
    if segments.first == "std" { segments.removeFirst() }
    guard segments.count >= 2, let name = segments.last else { return nil }
    let typeName = segments[segments.count - 2]
    if let kind = RustType.IntegerKind(rawValue: typeName) {
      switch name {
      case "MAX":
        let value = kind == .u128 ? Int128(-1) : kind.maximum
        return typed(.integer(value), .integer(kind), span)
      case "MIN": return typed(.integer(kind.minimum), .integer(kind), span)
      case "BITS": return typed(.integer(Int128(kind.bitWidth)), .integer(.u32), span)
      default: return nil
      }
    }
    if segments.count == 3, segments[1] == "consts", let kind = RustType.FloatKind(rawValue: segments[0]) {
      // `std::f64::consts::PI`: the decimal expansions of core's `consts`, rounded straight to
      // each type (the `f32` ones from their own literals, not through `f64`).
      guard let digits = Self.floatConstantDigits[name],
        let value = kind == .f32 ? Float(digits).map(Double.init) : Double(digits)
      else { return nil }
      return typed(.float(value), .float(kind), span)
    }
    if segments.count == 2, let kind = RustType.FloatKind(rawValue: typeName) {
      let value: Double
      switch name {
      case "MAX":
        value = kind == .f32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
      case "MIN":
        value = kind == .f32 ? -Double(Float.greatestFiniteMagnitude) : -Double.greatestFiniteMagnitude
      case "EPSILON": value = kind == .f32 ? Double(Float.ulpOfOne) : Double.ulpOfOne
      case "MIN_POSITIVE":
        value = kind == .f32 ? Double(Float.leastNormalMagnitude) : Double.leastNormalMagnitude
      case "INFINITY": value = .infinity
      case "NEG_INFINITY": value = -.infinity
      case "NAN": value = .nan
      default: return nil
      }
      return typed(.float(value), .float(kind), span)
    }
    if typeName == "char", name == "MAX" {
      return typed(.character("\u{10FFFF}"), .char, span)
    }
    return nil
  }

  // MARK: - Struct literals

  func checkStructLiteral(
    path rawPath: [String], fields: [FieldInitializer], base: Expr?, span: SourceSpan, id: Int? = nil
  ) -> TypedExpr {
    var name = rawPath.last ?? ""
    if name == "Self", let owner = currentOwner { name = owner }
    if let (enumName, variant) = namedVariant(rawPath) {
      return checkVariantLiteral(enumName, variant, fields: fields, base: base, span: span)
    }
    if rawPath.count == 1, let instance = inferredInstanceName(name, at: span) {
      name = instance
      // The type wanted here (`p = Point { … }`) gives the fields theirs, so a wrong field
      // is reported at its value, as rustc reports it.
      if let wanted = annotatedInitializer, wanted.id == id { _ = table.unify(namedType(name), wanted.type) }
    }
    guard let info = structs[name] else {
      error("cannot find struct `\(rawPath.joined(separator: "::"))` in this scope", at: span)
      return invalid(span)
    }
    var checkedFields: [(index: Int, value: TypedExpr)] = []
    var seen: Set<Int> = []
    for field in fields {
      guard let index = info.fields.firstIndex(where: { $0.name == field.name }) else {
        error("struct `\(name)` has no field named `\(field.name)`", at: field.span)
        continue
      }
      if seen.contains(index) {
        error("field `\(field.name)` specified more than once", at: field.span)
      }
      seen.insert(index)
      checkFieldInitializerPrivacy(name, field)
      // The field's type is what the value is checked against (`vec![Box::new(…)]` into a
      // `Vec<Box<dyn Draw>>` field coerces each item).
      let enclosing = annotatedInitializer
      annotatedInitializer = (field.value.id, info.fields[index].type)
      checkedFields.append(
        (
          index,
          coerce(checkExpression(field.value, wanting: info.fields[index].type), to: info.fields[index].type)
        ))
      annotatedInitializer = enclosing
    }
    var checkedBase: TypedExpr?
    if let base {
      checkedBase = coerce(checkExpression(base), to: .structure(name))
    } else {
      let missing = info.fields.indices.filter { !seen.contains($0) }.map { "`\(info.fields[$0].name)`" }
      if !missing.isEmpty {
        error(
          "missing field\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) in initializer of `\(name)`",
          at: span)
      }
    }
    if let checkedBase, !isPlaceExpression(checkedBase) {
      return structLiteralOverTemporary(name, fields: checkedFields, base: checkedBase, span: span)
    }
    return typed(.structLiteral(name: name, fields: checkedFields, base: checkedBase), .structure(name), span)
  }

  /// `Settings { volume: 100, ..Settings::default() }`: the base is a value made once (each
  /// missing field is then moved out of it), after the written fields, in source order, as
  /// `{ let f = 100; let base = Settings::default(); Settings { volume: f, ..base } }`.
  private func structLiteralOverTemporary(
    _ name: String, fields: [(index: Int, value: TypedExpr)], base: TypedExpr, span: SourceSpan
  ) -> TypedExpr {
    pushScope()
    var statements: [TypedStatement] = []
    func bind(_ value: TypedExpr, _ label: String) -> TypedExpr {
      let slot = declareLocal(label, type: value.type, line: value.span.start.line)
      let pattern = TypedPattern(
        kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: value.type,
        span: value.span)
      statements.append(TypedStatement(kind: .binding(pattern, value, elseBlock: nil), span: value.span))
      return typed(.local(slot), value.type, value.span)
    }
    let bound = fields.map { (index: $0.index, value: bind($0.value, "(field)")) }
    let baseValue = bind(base, "(struct base)")
    let literal = typed(.structLiteral(name: name, fields: bound, base: baseValue), .structure(name), span)
    let declared = popScope()
    return typed(
      .block(TypedBlock(statements: statements, tail: literal, declaredSlots: declared, span: span)),
      .structure(name), span)
  }
}
