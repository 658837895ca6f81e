import MemoryModel

extension Checker {
  // MARK: - Fields and indexing

  /// Follows references, boxes and `Rc`s: the base expression as a place of the pointee.
  package func autoderefOnce(_ expr: TypedExpr) -> TypedExpr? {
    switch table.shallow(expr.type) {
    case .reference(let inner, _), .box(let inner):
      return typed(.deref(expr), inner, expr.span)
    case .rc(let inner), .arc(let inner):
      return typed(.deref(expr), inner, expr.span)
    case .library(let wrapper, let inner) where wrapper.isGuard:
      return typed(.deref(expr), inner, expr.span)
    case let type:
      // A `MutexGuard` dereferences to the locked value.
      if let target = guardTarget(type) { return typed(.deref(expr), target, expr.span) }
      return userDerefPlace(expr, mutable: false, span: expr.span)
    }
  }

  /// `v.iter().sum` without its call: a method of the std type is rustc's E0615, not E0609.
  private func isStandardMethod(_ name: String, of type: TypeTerm) -> Bool {
    switch type {
    case .iterator, .range: return StandardMethodNames.iterator.contains(name)
    case .library(let wrapper, _): return wrapper.isIterator && StandardMethodNames.iterator.contains(name)
    case .str: return StandardMethodNames.str.contains(name)
    case .string: return StandardMethodNames.string.contains(name)
    case .vec: return StandardMethodNames.vec.contains(name)
    case .option: return StandardMethodNames.option.contains(name)
    case .integer(let kind):
      return (kind.isSigned ? StandardMethodNames.signedInteger : StandardMethodNames.unsignedInteger)
        .contains(name)
    default: return false
    }
  }

