import MemoryModel

/// How a place is used mutably, for rustc's report when it cannot be: written (E0594 at the
/// assignment) or borrowed `&mut` (E0596 at the borrow).
enum MutableUse {
  case assign(SourceSpan)
  case borrow(SourceSpan)

  var span: SourceSpan {
    switch self {
    case .assign(let span), .borrow(let span): span
    }
  }
}

/// A place reached through the program's own `Deref` or `Index` impls is checked reading
/// (`*Deref::deref(&b)`, `*Index::index(&g, i)`); written or borrowed `&mut`, rustc calls
/// `DerefMut::deref_mut(&mut b)` and `IndexMut::index_mut(&mut g, i)` instead, which borrow
/// the base mutably.
extension Checker {
  func mutableOverloadedPlace(_ place: TypedExpr, _ use: MutableUse) -> TypedExpr {
    switch place.kind {
    case .field(let base, let index):
      let changed = mutableOverloadedPlace(base, use)
      return typed(.field(changed, index: index), place.type, place.span)
    case .index(let base, let index):
      // `v[0] = 3` on a `Vec` reached through a deref: `IndexMut` borrows the vector.
      let baseUse: MutableUse
      switch table.shallow(base.type) {
      case .array, .slice: baseUse = use
      default: baseUse = .borrow(base.span)
      }
      let changed = mutableOverloadedPlace(base, baseUse)
      return typed(.index(changed, index: index), place.type, place.span)
    case .deref(let pointer):
      if case .box = table.shallow(pointer.type), isPlaceExpression(pointer) {
        return typed(.deref(mutableOverloadedPlace(pointer, use)), place.type, place.span)
      }
      guard case .call(let function, let arguments) = pointer.kind, !arguments.isEmpty,
        let mutableCall = mutableOverloadedCall(function, arguments, pointer: pointer, use: use)
      else { return place }
      return typed(.deref(mutableCall), place.type, place.span)
    default:
      return place
    }
  }

  /// The `deref_mut` / `index_mut` call for a `deref` / `index` call the checker made, or the
  /// same call retyped `&mut` once its error is reported (so no second error follows). Nil for
  /// any other call.
  private func mutableOverloadedCall(
    _ function: Int, _ arguments: [TypedExpr], pointer: TypedExpr, use: MutableUse
  ) -> TypedExpr? {
    let ownType: TypeTerm
    let mutableFunction: Int?
    let what: String
    if let overloaded = overloadedDerefCalls[function] {
      guard !overloaded.isMutable else { return nil }
      ownType = namedType(overloaded.typeName)
      what = "dereference"
      mutableFunction = nil
    } else if let (typeName, impl) = indexImpl(calling: function) {
      ownType = namedType(typeName)
      what = "an index"
      mutableFunction = impl.mutableFunction
    } else {
      return nil
    }
    let hasMutable =
      what == "dereference" ? (userDerefImpl(of: ownType)?.impl.derefMut != nil) : mutableFunction != nil
    guard case .reference(let target, _) = table.shallow(pointer.type) else { return nil }
    let mutableType = TypeTerm.reference(target, mutable: true)
    guard hasMutable else {
      // Named as it will end up: an unconstrained `{integer}` is `i32`.
      let typeName = table.displayName(ownType).replacing("{integer}", with: "i32")
        .replacing("{float}", with: "f64")
      switch use {
      case .assign(let span):
        ownershipError(
          "cannot assign to data in \(what) of `\(typeName)`", at: span, code: "E0594", label: "cannot assign"
        )
      case .borrow(let span):
        ownershipError(
          "cannot borrow data in \(what) of `\(typeName)` as mutable", at: span, code: "E0596",
          label: "cannot borrow as mutable")
      }
      var retyped = pointer
      retyped.type = mutableType
      return retyped
    }
    guard let receiver = mutableReceiver(arguments[0], placeSpan: pointer.span) else { return nil }
    if what == "dereference" {
      guard let (name, impl) = userDerefImpl(of: ownType),
        var call = userDerefCall(receiver, typeName: name, impl: impl, mutable: true, span: pointer.span)
      else { return nil }
      call.span = pointer.span
      return call
    }
    guard let mutableFunction else { return nil }
    return typed(
      .call(function: mutableFunction, arguments: [receiver] + arguments.dropFirst()), mutableType,
      pointer.span)
  }

