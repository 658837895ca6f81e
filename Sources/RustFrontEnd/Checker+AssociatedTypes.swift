import MemoryModel

/// Associated types of the program's own traits (`trait Container { type Item; … }`): each impl
/// names its type (`type Item = String;`), `Self::Item` in the impl and in the trait's
/// signatures is that type, and `T::Item` in a generic function is an opaque type of its own
/// (shown as rustc shows it, `<T as Container>::Item`) that each instance replaces with the
/// impl's choice.
extension Checker {
  /// Records an impl's `type Item = …;` items; returns the trait's associated types it leaves out.
  func collectAssociatedTypes(_ block: ImplBlock, trait: TraitDecl, type typeName: String)
    -> [TraitAssociatedType]
  {
    var written: Set<String> = []
    for associated in block.associatedTypes {
      guard trait.associatedTypes.contains(where: { $0.name == associated.name }) else {
        error("type `\(associated.name)` is not a member of trait `\(trait.name)`", at: associated.span)
        continue
      }
      guard written.insert(associated.name).inserted else {
        unsupported("an associated type written twice in one impl", at: associated.nameSpan)
        continue
      }
      checkLifetimesOfImplItem(associated.type, block: block)
      associatedTypeBindings[typeName, default: [:]][associated.name, default: []].append(
        AssociatedTypeBinding(trait: trait.name, written: associated.type))
    }
    return trait.associatedTypes.filter { !written.contains($0.name) }
  }

  private func checkLifetimesOfImplItem(_ type: TypeExpr, block: ImplBlock) {
    let enclosing = lifetimesInScope
    lifetimesInScope = Set(block.lifetimeParameters.map(\.name))
    checkLifetimesInScope(type)
    lifetimesInScope = enclosing
  }

  /// Gives an opaque type (a generic parameter bound by `trait`, or a trait's own `Self`) an
  /// opaque type for each of the trait's associated types.
  func addOpaqueAssociatedTypes(_ trait: TraitDecl, type typeName: String, shownAs shown: String) {
    for associated in trait.associatedTypes {
      var name = "<\(shown) as \(trait.name)>::\(associated.name)"
      while structs[name] != nil || enums[name] != nil { name += "\u{200B}" }
      structs[name] = StructInfo(name: name, fields: [], shape: .unit, derives: [], span: associated.nameSpan)
      opaqueParameterTypes.insert(name)
      associatedTypeBindings[typeName, default: [:]][associated.name, default: []].append(
        AssociatedTypeBinding(trait: trait.name, opaque: .structure(name)))
    }
  }

  /// `Self::Item` with `Self` a type implementing one of the program's traits, or `T::Item`
  /// with `T` a type parameter; nil when the path is no such name.
  func userAssociatedType(_ path: [String], selfType: String?, at span: SourceSpan) -> TypeTerm? {
    guard path.count == 2 else { return nil }
    let name = path[1]
    let owner: String
    if path[0] == "Self" {
      guard let selfType else { return nil }
      owner = selfType
    } else if let parameter = typeSubstitution[path[0]] {
      let base = table.resolve(parameter)
      if base.containsVariables {
        unsettledProjection = true
        return table.fresh()
      }
      switch base {
      case .structure(let typeName), .enumeration(let typeName): owner = typeName
      default:
        guard let foreign = foreignOwner(of: base) else { return nil }
        owner = foreign
      }
    } else {
      return nil
    }
    guard let bindings = associatedTypeBindings[owner]?[name], let binding = bindings.first else {
      let declaring = implementedTraits[owner, default: []].filter {
        traits[$0]?.associatedTypes.contains { $0.name == name } == true
      }
      if path[0] == "Self", !declaring.isEmpty {
        // The impl leaves the type out: its E0046 is the report.
        return table.fresh()
      }
      if path[0] != "Self", associatedTypeBindings[owner] != nil || opaqueParameterTypes.contains(owner) {
        // rustc points at the associated type's name, the path's last segment.
        let nameStart = SourceLocation(
          line: span.end.line, column: max(span.start.column, span.end.column - name.count))
        error(
          "associated type `\(name)` not found for `\(path[0])`",
          at: SourceSpan(start: nameStart, end: span.end))
        diagnostics[diagnostics.count - 1].code = "E0220"
        return .unit
      }
      return nil
    }
    if bindings.count > 1 || (path[0] == "Self" && name == "Item" && iteratorItemTypes[owner] != nil) {
      unsupported("an associated type name that two traits of one type declare", at: span)
      return .unit
    }
    if let opaque = binding.opaque { return opaque }
    guard let written = binding.written else { return nil }
    // Checked once, with the impl's lifetimes, when the impl was collected.
    let enclosing = lifetimesInScope
    lifetimesInScope = nil
    defer { lifetimesInScope = enclosing }
    // Only impls for types that are not generic take associated types: no parameters in scope.
    let savedSubstitution = typeSubstitution
    typeSubstitution = [:]
    defer { typeSubstitution = savedSubstitution }
    return resolveType(written, selfType: owner)
  }

