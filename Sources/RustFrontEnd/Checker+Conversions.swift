import MemoryModel

extension Checker {
  // MARK: - Casts and ranges

  func checkCast(_ value: Expr, to typeExpr: TypeExpr, span: SourceSpan) -> TypedExpr {
    let checked = derefNumeric(checkExpression(value))
    let target = resolveType(typeExpr, selfType: currentOwner)
    let source = table.shallow(checked.type)
    let targetShallow = table.shallow(target)
    var valid = false
    switch (source, targetShallow) {
    case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float), (.bool, .integer),
      (.char, .integer), (.enumeration, .integer):
      valid = true
    case (.integer(.u8), .char): valid = true
    case (.variable, .integer), (.variable, .float):
      valid = table.kind(of: source) != .general
      if table.kind(of: source) == .integer, case .integer = targetShallow {
        // An unsuffixed literal cast to a type takes... i32, as rustc does.
        _ = table.unify(source, .i32)
      }
    case (.variable, .char):
      valid = table.unify(source, .u8)
    case (.reference, .reference), (.reference, .integer):
      valid = false
    default:
      valid = table.unify(source, targetShallow)
    }
    if case .enumeration(let name) = source,
      enums[name]?.variants.contains(where: { !$0.payload.isEmpty }) == true
    {
      valid = false
    }
    if !valid {
      error(
        "non-primitive cast: `\(table.displayName(checked.type))` as `\(table.displayName(target))`", at: span
      )
      return invalid(span)
    }
    return typed(.cast(checked), target, span)
  }

  func checkRange(low: Expr?, high: Expr?, inclusive: Bool, span: SourceSpan) -> TypedExpr {
    let element = table.fresh(.general)
    var checkedLow: TypedExpr?
    var checkedHigh: TypedExpr?
    if let low {
      checkedLow = coerce(derefNumeric(checkExpression(low)), to: element)
    }
    if let high {
      checkedHigh = coerce(derefNumeric(checkExpression(high)), to: element)
    }
    if low == nil && high == nil { _ = table.unify(element, .usize) }
    return typed(
      .range(checkedLow, checkedHigh, inclusive: inclusive), .range(element, inclusive: inclusive), span)
  }

  // MARK: - Coercion

  /// Converts `expr` to `target` at a coercion site (a `let` with a type, an argument, a
  /// return value, a field): unifies, or inserts `&String` → `&str`-style conversions.
  package func coerce(_ expr: TypedExpr, to target: TypeTerm) -> TypedExpr {
    let actual = table.shallow(expr.type)
    let wanted = table.shallow(target)
    if actual.isNever {
      return typed(.coerce(.never, expr), target, expr.span)
    }
    if table.unify(actual, wanted) { return expr }
    if case .reference(let inner, let mutable) = actual,
      case .reference(let wantedInner, let wantedMutable) = wanted
    {
      var current = expr
      if mutable && !wantedMutable {
        current = typed(.coerce(.mutableToShared, current), .reference(inner, mutable: false), current.span)
        if table.unify(inner, wantedInner) { return current }
      }
      if let converted = derefCoercion(current, to: wantedInner, mutable: wantedMutable) { return converted }
    }
    if let converted = traitObjectCoercion(expr, to: wanted) { return converted }
    error(
      "mismatched types: expected `\(table.displayName(target))`, found `\(table.displayName(expr.type))`",
      at: expr.span)
    return typed(.coerce(.never, expr), target, expr.span)
  }

  /// `&String` → `&str`, `&Vec<T>` → `&[T]`, `&[T; N]` → `&[T]`, `&Box<T>` → `&T`, `&&T` → `&T`.
  func derefCoercion(_ expr: TypedExpr, to wanted: TypeTerm, mutable: Bool) -> TypedExpr? {
    var current = expr
    for _ in 0..<8 {
      guard case .reference(let inner, let isMutable) = table.shallow(current.type) else { return nil }
      let resultType = TypeTerm.reference(wanted, mutable: mutable)
      switch (table.shallow(inner), table.shallow(wanted)) {
      case (.string, .str):
        return typed(.coerce(.stringToStr, current), resultType, current.span)
      case (.vec(let element), .slice(let wantedElement)):
        guard table.unify(element, wantedElement) else { return nil }
        return typed(.coerce(.vecToSlice, current), resultType, current.span)
      case (.array(let element, let length), .slice(let wantedElement)):
        guard table.unify(element, wantedElement) else { return nil }
        return typed(.coerce(.arrayToSlice(length: length), current), resultType, current.span)
      case (.box(let boxed), _):
        current = typed(
          .coerce(.boxToReference, current), .reference(boxed, mutable: isMutable), current.span)
      case (.rc(let counted), _):
        current = typed(.coerce(.rcToReference, current), .reference(counted, mutable: false), current.span)
      case (.reference(let target, let innerMutable), _):
        current = typed(.deref(current), .reference(target, mutable: innerMutable), current.span)
      default:
        return nil
      }
      if case .reference(let now, _) = table.shallow(current.type), table.unify(now, wanted) {
        if mutable, case .reference(_, false) = table.shallow(current.type) { return nil }
        return typed(current.kind, resultType, current.span)
      }
    }
    return nil
  }
}
