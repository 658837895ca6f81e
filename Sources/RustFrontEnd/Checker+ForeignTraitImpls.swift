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
}
