extension Checker {
  package enum BindingMode {
    case move
    case reference(mutable: Bool)
  }

  package func checkPattern(_ pattern: Pattern, against type: TypeTerm, isParameter: Bool) -> TypedPattern {
    checkPattern(pattern, against: type, mode: .move, isParameter: isParameter, depth: 0)
  }

  func patternNode(_ kind: TypedPattern.Kind, _ type: TypeTerm, _ span: SourceSpan) -> TypedPattern {
    TypedPattern(kind: kind, type: type, span: span)
  }

  private func isNonReferencePattern(_ pattern: Pattern) -> Bool {
    switch pattern.kind {
    case .identifier(let name, _, _, _):
      return resolvesToConstantPattern(name)
    case .wildcard, .rest, .reference: return false
    case .or(let options): return options.contains { isNonReferencePattern($0) }
    case .literal(let expr):
      if case .string = expr.kind { return false }
      return true
    default: return true
    }
  }

  private func isOrPatternOverSlice(_ pattern: Pattern, _ referent: TypeTerm) -> Bool {
    guard case .or = pattern.kind, case .slice = table.shallow(referent) else { return false }
    return true
  }

  private func resolvesToConstantPattern(_ name: String) -> Bool {
    if lookupLocal(name) != nil { return false }
    return name == "None" || structs[name]?.shape == .unit || visibleGlobal(name) != nil
      || importedUnitVariant(name)
  }