  /// Whether a generic function's type names an associated type of one of its parameters
  /// (`C::Item`), which a call can resolve only once it knows `C`.
  func namesProjection(_ type: TypeExpr, of decl: FunctionDecl) -> Bool {
    switch type.kind {
    case .path(let path, let generics):
      if path.count == 2, decl.generics.contains(where: { $0.name == path[0] }) { return true }
      return generics.contains { namesProjection($0, of: decl) }
    case .reference(_, _, let referent): return namesProjection(referent, of: decl)
    case .tuple(let items): return items.contains { namesProjection($0, of: decl) }
    case .slice(let element), .array(let element, _): return namesProjection(element, of: decl)
    case .inferred, .never: return false
    }
  }

  /// A generic call's parameter or result type naming `C::Item`, resolved with what the call
  /// has inferred so far; a `C` still unknown is refused rather than guessed.
  func settledProjectionType(_ type: TypeExpr, variables: [String: TypeTerm], at span: SourceSpan)
    -> TypeTerm
  {
    let saved = typeSubstitution
    typeSubstitution = variables
    unsettledProjection = false
    let resolved = outsideLifetimeScope { resolveType(type, selfType: nil) }
    typeSubstitution = saved
    guard !unsettledProjection else {
      unsettledProjection = false
      unsupported("an associated type of a type parameter the call has not inferred yet", at: span)
      return table.fresh()
    }
    return resolved
  }

  /// `where C::Item: Display`: the opaque `<C as Container>::Item` gets what the bounds promise.
  func applyAssociatedBounds(_ parameter: GenericParameter, opaque typeName: String) {
    for associated in parameter.associatedBounds {
      guard let binding = associatedTypeBindings[typeName]?[associated.name]?.first,
        case .structure(let name)? = binding.opaque
      else {
        error(
          "associated type `\(associated.name)` not found for `\(parameter.name)`", at: associated.nameSpan)
        diagnostics[diagnostics.count - 1].code = "E0220"
        continue
      }
      for (position, written) in associated.bounds.enumerated() {
        let span =
          position < associated.boundSpans.count ? associated.boundSpans[position] : associated.nameSpan
        guard let bound = resolveBound(written, at: span) else { continue }
        if let implied = Self.standardBounds[bound] {
          structs[name]?.derives.formUnion(implied)
        } else if let declaration = traits[bound] {
          implementedTraits[name, default: []].insert(bound)
          addOpaqueTraitConstants(declaration, type: name)
          for method in declaration.methods {
            if let index = addTraitMethod(method, trait: bound, type: name),
              !declaration.provided.contains(method.name)
            {
              bodilessSignatures.insert(index)
            }
          }
        } else if Parser.standardTraits.contains(bound) || bound == "Sized" {
          unsupported("the bound `\(bound)` on an associated type", at: span)
        } else {
          error("cannot find trait `\(bound)` in this scope", at: span)
        }
      }
    }
  }

  /// Whether an instance's associated types meet the where clause's bounds on them; reports
  /// rustc's E0277 at `span` when one does not.
  func associatedBoundsHold(_ parameter: GenericParameter, concrete: [String: TypeTerm], at span: SourceSpan)
    -> Bool
  {
    for associated in parameter.associatedBounds {
      let saved = typeSubstitution
      typeSubstitution = concrete
      let type = userAssociatedType(
        [parameter.name, associated.name], selfType: nil, at: associated.nameSpan)
      typeSubstitution = saved
      guard let type else { return false }
      for bound in associated.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
      where !satisfies(type, bound) {
        error(unsatisfiedBoundMessage(type, bound), at: span)
        return false
      }
    }
    return true
  }
}
