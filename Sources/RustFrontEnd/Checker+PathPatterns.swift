/// Patterns named by a path: `None`, `Color::Red`, a unit struct or constant, and the tuple
/// forms `Some(x)`, `Color::Rgb(r, g, b)`, `Point(x, y)`.
extension Checker {
  func checkPathPattern(_ rawPath: [String], against type: TypeTerm, span: SourceSpan) -> TypedPattern {
    if refuseUnimportedOrdering(rawPath, span: span) {
      return TypedPattern(kind: .wildcard, type: type, span: span)
    }
    var path = expandPath(rawPath)
    if path.first == "Self", let owner = currentOwner { path[0] = owner }
    instantiatePathHead(&path, at: span)
    if path == ["None"] || path == ["Option", "None"] {
      if !table.unify(type, .option(table.fresh())) {
        error("mismatched types: expected `\(table.displayName(type))`, found `Option<_>`", at: span)
      }
      return patternNode(.variant(enumName: "Option", variant: 0, []), type, span)
    }
    if path.count == 2, let info = enums[path[0]] {
      guard let index = info.variants.firstIndex(where: { $0.name == path[1] }) else {
        error(
          "no variant named `\(path[1])` found for enum `\(path[0])`",
          at: lastSegmentSpan(of: rawPath, in: span))
        return patternNode(.wildcard, type, span)
      }
      if !table.unify(type, .enumeration(path[0])) {
        error("mismatched types: expected `\(table.displayName(type))`, found `\(path[0])`", at: span)
      }
      if !info.variants[index].payload.isEmpty {
        error(
          "expected unit struct, unit variant or constant, found tuple variant `\(path.joined(separator: "::"))`",
          at: span)
      }
      return patternNode(.variant(enumName: path[0], variant: index, []), type, span)
    }
    if path.count == 1, structs[path[0]]?.shape == .unit {
      _ = table.unify(type, .structure(path[0]))
      return patternNode(.wildcard, type, span)
    }
    if path.count == 1, let index = visibleGlobal(path[0]) {
      let value = typed(.global(index), globalTypes[index], span)
      if !table.unify(value.type, type) {
        error(
          "mismatched types: expected `\(table.displayName(type))`, found `\(table.displayName(value.type))`",
          at: span)
      }
      return patternNode(.literal(value), type, span)
    }
    if let constant = numericPatternConstant(path, span: span) {
      _ = table.unify(constant.type, type)
      return patternNode(.literal(constant), type, span)
    }
    error("cannot find unit struct, unit variant or constant `\(rawPath.joined(separator: "::"))`", at: span)
    return patternNode(.wildcard, type, span)
  }

  private func numericPatternConstant(_ path: [String], span: SourceSpan) -> TypedExpr? {
    let expr = checkExpression(Expr(id: -1, kind: .path(path, generics: []), span: span))
    if case .integer = expr.kind { return expr }
    if case .float = expr.kind { return expr }
    return nil
  }