  func checkPattern(
    _ pattern: Pattern, against type: TypeTerm, mode: BindingMode, isParameter: Bool, depth: Int
  ) -> TypedPattern {
    let span = pattern.span
    guard depth < Self.maximumNesting else {
      unsupported("patterns nested this deeply", at: span)
      bindNamesAsErrors(pattern, isParameter: isParameter)
      return patternNode(.wildcard, type, span)
    }
    if table.shallow(type).isNever {
      // What is matched already failed to check (and was reported).
      bindNamesAsErrors(pattern, isParameter: isParameter)
      return patternNode(.wildcard, type, span)
    }
    // Default binding modes: a non-reference pattern against a reference matches the referent.
    // A `[T]` is only reached through the reference, so or-patterns of slice patterns are
    // split first and each alternative meets the reference.
    if isNonReferencePattern(pattern), case .reference(let inner, let mutable) = table.shallow(type),
      !isOrPatternOverSlice(pattern, inner)
    {
      var innerMode = mode
      switch mode {
      case .move: innerMode = .reference(mutable: mutable)
      case .reference(let outer): innerMode = .reference(mutable: outer && mutable)
      }
      if case .slice(let items) = pattern.kind, case .slice(let element) = table.shallow(inner),
        case .reference(let elementsMutable) = innerMode
      {
        return checkSlicePattern(
          items, element: element, mutable: elementsMutable, type: type, span: span,
          isParameter: isParameter, depth: depth)
      }
      let innerPattern = checkPattern(
        pattern, against: inner, mode: innerMode, isParameter: isParameter, depth: depth + 1)
      return patternNode(.deref(innerPattern), type, span)
    }
    switch pattern.kind {
    case .identifier(let name, let mutable, let byReference, let subpattern):
      if subpattern == nil, resolvesToConstantPattern(name) {
        return checkPathPattern([name], against: type, span: span)
      }
      var bindingType = type
      var isReference = byReference
      var isMutableReference = mutable && byReference
      if case .reference(let refMutable) = mode, !byReference {
        bindingType = .reference(type, mutable: refMutable)
        isReference = true
        isMutableReference = refMutable
      } else if byReference {
        bindingType = .reference(type, mutable: mutable)
      }
      let slot: Int
      if let existing = orPatternSlots?[name] {
        slot = existing
        if !table.unify(locals[slot].type, bindingType) {
          error(
            "mismatched types: expected `\(table.displayName(locals[slot].type))`, found `\(table.displayName(bindingType))`",
            at: span)
        }
      } else {
        slot = declareLocal(
          name, type: bindingType, line: span.start.line, isParameter: isParameter,
          isMutable: mutable && !byReference)
        bindingSpans[slot] = span
      }
      let sub = subpattern.map {
        checkPattern($0, against: type, mode: mode, isParameter: isParameter, depth: depth + 1)
      }
      return patternNode(
        .binding(slot: slot, byReference: isReference, mutable: isMutableReference, subpattern: sub), type,
        span)
    case .wildcard:
      return patternNode(.wildcard, type, span)
    case .rest:
      error("`..` patterns are not allowed here", at: span)
      return patternNode(.wildcard, type, span)
    case .tuple(let items):
      let elementTypes: [TypeTerm]
      if case .tuple(let existing) = table.shallow(type) {
        elementTypes = existing
      } else if case .unit = table.shallow(type), items.isEmpty {
        return patternNode(.wildcard, type, span)
      } else {
        let fresh = items.filter { if case .rest = $0.kind { return false } else { return true } }.map { _ in
          table.fresh()
        }
        guard table.unify(type, .tuple(fresh)) else {
          error("mismatched types: expected `\(table.displayName(type))`, found a tuple", at: span)
          // Its names still exist (with the error's type), as in rustc: no E0425 for their uses.
          bindNamesAsErrors(pattern, isParameter: isParameter)
          return patternNode(.wildcard, type, span)
        }
        elementTypes = fresh
      }
      let expanded = expandRest(items, count: elementTypes.count, span: span)
      guard expanded.count == elementTypes.count else {
        error(
          "mismatched types: expected a tuple with \(elementTypes.count) elements, found one with \(items.count) elements",
          at: span)
        return patternNode(.wildcard, type, span)
      }
      var checked: [TypedPattern] = []
      for (item, itemType) in zip(expanded, elementTypes) {
        if let item {
          checked.append(
            checkPattern(item, against: itemType, mode: mode, isParameter: isParameter, depth: depth + 1))
        } else {
          checked.append(patternNode(.wildcard, itemType, span))
        }
      }
      return patternNode(.tuple(checked), type, span)
    case .literal(let expr):
      let value = checkExpression(expr)
      if case .string = expr.kind {
        guard isStringLike(type), case .reference = table.shallow(type) else {
          error("mismatched types: expected `\(table.displayName(type))`, found `&str`", at: span)
          return patternNode(.wildcard, type, span)
        }
        return patternNode(.literal(value), type, span)
      }
      if !table.unify(value.type, type) {
        error(
          "mismatched types: expected `\(table.displayName(type))`, found `\(table.displayName(value.type))`",
          at: span)
      }
      return patternNode(.literal(value), type, span)
    case .range(let low, let high, let inclusive):
      let lowValue = checkExpression(low)
      let highValue = checkExpression(high)
      if !table.unify(lowValue.type, type) || !table.unify(highValue.type, type) {
        error(
          "mismatched types: expected `\(table.displayName(type))`, found `\(table.displayName(lowValue.type))`",
          at: span)
      }
      return patternNode(.range(lowValue, highValue, inclusive: inclusive), type, span)
    case .path(let path):
      return checkPathPattern(path, against: type, span: span)
    case .tupleStruct(let path, let elements):
      return checkTupleStructPattern(
        path, elements, against: type, mode: mode, isParameter: isParameter, depth: depth, span: span)
    case .structure(let path, let fields, let hasRest):
      if let (enumName, variant) = namedVariant(path) {
        return checkVariantPattern(
          enumName, variant, fields: fields, hasRest: hasRest, against: type,
          check: {
            self.checkPattern($0, against: $1, mode: mode, isParameter: isParameter, depth: depth + 1)
          },
          span: span)
      }
      var name = path.last ?? ""
      if name == "Self", let owner = currentOwner { name = owner }
      if path.count == 1, let instance = inferredInstanceName(name, at: span) { name = instance }
      guard let info = structs[name] else {
        if path.count >= 2 {
          unsupported("enum variants with named fields", at: span)
          bindNamesAsErrors(pattern, isParameter: isParameter)
        } else {
          error("cannot find struct `\(path.joined(separator: "::"))` in this scope", at: span)
        }
        return patternNode(.wildcard, type, span)
      }
      if !table.unify(type, .structure(name)) {
        error("mismatched types: expected `\(table.displayName(type))`, found `\(name)`", at: span)
        return patternNode(.wildcard, type, span)
      }
      var checked: [(index: Int, pattern: TypedPattern)] = []
      for field in fields {
        guard let index = info.fields.firstIndex(where: { $0.name == field.name }) else {
          error("struct `\(name)` does not have a field named `\(field.name)`", at: field.span)
          continue
        }
        checkFieldPatternPrivacy(name, field.name, at: field.span)
        checked.append(
          (
            index,
            checkPattern(
              field.pattern, against: info.fields[index].type, mode: mode, isParameter: isParameter,
              depth: depth + 1)
          ))
      }
      if !hasRest {
        let missing = info.fields.indices.filter { index in !checked.contains { $0.index == index } }
        if !missing.isEmpty {
          error(
            "pattern does not mention field\(missing.count > 1 ? "s" : "") \(missing.map { "`\(info.fields[$0].name)`" }.joined(separator: ", "))",
            at: span)
        }
      }
      return patternNode(.structure(name: name, checked), type, span)
    case .reference(let mutable, let inner):
      guard case .reference(let referent, let isMutable) = table.shallow(type) else {
        error("mismatched types: expected `\(table.displayName(type))`, found `&_`", at: span)
        return patternNode(.wildcard, type, span)
      }
      if mutable != isMutable {
        error(
          "mismatched types: expected `\(table.displayName(type))`, found `&\(mutable ? "mut " : "")_`",
          at: span)
      }
      let checked = checkPattern(
        inner, against: referent, mode: .move, isParameter: isParameter, depth: depth + 1)
      return patternNode(.deref(checked), type, span)
    case .or(let options):
      var checked: [TypedPattern] = []
      let saved = orPatternSlots
      let before = locals.count
      for (index, option) in options.enumerated() {
        checked.append(
          checkPattern(option, against: type, mode: mode, isParameter: isParameter, depth: depth + 1))
        if index == 0 {
          var bound = saved ?? [:]
          for slot in before..<locals.count { bound[locals[slot].name] = slot }
          orPatternSlots = bound
        }
      }
      orPatternSlots = saved
      return patternNode(.or(checked), type, span)
    case .slice(let items):
      guard case .array(let element, let length) = table.shallow(type) else {
        unsupported("slice patterns on this type", at: span)
        bindNamesAsErrors(pattern, isParameter: isParameter)
        return patternNode(.wildcard, type, span)
      }
      return checkArrayPattern(
        items, element: element, length: length, type: type, mode: mode, span: span, isParameter: isParameter,
        depth: depth)
    }
  }

  /// Replaces a `..` in a tuple or array pattern by the right number of wildcards (nil).
  func expandRest(_ items: [Pattern], count: Int, span: SourceSpan) -> [Pattern?] {
    guard
      let restIndex = items.firstIndex(where: {
        if case .rest = $0.kind { return true } else { return false }
      })
    else { return items }
    let before = items[..<restIndex].map { Optional($0) }
    let after = items[(restIndex + 1)...].map { Optional($0) }
    let fill = count - before.count - after.count
    guard fill >= 0 else { return items }
    return before + Array(repeating: nil, count: fill) + after
  }

}
