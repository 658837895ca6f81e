import MemoryModel

/// std's `PartialEq` across a `Vec`, an array and a slice: `v == [1, 2]`, `s == v`,
/// `assert_eq!(&v[1..], &[2, 3])`. std compares such pairs element by element as slices, so both
/// sides become `&[T]`. Only the pairs std implements are taken: `[T; N] == Vec<U>` or
/// `Vec<T> == &Vec<U>` has no impl (rustc's E0277), and those stay refused.
extension Checker {
  private enum SequenceShape {
    case vec
    case array
    case slice
  }

  /// What std's `PartialEq` makes of two of these.
  enum SequenceEquality {
    /// Both operands as `&[T]`.
    case slices(TypedExpr, TypedExpr)
    /// std has no impl for the pair (`[T; N] == Vec<U>`, `Vec<T> == &Vec<U>`): rustc's E0277.
    case missing
    /// Elements that differ in type, or ones memtutor does not compare itself: refused.
    case unknown
  }

  /// Both operands as `&[T]` when std compares the pair.
  func sequenceEquality(_ left: TypedExpr, _ right: TypedExpr) -> SequenceEquality {
    guard let (a, b) = sequenceEqualityOperands(left, right) else {
      let (left, right) = withMatchingReferencesPeeled(left, right)
      guard let l = sequenceOperand(left), let r = sequenceOperand(right) else { return .unknown }
      switch (l.shape, l.referenced, r.shape, r.referenced) {
      case (_, true, _, false), (_, false, _, true), (.array, false, .vec, false):
        return .missing
      case (.array, false, .array, false):
        // The same elements in arrays of two lengths; one type is left to the caller.
        guard case .array(_, let n) = table.shallow(left.type),
          case .array(_, let m) = table.shallow(right.type),
          n != m, table.unify(l.element, r.element)
        else { return .unknown }
        return .missing
      default:
        return .unknown
      }
    }
    return .slices(a, b)
  }

  /// `&a == &b` compares `a` with `b`: the layers of references both operands have, taken off.
  private func withMatchingReferencesPeeled(_ left: TypedExpr, _ right: TypedExpr) -> (TypedExpr, TypedExpr) {
    var left = left
    var right = right
    while case .reference(let a, _) = table.shallow(left.type),
      case .reference(let b, _) = table.shallow(right.type)
    {
      left = typed(.deref(left), a, left.span)
      right = typed(.deref(right), b, right.span)
    }
    return (left, right)
  }

  /// Both operands as `&[T]`, or nil when std has no `PartialEq` for the pair or the elements
  /// differ in type.
  private func sequenceEqualityOperands(_ left: TypedExpr, _ right: TypedExpr) -> (TypedExpr, TypedExpr)? {
    let (left, right) = withMatchingReferencesPeeled(left, right)
    guard let l = sequenceOperand(left), let r = sequenceOperand(right) else { return nil }
    let implemented: Bool
    switch (l.shape, l.referenced, r.shape, r.referenced) {
    case (.vec, false, .array, let referenced):
      // `Vec<T> == [U; N]` and `== &[U; N]`, not `== &mut [U; N]`.
      implemented = !referenced || !r.mutable
    case (.vec, false, .slice, _), (.slice, _, .vec, false), (.array, false, .slice, _),
      (.slice, _, .array, false):
      implemented = true
    default:
      implemented = false
    }
    // Elements without a `PartialEq` memtutor compares itself keep the refusal, rather than
    // an error worded for another pair of types.
    guard implemented, table.unify(l.element, r.element), isComparable(l.element, ordering: false),
      !hasHandWrittenEquality(l.element)
    else { return nil }
    return (l.slice, r.slice)
  }

  private func sequenceOperand(
    _ expr: TypedExpr
  ) -> (shape: SequenceShape, element: TypeTerm, referenced: Bool, mutable: Bool, slice: TypedExpr)? {
    var place = expr
    var type = table.shallow(expr.type)
    var referenced = false
    var mutable = false
    if case .reference(let inner, let isMutable) = type {
      place = typed(.deref(expr), inner, expr.span)
      type = table.shallow(inner)
      referenced = true
      mutable = isMutable
    }
    let shape: SequenceShape
    let element: TypeTerm
    switch type {
    case .vec(let e): (shape, element) = (.vec, e)
    case .array(let e, _): (shape, element) = (.array, e)
    case .slice(let e): (shape, element) = (.slice, e)
    default: return nil
    }
    let slice = asSliceReference(place, element: element, mutable: false)
    return (shape, element, referenced, mutable, slice)
  }

  func isSlice(_ type: TypeTerm?) -> Bool {
    guard let type, case .slice = table.shallow(type) else { return false }
    return true
  }

  func referent(of type: TypeTerm) -> TypeTerm? {
    guard case .reference(let inner, _) = table.shallow(type) else { return nil }
    return inner
  }

  /// `&mut [T]` compared as the `&[T]` it coerces to, so both operands have one type.
  func sharedSliceReference(_ expr: TypedExpr) -> TypedExpr {
    guard case .reference(let inner, true) = table.shallow(expr.type) else { return expr }
    return typed(.coerce(.mutableToShared, expr), .reference(inner, mutable: false), expr.span)
  }
}