  func checkTupleStructPattern(
    _ rawPath: [String], _ elements: [Pattern], against type: TypeTerm, mode: BindingMode, isParameter: Bool,
    depth: Int, span: SourceSpan
  ) -> TypedPattern {
    var path = expandPath(rawPath)
    if path.first == "Self", let owner = currentOwner { path[0] = owner }
    instantiatePathHead(&path, at: span)
    var payloadTypes: [TypeTerm]
    var enumName: String
    var variant: Int
    if path == ["Some"] || path == ["Option", "Some"] {
      let inner = table.fresh()
      if !table.unify(type, .option(inner)) {
        error("mismatched types: expected `\(table.displayName(type))`, found `Option<_>`", at: span)
        return patternNode(.wildcard, type, span)
      }
      payloadTypes = [inner]
      enumName = "Option"
      variant = 1
    } else if let resultVariant = Self.resultVariant(path) {
      let value = table.fresh()
      let failure = table.fresh()
      if !table.unify(type, .result(value, failure)) {
        error("mismatched types: expected `\(table.displayName(type))`, found `Result<_, _>`", at: span)
        return patternNode(.wildcard, type, span)
      }
      payloadTypes = [resultVariant == 0 ? value : failure]
      enumName = "Result"
      variant = resultVariant
    } else if path == ["std", "cmp", "Reverse"] {
      let inner = table.fresh()
      if !table.unify(type, .library(.reverse, inner)) {
        error("mismatched types: expected `\(table.displayName(type))`, found `Reverse<_>`", at: span)
        return patternNode(.wildcard, type, span)
      }
      guard elements.count == 1 else {
        error(
          "this pattern has \(elements.count) fields, but the corresponding tuple struct has 1 field",
          at: span)
        return patternNode(.wildcard, type, span)
      }
      let item = checkPattern(
        elements[0], against: inner, mode: mode, isParameter: isParameter, depth: depth + 1)
      return patternNode(.structure(name: "Reverse", [(0, item)]), type, span)
    } else if path.count == 2, let info = enums[path[0]] {
      if variantFieldNames(of: path[0])[path[1]] != nil {
        var diagnostic = Diagnostic(
          "expected tuple struct or tuple variant, found struct variant `\(path[0])::\(path[1])`", at: span)
        diagnostic.code = "E0164"
        diagnostics.append(diagnostic)
        return patternNode(.wildcard, type, span)
      }
      guard let index = info.variants.firstIndex(where: { $0.name == path[1] }) else {
        error(
          "no variant named `\(path[1])` found for enum `\(path[0])`",
          at: lastSegmentSpan(of: rawPath, in: span))
        return patternNode(.wildcard, type, span)
      }
      if !table.unify(type, .enumeration(path[0])) {
        error("mismatched types: expected `\(table.displayName(type))`, found `\(path[0])`", at: span)
        return patternNode(.wildcard, type, span)
      }
      payloadTypes = info.variants[index].payload
      enumName = path[0]
      variant = index
    } else if path.count == 1, let info = structs[path[0]], info.shape == .tuple {
      if !table.unify(type, .structure(path[0])) {
        error("mismatched types: expected `\(table.displayName(type))`, found `\(path[0])`", at: span)
        return patternNode(.wildcard, type, span)
      }
      let expanded = expandRest(elements, count: info.fields.count, span: span)
      guard expanded.count == info.fields.count else {
        error(
          "this pattern has \(elements.count) fields, but the corresponding tuple struct has \(info.fields.count) fields",
          at: fieldsSpan(elements) ?? span)
        bindAfterArityError(elements, mode: mode, depth: depth)
        return patternNode(.wildcard, type, span)
      }
      var checked: [(index: Int, pattern: TypedPattern)] = []
      for (index, item) in expanded.enumerated() {
        guard let item else { continue }
        checked.append(
          (
            index,
            checkPattern(
              item, against: info.fields[index].type, mode: mode, isParameter: isParameter, depth: depth + 1)
          ))
      }
      return patternNode(.structure(name: path[0], checked), type, span)
    } else {
      error(
        "cannot find tuple struct or tuple variant `\(rawPath.joined(separator: "::"))` in this scope",
        at: span)
      return patternNode(.wildcard, type, span)
    }
    let expanded = expandRest(elements, count: payloadTypes.count, span: span)
    guard expanded.count == payloadTypes.count else {
      error(
        "this pattern has \(elements.count) field\(elements.count == 1 ? "" : "s"), but the corresponding tuple variant has \(payloadTypes.count) field\(payloadTypes.count == 1 ? "" : "s")",
        at: fieldsSpan(elements) ?? span)
      bindAfterArityError(elements, mode: mode, depth: depth)
      return patternNode(.wildcard, type, span)
    }
    var checked: [TypedPattern] = []
    for (item, itemType) in zip(expanded, payloadTypes) {
      if let item {
        checked.append(
          checkPattern(item, against: itemType, mode: mode, isParameter: isParameter, depth: depth + 1))
      } else {
        checked.append(patternNode(.wildcard, itemType, span))
      }
    }
    return patternNode(.variant(enumName: enumName, variant: variant, checked), type, span)
  }

  /// A pattern with the wrong number of fields (E0023) still binds its names, as rustc's
  /// does, so the arm's uses of them are not reported again (E0425).
  /// rustc points an E0023 at the pattern's fields.
  private func fieldsSpan(_ elements: [Pattern]) -> SourceSpan? {
    guard let first = elements.first, let last = elements.last else { return nil }
    return SourceSpan(start: first.span.start, end: last.span.end)
  }

  private func bindAfterArityError(_ elements: [Pattern], mode: BindingMode, depth: Int) {
    for element in elements {
      if case .rest = element.kind { continue }
      _ = checkPattern(element, against: .never, mode: mode, isParameter: false, depth: depth + 1)
    }
  }
}