  /// The `&mut` form of a `&self` argument the checker wrote: `&x` becomes `&mut x` (E0596
  /// when `x` cannot be borrowed so), a reborrowed `&mut` stays; a `&` reference given as it
  /// is cannot become one (E0596, "behind a `&` reference").
  private func mutableReceiver(_ reference: TypedExpr, placeSpan: SourceSpan) -> TypedExpr? {
    switch reference.kind {
    case .addressOf(let base, false):
      let inner = mutableOverloadedPlace(base, .borrow(base.span))
      if isPlaceExpression(inner), !placeIsMutable(inner) {
        reportNotMutablyBorrowable(inner, at: base.span)
      }
      return typed(.addressOf(inner, mutable: true), .reference(inner.type, mutable: true), reference.span)
    case .coerce(.mutableToShared, let mutableReference):
      return mutableReference
    default:
      guard case .reference(let inner, _) = table.shallow(reference.type) else { return nil }
      let place = typed(.deref(reference), inner, placeSpan)
      reportNotMutablyBorrowable(place, at: placeSpan)
      var retyped = reference
      retyped.type = .reference(inner, mutable: true)
      return retyped
    }
  }

  /// E0596 for a `&mut` borrow of `place`, worded as rustc words it for where the place is.
  func reportNotMutablyBorrowable(_ place: TypedExpr, at span: SourceSpan) {
    if reportWriteThroughGuard(place, at: span, borrowing: true) { return }
    let name = placeDescription(place)
    if placeIsBehindSharedReference(place) {
      let reference = name.hasPrefix("*") ? String(name.dropFirst()) : rootName(place)
      ownershipError(
        "cannot borrow `\(name)` as mutable, as it is behind a `&` reference", at: span, code: "E0596",
        label: "`\(reference)` is a `&` reference, so it cannot be borrowed as mutable")
    } else {
      reportNotDeclaredMutable(place, at: span)
    }
  }

  /// E0596 for a `&mut` borrow of a place whose local is not `mut`. rustc reports one such
  /// borrow at the borrow, and several of one local as a single error at its binding
  /// (`let v = Vec::new(); v.push(1); v.push(2);` points at `v` in the `let`).
  func reportNotDeclaredMutable(_ place: TypedExpr, at span: SourceSpan) {
    let message = "cannot borrow `\(placeDescription(place))` as mutable, as it is not declared as mutable"
    guard case .local(let slot) = place.kind,
      let binding = bindingSpans[slot] ?? closureState.parameterSpans[slot]
    else {
      ownershipError(message, at: span, code: "E0596", label: "cannot borrow as mutable")
      return
    }
    if let earlier = notMutableReports[binding], earlier.index < ownershipErrors.count,
      ownershipErrors[earlier.index].message == message
    {
      // The same use checked again (a generic function's second instance) is no second use.
      if earlier.firstUse != span {
        ownershipErrors[earlier.index].span = binding
        ownershipErrors[earlier.index].primaryLabel = "not mutable"
      }
      return
    }
    notMutableReports[binding] = (ownershipErrors.count, span)
    ownershipError(message, at: span, code: "E0596", label: "cannot borrow as mutable")
  }

  /// The type and `Index` impl whose `index` is `function`.
  private func indexImpl(calling function: Int) -> (String, IndexImpl)? {
    for (typeName, impls) in indexImpls {
      if let impl = impls.first(where: { $0.function == function }) { return (typeName, impl) }
    }
    return nil
  }
}
