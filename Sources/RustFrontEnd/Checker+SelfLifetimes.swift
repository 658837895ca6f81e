/// `&'a self` and `&'a mut self`: the lifetime must be declared (E0261), and a shared `&'a self`
/// naming a lifetime of its own type is modelled only when that type is covariant in it (then
/// the borrow may end before the value's lifetime does, as any shared borrow may).
extension Checker {
  func checkSelfLifetime(_ signature: FunctionSignature) {
    let decl = signature.declaration
    guard let lifetime = decl.selfLifetime else { return }
    if lifetime.name == "static" {
      unsupported("`'static` on `self`", at: lifetime.span)
      return
    }
    if let scope = lifetimesInScope, !scope.contains(lifetime.name) {
      var diagnostic = Diagnostic("use of undeclared lifetime name `'\(lifetime.name)`", at: lifetime.span)
      diagnostic.code = "E0261"
      diagnostic.primaryLabel = "undeclared lifetime"
      diagnostics.append(diagnostic)
      return
    }
    guard decl.selfParameter == .reference, let owner = signature.owner else { return }
    let positions = signature.selfLifetimes.indices.filter {
      signature.selfLifetimes[$0].name == lifetime.name
    }
    guard !positions.isEmpty else { return }
    guard let (declared, fields) = lifetimesAndFields(of: owner) else {
      unsupported("`&'\(lifetime.name) self` on this type", at: lifetime.span)
      return
    }
    for position in positions {
      guard position < declared.count,
        fields.allSatisfy({ isCovariant(in: declared[position].name, $0) })
      else {
        unsupported("`&'\(lifetime.name) self` on a type invariant in `'\(lifetime.name)`", at: lifetime.span)
        return
      }
    }
  }

  private func lifetimesAndFields(of typeName: String) -> ([LifetimeName], [TypeExpr])? {
    for item in program.items {
      switch item {
      case .structure(let decl) where decl.name == typeName:
        return (decl.lifetimeParameters, decl.fields.map(\.type))
      case .enumeration(let decl) where decl.name == typeName:
        return (decl.lifetimeParameters, decl.variants.flatMap(\.payload))
      default: continue
      }
    }
    return nil
  }

  /// True when `type` uses `lifetime` only where a shorter one may stand in for it: behind
  /// shared references and inside std's covariant containers. Anything else that names it
  /// (`&mut`, `Cell`, a type of the program's own) counts as invariant.
  private func isCovariant(in lifetime: String, _ type: TypeExpr) -> Bool {
    switch type.kind {
    case .reference(let mutable, _, let referent):
      if mutable { return !namedLifetimes(in: referent).contains { $0.name == lifetime } }
      return isCovariant(in: lifetime, referent)
    case .path(let path, let generics):
      let covariantContainers: Set<String> = ["Vec", "Option", "Box", "Rc", "Arc", "VecDeque", "Result"]
      if path.count == 1, let name = path.first, covariantContainers.contains(name), type.lifetimes.isEmpty {
        return generics.allSatisfy { isCovariant(in: lifetime, $0) }
      }
      return !namedLifetimes(in: type).contains { $0.name == lifetime }
    case .array(let element, _), .slice(let element):
      return isCovariant(in: lifetime, element)
    case .tuple(let items):
      return items.allSatisfy { isCovariant(in: lifetime, $0) }
    case .inferred, .never:
      return true
    }
  }
}
