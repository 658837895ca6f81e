/// Associated constants of a program's traits (`trait Shape { const SIDES: u32; }`): each
/// impl's constant, or the trait's default where the impl writes none, becomes a `const` named
/// `Square::SIDES`, so `Square::SIDES`, `Self::SIDES` in a method (a default method is checked
/// per type) and `T::SIDES` in a generic function's instance read it as rustc's monomorphised
/// code does.
extension Checker {
  /// The trait's constants for `typeName`: the impl's own (`written`, already collected as
  /// globals by `collectItems`) are checked against the trait, the defaults added. Returns the
  /// required constants the impl leaves out.
  func collectTraitConstants(_ block: ImplBlock, trait: TraitDecl, type: String) -> [TraitConstant] {
    for constant in block.constants where !trait.constants.contains(where: { $0.name == constant.name }) {
      var diagnostic = Diagnostic(
        "const `\(constant.name)` is not a member of trait `\(trait.name)`", at: constant.span)
      diagnostic.code = "E0438"
      diagnostics.append(diagnostic)
    }
    var missing: [TraitConstant] = []
    for constant in trait.constants where !block.constants.contains(where: { $0.name == constant.name }) {
      guard constant.value != nil else {
        missing.append(constant)
        continue
      }
      addTraitConstant(constant, type: type)
    }
    return missing
  }

  /// The trait's constants on a stand-in type (a trait's opaque `Self`, a bounded type
  /// parameter): their types for checking; a required one's value is never evaluated, since
  /// the stand-in's code never runs.
  func addOpaqueTraitConstants(_ trait: TraitDecl, type: String) {
    for constant in trait.constants { addTraitConstant(constant, type: type) }
  }

  private func addTraitConstant(_ constant: TraitConstant, type: String) {
    let name = "\(type)::\(constant.name)"
    guard globalIndex[name] == nil else { return }
    let placeholder = Expr(
      id: -5_000_000 - globalDeclarations.count, kind: .macro(name: "unreachable", arguments: []),
      span: constant.nameSpan)
    globalIndex[name] = globalDeclarations.count
    globalDeclarations.append(
      GlobalDecl(
        kind: .constant, name: name, type: constant.type, value: constant.value ?? placeholder,
        span: constant.span))
  }

  /// `T::SIDES` in a generic function: the type `T` stands for (its opaque stand-in while the
  /// generic body is checked, the argument in an instance).
  func substitutedTypeName(_ segment: String) -> String? {
    switch typeSubstitution[segment] {
    case .structure(let name), .enumeration(let name): return name
    default: return nil
    }
  }
}
