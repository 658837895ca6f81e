import MemoryModel

extension Checker {
  // MARK: - Casts and ranges

  func checkCast(_ value: Expr, to typeExpr: TypeExpr, span: SourceSpan) -> TypedExpr {
    let operand = checkExpression(value)
    let target = resolveType(typeExpr, selfType: currentOwner)
    // A cast to a reference type keeps the operand's reference (`&arr as &[i32]`).
    let checked: TypedExpr
    if case .reference = table.shallow(target) {
      checked = operand
    } else if case .reference = table.shallow(operand.type), table.shallow(target).isPrimitiveCastTarget {
      if isAsPointer(operand), case .integer(.usize) = table.shallow(target) {
        // `v.as_ptr() as usize`: the buffer's address, the modelled one as `{:p}` prints it.
        return typed(.cast(operand), target, span)
      } else if isAsPointer(operand) {
        unsupported("casts of pointers to numbers other than `usize`", at: span)
      } else {
        // Only a raw pointer casts to a number; a reference must be dereferenced first. rustc
        // names an unsettled literal by the type it falls back to.
        let source = table.displayName(operand.type).replacing("{integer}", with: "i32")
          .replacing("{float}", with: "f64")
        error("casting `\(source)` as `\(table.displayName(target))` is invalid", at: span)
      }
      return invalid(span)
    } else {
      checked = derefNumeric(operand)
    }
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
    case (.reference, .integer):
      valid = false
    case (.reference, .reference), (.box, .box):
      // `&arr as &[i32]`, `Box::new(c) as Box<dyn Fn()>`: `as` performs any coercion.
      if let coerced = castCoercion(checked, to: target) { return coerced }
      valid = false
    default:
      valid = table.unify(source, targetShallow)
      // `Box::new(5) as Box<i32>`: a cast to the value's own type changes nothing.
      if valid, !targetShallow.isPrimitiveCastTarget { return typed(checked.kind, target, span) }
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

  /// `s.as_ptr()` or `v.as_ptr()`: a raw pointer, which `as` turns into its address.
  private func isAsPointer(_ operand: TypedExpr) -> Bool {
    switch operand.kind {
    case .builtin(.strAsPointer, _), .builtin(.sliceAsPointer, _): return true
    default: return false
    }
  }

  /// The coercion a cast between pointers performs, or nil (with nothing reported) when
  /// there is none.
  private func castCoercion(_ checked: TypedExpr, to target: TypeTerm) -> TypedExpr? {
    let reported = diagnostics.count
    let coerced = coerce(checked, to: target)
    guard diagnostics.count == reported else {
      // A refusal stands: it says what memtutor cannot run, not that the program is wrong.
      if diagnostics[reported...].contains(where: \.isUnsupported) { return coerced }
      diagnostics.removeSubrange(reported...)
      return nil
    }
    return coerced
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
    if let text = cowAsText(expr, to: wanted) { return text }
    if let pointer = closureAsFunctionPointer(expr, to: wanted) { return pointer }
    if case .tuple(let items) = expr.kind, case .tuple(let types) = wanted, items.count == types.count,
      containsFunctionPointer(wanted)
    {
      // `('+', |a, b| a + b)` where a `(char, fn(i32, i32) -> i32)` is wanted: each item is a
      // coercion site of its own.
      let coerced = zip(items, types).map { coerce($0, to: $1) }
      return typed(.tuple(coerced), .tuple(coerced.map(\.type)), expr.span)
    }
    if case .reference(let inner, let mutable) = actual,
      case .reference(let wantedInner, let wantedMutable) = wanted
    {
      var current = expr
      if mutable && !wantedMutable {
        current = typed(.coerce(.mutableToShared, current), .reference(inner, mutable: false), current.span)
        if table.unify(inner, wantedInner) { return current }
      }
      // To a user trait's object the coercion is unsizing only: `&Box<dyn Speak>` is not
      // `&dyn Speak` (rustc: `Box<dyn Speak>: Speak` is not satisfied). The `Fn` traits are
      // implemented by boxes and references of closures, so those deref.
      let unsizesOnly: Bool
      if case .dynTrait(let name) = table.shallow(wantedInner), closureState.objects[name] == nil {
        unsizesOnly = true
      } else {
        unsizesOnly = false
      }
      if !unsizesOnly, let converted = derefCoercion(current, to: wantedInner, mutable: wantedMutable) {
        return converted
      }
    }
    if let rebuilt = coerceParts(expr, to: wanted) { return rebuilt }
    if let converted = traitObjectCoercion(expr, to: wanted) { return converted }
    if let branch = firstBranchMismatching(expr, wanted: target) {
      error(
        "mismatched types: expected `\(table.displayName(target))`, found `\(table.displayName(branch.type))`",
        at: sourceSpan(of: branch))
      return typed(.coerce(.never, expr), target, expr.span)
    }
    error(
      "mismatched types: expected `\(table.displayName(target))`, found `\(table.displayName(expr.type))`",
      at: sourceSpan(of: expr))
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
      case (.rc(let counted), _), (.arc(let counted), _):
        current = typed(.coerce(.rcToReference, current), .reference(counted, mutable: false), current.span)
      case (.library(let wrapper, let guarded), _) where wrapper.isGuard:
        current = typed(
          .coerce(.guardToReference, current),
          .reference(guarded, mutable: wrapper == .refMut && isMutable), current.span)
      case (.reference(let target, let innerMutable), _):
        current = typed(.deref(current), .reference(target, mutable: innerMutable), current.span)
      default:
        // `hello(&m)` with `m: MyBox<String>`: `Deref::deref(&m)`, then on from the `&String`.
        guard let target = userDerefTarget(of: inner), derefChainReaches(from: target, to: wanted),
          let (name, impl) = userDerefImpl(of: inner)
        else { return nil }
        let useMutable = mutable && isMutable && impl.derefMut != nil
        guard
          var call = userDerefCall(
            current, typeName: name, impl: impl, mutable: useMutable, span: current.span)
        else { return nil }
        if mutable, isMutable, !useMutable, case .reference(let target, false) = table.shallow(call.type) {
          // `add(&mut w)` wanting `&mut Vec<_>` where `W` has no `DerefMut`.
          let typeName = table.displayName(inner).replacing("{integer}", with: "i32")
            .replacing("{float}", with: "f64")
          ownershipError(
            "cannot borrow data in dereference of `\(typeName)` as mutable", at: current.span, code: "E0596",
            label: "cannot borrow as mutable")
          call.type = .reference(target, mutable: true)
        }
        current = call
      }
      if case .reference(let now, _) = table.shallow(current.type),
        table.unify(now, wanted) || dropsOnlyAutoTraits(now, wanted)
      {
        if mutable, case .reference(_, false) = table.shallow(current.type) { return nil }
        return typed(current.kind, resultType, current.span)
      }
    }
    return nil
  }

  /// Whether a chain of deref steps from `start` reaches `wanted`, tried without settling
  /// any type: a program's `Deref` step is taken only when the chain through it arrives.
  func derefChainReaches(from start: TypeTerm, to wanted: TypeTerm) -> Bool {
    var type = start
    for _ in 0..<8 {
      var trial = table
      if trial.unify(type, wanted) { return true }
      switch (table.shallow(type), table.shallow(wanted)) {
      case (.string, .str): return true
      case (.vec(let element), .slice(let wantedElement)),
        (.array(let element, _), .slice(let wantedElement)):
        var elements = table
        return elements.unify(element, wantedElement)
      case (.box(let next), _), (.rc(let next), _), (.arc(let next), _), (.reference(let next, _), _):
        type = next
      case (.library(let wrapper, let next), _) where wrapper.isGuard:
        type = next
      default:
        guard let next = userDerefTarget(of: type) else { return false }
        type = next
      }
    }
    return false
  }

  /// `Some((&name, 91.5))` where `Option<(&str, f64)>` is wanted: a tuple's elements and an
  /// enum constructor's arguments are coercion sites of their own, as in rustc.
  private func coerceParts(_ expr: TypedExpr, to wanted: TypeTerm) -> TypedExpr? {
    switch (expr.kind, wanted) {
    case (.tuple(let elements), .tuple(let wantedElements)) where elements.count == wantedElements.count:
      // rustc checks a tuple written out element by element against the wanted types, so an
      // element that differs is reported at that element (`(x.clone(), x)`: at the `x`).
      let coerced = zip(elements, wantedElements).map { coerce($0, to: $1) }
      return typed(.tuple(coerced), wanted, expr.span)
    case (.variant(let enumName, let variant, let payload), _):
      let wantedPayload: [TypeTerm]
      switch (enumName, wanted) {
      case ("Option", .option(let inner)) where variant == 1: wantedPayload = [inner]
      case ("Result", .result(let ok, _)) where variant == 0: wantedPayload = [ok]
      case ("Result", .result(_, let failure)) where variant == 1: wantedPayload = [failure]
      default: return nil
      }
      guard payload.count == wantedPayload.count,
        zip(payload, wantedPayload).allSatisfy({ canCoerce($0.type, to: $1) })
      else { return nil }
      // The other type parameter of `Result` must still agree.
      if case .result(let ok, let failure) = table.shallow(expr.type),
        case .result(let wantedOk, let wantedFailure) = wanted,
        !table.unify(variant == 0 ? failure : ok, variant == 0 ? wantedFailure : wantedOk)
      {
        return nil
      }
      let coerced = zip(payload, wantedPayload).map { coerce($0, to: $1) }
      return typed(.variant(enumName: enumName, variant: variant, payload: coerced), wanted, expr.span)
    default:
      return nil
    }
  }

  /// Whether `actual` can become `wanted` by unifying or by the reference coercions above,
  /// looked at without reporting anything.
  private func canCoerce(_ actual: TypeTerm, to wanted: TypeTerm) -> Bool {
    switch (table.shallow(actual), table.shallow(wanted)) {
    case (.reference(let inner, let mutable), .reference(let wantedInner, let wantedMutable)):
      if !mutable && wantedMutable { return false }
      switch (table.shallow(inner), table.shallow(wantedInner)) {
      case (.string, .str), (.vec, .slice), (.array, .slice), (.box, _), (.reference, _): return true
      default:
        if let target = userDerefTarget(of: inner), derefChainReaches(from: target, to: wantedInner) {
          return true
        }
        return table.unify(inner, wantedInner)
      }
    case (.tuple(let items), .tuple(let wantedItems)):
      return items.count == wantedItems.count && zip(items, wantedItems).allSatisfy { canCoerce($0, to: $1) }
    case (.box(let inner), .box(let wantedInner)):
      // `Err(Box::new(ParseError))` where `Box<dyn Error>` is wanted: the box unsizes.
      // (A type without the trait is reported by the coercion, E0277 at the box.)
      if case .dynTrait = table.shallow(wantedInner) {
        if case .variable = table.shallow(inner) { return table.unify(actual, wanted) }
        return true
      }
      return table.unify(actual, wanted)
    default:
      return table.unify(actual, wanted)
    }
  }
}

extension Checker {
  /// Where `expr` is written, as rustc's type errors show it: all of a method call, not only
  /// the method's name that its value carries.
  package func sourceSpan(of expr: TypedExpr) -> SourceSpan {
    methodCallSpans[expr.span.start] ?? expr.span
  }
}

extension TypeTerm {
  /// The types a numeric cast (`x as u8`, `b as char`) produces.
  fileprivate var isPrimitiveCastTarget: Bool {
    switch self {
    case .integer, .float, .bool, .char: true
    default: false
    }
  }
}
