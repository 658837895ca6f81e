import MemoryModel

/// `v.extend(chain)` on a `Vec` from an adapter chain (`other.iter().map(|x| x * 2)`): the
/// chain's loop pushing into `v` through the `&mut` borrow. std's `Extend` reserves the
/// chain's length first when it is `TrustedLen` (`extend_trusted`: a slice, range or `zip`
/// under `map`, `enumerate`, `take`, `copied`, `cloned`), and otherwise reserves its lower bound
/// plus one whenever the `Vec` is full (`extend_desugared`), which after `filter`-like stages is
/// `push`'s own growth. Other chains (`skip`, `step_by`, a hash table's items) are refused.
extension Checker {
  struct VecExtension {
    var target: TypedExpr
    var methodSpan: SourceSpan
    var reservesLength: Bool
    var growsByPush: Bool
  }

  func checkVecExtend(into vector: TypedExpr, arguments: [Expr], span: SourceSpan, methodSpan: SourceSpan)
    -> TypedExpr
  {
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span, isMethod: true)
      return invalid(span)
    }
    pendingVecExtension = TextExtension(target: vector, methodSpan: methodSpan)
    defer { pendingVecExtension = nil }
    guard
      let extended = checkAdapterChain(
        receiver: arguments[0], method: "collect", generics: [], arguments: [], span: span, id: -1)
    else {
      unsupported("`extend` of a `Vec` from this kind of iterator", at: span)
      return invalid(span)
    }
    return extended
  }

  /// Declares the `&mut Vec` local and reserves what std reserves before the loop, or nil
  /// (reported) when the chain is not one whose growth is modelled.
  func beginVecExtend(
    _ extended: VecExtension, item: TypeTerm, iterator: TypedExpr,
    calls: [(stage: String, slot: Int, signature: ClosureState.Signature)], _ builder: inout PipelineBuilder
  ) -> Int? {
    let span = builder.span
    guard case .reference(let vecType, true) = table.shallow(extended.target.type),
      case .vec(let element) = table.shallow(vecType)
    else { return nil }
    if !table.unify(element, item) {
      var diagnostic = Diagnostic(
        "type mismatch resolving `<\(table.displayName(item))>::Item == \(table.displayName(element))`",
        at: extended.methodSpan)
      diagnostic.code = "E0271"
      diagnostics.append(diagnostic)
      return nil
    }
    guard extended.reservesLength || extended.growsByPush else {
      unsupported("`extend` of a `Vec` from this kind of iterator", at: span)
      return nil
    }
    let slot = builder.declare(
      self, "(extended)", type: extended.target.type, mutable: false, value: extended.target)
    if extended.reservesLength, !extended.growsByPush {
      guard isRepeatable(iterator) else {
        unsupported("`extend` of a `Vec` from a chain whose source is a temporary", at: iterator.span)
        return nil
      }
      let count = countAfterStages(
        typed(.builtin(.iteratorCount, arguments: [iterator]), .usize, span), calls)
      builder.statements.append(
        TypedStatement(
          kind: .expression(
            typed(.builtin(.vecReserve, arguments: [reborrowedVec(slot, span: span), count]), .unit, span)),
          span: span))
    }
    return slot
  }

  /// `&mut *extended`: the `Vec` behind the chain's `&mut` local, borrowed for one call.
  func reborrowedVec(_ slot: Int, span: SourceSpan) -> TypedExpr {
    let reference = locals[slot].type
    guard case .reference(let vecType, true) = table.shallow(reference) else {
      return typed(.local(slot), reference, span)
    }
    let vector = typed(.deref(typed(.local(slot), reference, span)), vecType, span)
    return typed(.addressOf(vector, mutable: true), reference, span)
  }
}
