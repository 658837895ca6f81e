/// A program's own trait implemented for a standard type (`impl Describe for i32`,
/// `impl Summary for Vec<String>`): the type's methods are kept under its name as rustc writes
/// it (`foreignOwners`), so `n.describe()` binds to the impl's method at compile time and runs
/// in a frame of its own, as a method of a struct does.
extension Checker {
  func collectForeignTraitImpls() {
    let pending = deferredForeignImpls
    deferredForeignImpls = []
    for (block, trait) in pending {
      let target = TypeExpr(
        kind: .path(path: [block.typeName], generics: block.targetArguments), span: block.typeSpan)
      let type = resolveType(target, selfType: nil)
      guard !type.containsVariables else { continue }
      let owner = type.name
      foreignOwners[owner] = type
      collectTraitImpl(block, trait: trait, owner: owner)
    }
    for (block, trait) in pending {
      reportOverlapWithGenericImpl(block, trait: trait)
    }
  }

  /// `impl Describe for Vec<i32>` beside `impl<T: Describe> Describe for Vec<T>`: rustc's E0119
  /// at the later of the two when `i32` meets the generic impl's bounds. When it does not,
  /// whether rustc sees the two as apart depends on whose traits the bounds are: refused.
  private func reportOverlapWithGenericImpl(_ block: ImplBlock, trait: String) {
    guard let generic = genericTypes.traitImpls[block.typeName]?[trait] else { return }
    let target = TypeExpr(
      kind: .path(path: [block.typeName], generics: block.targetArguments), span: block.typeSpan)
    let type = resolveType(target, selfType: nil)
    guard let arguments = standardGenericArguments(of: type), !type.containsVariables else { return }
    guard argumentsMeetBounds(of: generic, arguments.arguments) else {
      unsupported("an impl for one instance beside a generic impl of the same trait", at: block.typeSpan)
      return
    }
    let later = block.span.start < generic.span.start ? generic.span : block.span
    error("conflicting implementations of trait `\(trait)` for type `\(table.displayName(type))`", at: later)
  }

  /// The name a standard type's trait methods are kept under, when the program implements one
  /// of its traits for it.
  func foreignOwner(of type: TypeTerm) -> String? {
    guard !foreignOwners.isEmpty else { return nil }
    let resolved = table.resolve(type)
    guard !resolved.containsVariables else { return nil }
    let name = resolved.name
    return foreignOwners[name] != nil ? name : nil
  }

  /// A trait method on a literal whose type is not settled (`5.describe()`): rustc takes the
  /// literal's fallback type, `i32` or `f64`, when that type has the method.
  func settleNumericReceiver(_ type: TypeTerm, for method: String) -> String? {
    guard !foreignOwners.isEmpty, case .variable = table.shallow(type) else { return nil }
    let fallback: TypeTerm
    switch table.kind(of: type) {
    case .integer: fallback = .i32
    case .float: fallback = .float(.f64)
    default: return nil
    }
    guard methods[fallback.name]?[method] != nil, table.unify(type, fallback) else { return nil }
    return fallback.name
  }

  /// A trait method on a standard type whose arguments are not settled yet (`vec![1, 2]` and
  /// `impl Describe for Vec<i32>`): rustc selects the one impl the receiver can be, which
  /// settles its arguments. With more than one (`Vec<i32>` and `Vec<i64>`) rustc leans on the
  /// literals' fallback, which this does not model: `reportMissingTraitMethod` refuses those.
  func settleForeignReceiver(_ type: TypeTerm, for method: String) -> String? {
    guard !foreignOwners.isEmpty else { return nil }
    let resolved = table.resolve(type)
    guard resolved.containsVariables else { return nil }
    if case .variable = resolved { return nil }
    let candidates = foreignCandidates(for: resolved, method)
    guard candidates.count == 1, let only = candidates.first, let owner = foreignOwners[only],
      table.unify(resolved, owner)
    else { return nil }
    return only
  }

  /// The standard types with the program's method `method` that `type` could still become.
  func foreignCandidates(for type: TypeTerm, _ method: String) -> [String] {
    foreignOwners.keys.sorted().filter { name in
      guard methods[name]?[method] != nil, let owner = foreignOwners[name] else { return false }
      var trial = table
      return trial.unify(type, owner)
    }
  }
}