  func checkField(base: Expr, name: String, span: SourceSpan) -> TypedExpr {
    var current = checkExpression(base)
    // rustc points at the field's name, which ends the expression.
    let nameStart = SourceLocation(
      line: span.end.line, column: max(1, span.end.column - name.unicodeScalars.count))
    let nameSpan = SourceSpan(start: nameStart, end: span.end)
    for _ in 0..<16 {
      let type = table.shallow(current.type)
      switch type {
      case .structure(let structName):
        if let info = structs[structName], let index = info.fields.firstIndex(where: { $0.name == name }) {
          checkFieldPrivacy(structName, name, span: span)
          return typed(.field(current, index: index), info.fields[index].type, span)
        }
        if let target = guardTarget(type) {
          // `m.lock().unwrap().count`: the field of the locked value.
          current = typed(.deref(current), target, current.span)
          continue
        }
        if let next = userDerefPlace(current, mutable: false, span: current.span) {
          current = next
          continue
        }
        if methods[structName]?[name] != nil {
          error("attempted to take value of method `\(name)` on type `\(structName)`", at: nameSpan)
        } else {
          error("no field `\(name)` on type `\(structName)`", at: nameSpan)
        }
        return invalid(span)
      case .library(.reverse, let inner) where name == "0":
        return typed(.field(current, index: 0), inner, span)
      case .tuple(let items):
        if let index = Int(name), index < items.count {
          return typed(.field(current, index: index), items[index], span)
        }
        error("no field `\(name)` on type `\(table.displayName(type))`", at: nameSpan)
        return invalid(span)
      case .variable:
        error("type annotations needed", at: base.span)
        return invalid(span)
      default:
        guard let next = autoderefOnce(current) else {
          if isStandardMethod(name, of: type) {
            error(
              "attempted to take value of method `\(name)` on type `\(table.displayName(type))`", at: nameSpan
            )
          } else if !type.isNever {
            error("no field `\(name)` on type `\(table.displayName(type))`", at: nameSpan)
          }
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  func checkIndex(base: Expr, index: Expr, span: SourceSpan) -> TypedExpr {
    var current = checkExpression(base)
    let checkedIndex = checkExpression(index)
    if case .range = table.shallow(checkedIndex.type) {
      return checkSliceIndex(current, checkedIndex, span: span)
    }
    // `guard[k]` on a `MutexGuard<HashMap<…>>`, `boxed[i]` on a `Box<VecDeque<…>>`: `Index` is
    // found through `Deref`, as for a method call.
    var probe = current
    for _ in 0..<16 where isSmartPointer(probe.type) {
      guard let next = autoderefOnce(probe) else { break }
      probe = next
    }
    if isVecDeque(probe.type) || isHashTable(probe.type) { current = probe }
    if isVecDeque(current.type) {
      return checkVecDequeIndex(
        current, checkedIndex, span: span, bracket: bracketSpan(after: base.span) ?? span)
    }
    if isHashTable(current.type) {
      return checkHashMapIndex(
        current, checkedIndex, span: span, bracket: bracketSpan(after: base.span) ?? span)
    }
    if let userIndex = checkUserIndex(current, checkedIndex, span: span) { return userIndex }
    // rustc names the index's type as it was before `usize` was asked of it.
    let indexTypeName = table.displayName(checkedIndex.type)
    if case .integer(let kind) = table.shallow(checkedIndex.type), kind != .usize,
      let element = indexedElement(of: current)
    {
      // `v[i]` with `i: i32`: slices are indexed by `usize` only (E0277, at the index).
      error(
        "the type `[\(table.displayName(element))]` cannot be indexed by `\(indexTypeName)`",
        at: sourceSpan(of: checkedIndex))
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    let indexValue = coerce(checkedIndex, to: .usize)
    for _ in 0..<16 {
      switch table.shallow(current.type) {
      case .vec(let element):
        // `Vec`'s `Index` impl reports panics at the `[`; built-in indexing at the expression.
        return typed(.index(current, index: indexValue), element, bracketSpan(after: base.span) ?? span)
      case .array(let element, _):
        return typed(.index(current, index: indexValue), element, span)
      case .slice(let element):
        return typed(.index(current, index: indexValue), element, span)
      case .str, .string:
        error(
          "the type `str` cannot be indexed by `\(indexTypeName)` (strings are not indexed by position)",
          at: indexValue.span)
        return invalid(span)
      case .variable where table.kind(of: table.shallow(current.type)) == .general:
        error("type annotations needed", at: base.span)
        return invalid(span)
      default:
        guard let next = autoderefOnce(current) else {
          // rustc points at the brackets.
          error(
            "cannot index into a value of type `\(table.displayName(current.type))`",
            at: bracketSpan(after: base.span) ?? span)
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  /// A `Box`, `Rc`, `Arc`, `Ref`, `RefMut` or `MutexGuard`, which indexing sees through to what it holds.
  private func isSmartPointer(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .box, .rc, .arc: return true
    case .library(let wrapper, _): return wrapper.isGuard
    case let other: return guardTarget(other) != nil
    }
  }

  /// Where the `[` after an indexed expression is.
  package func bracketSpan(after base: SourceSpan) -> SourceSpan? {
    tokenSpan("[", after: base)
  }

  /// Where `token` starts after `base`, across blanks and line breaks only: the operator or
  /// bracket that follows an operand, which rustc's reports point at.
  package func tokenSpan(_ token: String, after base: SourceSpan) -> SourceSpan? {
    let wanted = Array(token.unicodeScalars)
    guard let first = wanted.first else { return nil }
    var line = base.end.line
    var column = base.end.column
    for _ in 0..<1000 {
      guard line >= 1, line <= sourceLines.count else { return nil }
      let text = sourceLines[line - 1]
      if column - 1 >= text.count {
        line += 1
        column = 1
        continue
      }
      let scalar = text[column - 1]
      if scalar == first {
        let start = SourceLocation(line: line, column: column)
        return SourceSpan(start: start, end: SourceLocation(line: line, column: column + wanted.count))
      }
      guard scalar == " " || scalar == "\t" else { return nil }
      column += 1
    }
    return nil
  }

  /// `&v[1..3]`, `&s[0..5]`: the unsized `[T]` / `str` place, always borrowed.
  func checkSliceIndex(_ base: TypedExpr, _ range: TypedExpr, span: SourceSpan) -> TypedExpr {
    guard case .range(let element, _) = table.shallow(range.type), table.unify(element, .usize) else {
      error("mismatched types: expected `usize`, found `\(table.displayName(range.type))`", at: range.span)
      return invalid(span)
    }
    var current = base
    // Range indexing goes through `Index` impls, which report panics at the `[`.
    let bracket = bracketSpan(after: base.span) ?? span
    for _ in 0..<16 {
      switch table.shallow(current.type) {
      case .array(let element, _), .vec(let element), .slice(let element):
        return typed(.index(current, index: range), .slice(element), bracket)
      case .string, .str:
        return typed(.index(current, index: range), .str, bracket)
      default:
        guard let next = autoderefOnce(current) else {
          // rustc points at the brackets.
          error(
            "cannot index into a value of type `\(table.displayName(current.type))`",
            at: bracketSpan(after: base.span) ?? span)
          return invalid(span)
        }
        current = next
      }
    }
    return invalid(span)
  }

  // MARK: - References

  func checkReference(mutable: Bool, _ operand: Expr, span: SourceSpan, id: Int) -> TypedExpr {
    let enclosing = annotatedInitializer
    defer { annotatedInitializer = enclosing }
    annotatedInitializer = arrayExpectation(operand, inside: enclosing, id: id)
    var checked = checkExpression(operand)
    if mutable { checked = mutableOverloadedPlace(mutableDequeIndex(checked), .borrow(span)) }
    if mutable, isPlaceExpression(checked), !placeIsMutable(checked) {
      reportNotDeclaredMutable(checked, at: span)
    }
    return typed(.addressOf(checked, mutable: mutable), .reference(checked.type, mutable: mutable), span)
  }

  /// `&[&a, &b]` where `&[&dyn Shape]` is expected: the array's items coerce to trait objects.
  private func arrayExpectation(_ operand: Expr, inside wanted: (id: Int, type: TypeTerm)?, id: Int)
    -> (id: Int, type: TypeTerm)?
  {
    guard let wanted, wanted.id == id, case .array(let items) = operand.kind,
      case .reference(let referent, _) = table.shallow(wanted.type)
    else { return nil }
    switch table.shallow(referent) {
    case .slice(let element), .array(let element, _):
      return isTraitObjectPointer(element) || isUnsizedReference(element)
        ? (operand.id, .array(element, items.count)) : nil
    default: return nil
    }
  }

  package func isPlaceExpression(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .deref, .index: return true
    case .global(let index): return checkedGlobalIsStatic(index)
    case .field: return true
    default: return false
    }
  }

  package func checkedGlobalIsStatic(_ index: Int) -> Bool {
    globalDeclarations[index].kind != .constant
  }

  // MARK: - Assignment

  func checkAssign(target: Expr, value: Expr, span: SourceSpan) -> TypedExpr {
    if case .path(let path, _) = target.kind, path == ["_"] {
      // `_ = value;` is `let _ = value;`: a place is evaluated but not moved out of.
      let checked = checkExpression(value)
      let wildcard = TypedPattern(kind: .wildcard, type: checked.type, span: target.span)
      return typed(
        .block(
          TypedBlock(
            statements: [TypedStatement(kind: .binding(wildcard, checked, elseBlock: nil), span: span)],
            tail: nil,
            declaredSlots: [], span: span)), .unit, span)
    }
    let place = mutableOverloadedPlace(mutableDequeIndex(checkExpression(target)), .assign(target.span))
    guard isPlaceExpression(place) else {
      // A target that is already an error (`*copy.lock().unwrap() += 1` after `copy`'s own
      // error) is not reported again, as rustc does not.
      if !table.shallow(place.type).isNever { error("invalid left-hand side of assignment", at: target.span) }
      return invalid(span)
    }
    let enclosingAnnotation = annotatedInitializer
    annotatedInitializer = (value.id, place.type)
    let checkedValue = coerce(checkExpression(value, wanting: place.type), to: place.type)
    annotatedInitializer = enclosingAnnotation
    checkAssignable(place, span: target.span)
    return typed(.assign(place, checkedValue), .unit, span)
  }

  package func checkAssignable(_ place: TypedExpr, span: SourceSpan) {
    if case .local(let slot) = place.kind {
      if isCapture(slot) {
        noteMutableUse(of: slot, at: span, assigning: true)
        if !locals[slot].isMutable {
          ownershipError(
            "cannot assign to `\(locals[slot].name)`, as it is not declared as mutable", at: span,
            code: "E0594",
            label: "cannot assign")
        }
        return
      }
      if !locals[slot].isMutable && !deferredLocals.contains(slot) {
        ownershipError(
          "cannot assign twice to immutable variable `\(locals[slot].name)`", at: span, code: "E0384",
          label: "cannot assign twice to immutable variable")
      }
      return
    }
    if !placeIsMutable(place) {
      if reportWriteThroughGuard(place, at: span, borrowing: false) { return }
      if let vector = indexedVectorLocal(place) {
        // `v[0] = 5` on a `Vec` is `*IndexMut::index_mut(&mut v, 0) = 5`: rustc reports the
        // borrow of `v`.
        reportNotDeclaredMutable(vector, at: vector.span)
        return
      }
      if placeIsBehindSharedReference(place) {
        ownershipError(
          "cannot assign to `\(placeDescription(place))`, which is behind a `&` reference", at: span,
          code: "E0594", label: "`\(placeDescription(place))` is a `&` reference, so it cannot be written to")
      } else {
        ownershipError(
          "cannot assign to `\(placeDescription(place))`, as `\(rootName(place))` is not declared as mutable",
          at: span, code: "E0594", label: "cannot assign")
      }
    }
  }

  /// The local `Vec` a place is reached through by indexing (`v[0]`, `v[0].x`, `v[1][2]`),
  /// when no reference lies on the way.
  func indexedVectorLocal(_ place: TypedExpr) -> TypedExpr? {
    var current = place
    var found: TypedExpr?
    while true {
      switch current.kind {
      case .field(let base, _):
        current = base
      case .index(let base, _):
        if case .vec = table.shallow(base.type) { found = base }
        current = base
      case .local:
        return found.flatMap { if case .local = $0.kind { $0 } else { nil } }
      default:
        return nil
      }
    }
  }

  /// Whether the place may be written (or borrowed `&mut`).
  package func placeIsMutable(_ place: TypedExpr) -> Bool {
    switch place.kind {
    case .local(let slot):
      noteMutableUse(of: slot, at: place.span)
      return locals[slot].isMutable
    case .field(let base, _), .index(let base, _):
      if case .slice = table.shallow(base.type) { return placeIsMutable(base) }
      return isPlaceExpression(base) ? placeIsMutable(base) : true
    case .deref(let pointer):
      if case .local(let slot) = pointer.kind, isCapture(slot) {
        // Edition 2021 captures the place written (`*r`, `(*r).x`) by `&mut`.
        noteMutableUse(of: slot, at: pointer.span)
      }
      switch table.shallow(pointer.type) {
      case .reference(_, let mutable): return mutable
      case .box, .library(.refMut, _): return isPlaceExpression(pointer) ? placeIsMutable(pointer) : true
      case let type where isReadGuard(type): return false
      case let type where guardTarget(type) != nil:
        return isPlaceExpression(pointer) ? placeIsMutable(pointer) : true
      default: return false
      }
    case .coerce(_, let inner): return placeIsMutable(inner)
    default: return false
    }
  }

  package func placeIsBehindSharedReference(_ place: TypedExpr) -> Bool {
    switch place.kind {
    case .field(let base, _), .index(let base, _): return placeIsBehindSharedReference(base)
    case .deref(let pointer):
      switch table.shallow(pointer.type) {
      case .reference(_, let mutable): return !mutable
      case .rc, .arc, .library(.ref, _): return true
      case .box, .library(.refMut, _): return placeIsBehindSharedReference(pointer)
      case let type where isReadGuard(type): return true
      case let type where guardTarget(type) != nil: return placeIsBehindSharedReference(pointer)
      default: return false
      }
    default: return false
    }
  }

  package func rootName(_ place: TypedExpr) -> String {
    switch place.kind {
    case .local(let slot): return locals[slot].name
    case .field(let base, _), .index(let base, _), .deref(let base), .coerce(_, let base):
      return rootName(base)
    default: return "value"
    }
  }

  /// How rustc names a place in messages: `x`, `self.name`, `*r`, `v[_]`.
  package func placeDescription(_ place: TypedExpr) -> String {
    switch place.kind {
    case .local(let slot): return locals[slot].name
    case .global(let index): return globalDeclarations[index].name
    case .field(let base, let index):
      var name = String(index)
      switch table.shallow(base.type) {
      case .structure(let structName): name = structs[structName]?.fields[index].name ?? name
      default: break
      }
      if case .deref(let inner) = base.kind, case .reference = table.shallow(inner.type) {
        return "\(placeDescription(inner)).\(name)"
      }
      return "\(placeDescription(base)).\(name)"
    case .index(let base, _): return "\(placeDescription(base))[_]"
    case .deref(let inner): return "*\(placeDescription(inner))"
    case .coerce(_, let inner): return placeDescription(inner)
    default: return "value"
    }
  }

  func checkCompoundAssign(_ op: BinaryOperator, target: Expr, value: Expr, span: SourceSpan)
    -> TypedExpr
  {
    let place = mutableOverloadedPlace(mutableDequeIndex(checkExpression(target)), .assign(target.span))
    guard isPlaceExpression(place) else {
      // A target that is already an error (`*copy.lock().unwrap() += 1` after `copy`'s own
      // error) is not reported again, as rustc does not.
      if !table.shallow(place.type).isNever { error("invalid left-hand side of assignment", at: target.span) }
      return invalid(span)
    }
    let checkedValue = checkExpression(value)
    if let call = checkAssignOperatorCall(
      op, place: place, value: checkedValue, targetSpan: target.span, span: span)
    {
      return call
    }
    if op == .add, case .string = table.shallow(place.type) {
      let appended = coerce(checkedValue, to: .reference(.str, mutable: false))
      checkAssignable(place, span: target.span)
      let receiver = typed(.addressOf(place, mutable: true), .reference(.string, mutable: true), place.span)
      return typed(.builtin(.stringPushStr, arguments: [receiver, appended]), .unit, span)
    }
    let result = checkArithmetic(op, place, checkedValue, span: span)
    guard case .arithmetic(_, _, let right) = result.kind else { return result }
    checkAssignable(place, span: target.span)
    return typed(.compoundAssign(op, place, right), .unit, span)
  }

  /// The element type of the `Vec`, array or slice `expr` is or points at.
  private func indexedElement(of expr: TypedExpr) -> TypeTerm? {
    var current = expr
    for _ in 0..<16 {
      switch table.shallow(current.type) {
      case .vec(let element), .array(let element, _), .slice(let element): return element
      default:
        guard let next = autoderefOnce(current) else { return nil }
        current = next
      }
    }
    return nil
  }
}
