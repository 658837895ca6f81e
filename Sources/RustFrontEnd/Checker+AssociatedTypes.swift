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
      promiseBounds(associated.bounds, spans: associated.boundSpans, to: name, reportingErrors: false)
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
      promiseBounds(associated.bounds, spans: associated.boundSpans, to: name, reportingErrors: true)
    }
  }

  /// Gives the opaque type `name` what `bounds` promise. A trait's own bounds on an associated
  /// type are reported once, when the trait is collected (`reportingErrors` off for each copy).
  func promiseBounds(_ bounds: [String], spans: [SourceSpan], to name: String, reportingErrors: Bool) {
    for (position, written) in bounds.enumerated() where position < spans.count {
      let span = spans[position]
      let quiet = written.split(separator: ":").last.map(String.init)
      guard let bound = reportingErrors ? resolveBound(written, at: span) : quiet else { continue }
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
      } else if !reportingErrors {
        continue
      } else if Parser.standardTraits.contains(bound) || bound == "Sized" {
        unsupported("the bound `\(bound)` on an associated type", at: span)
      } else {
        error("cannot find trait `\(bound)` in this scope", at: span)
      }
    }
  }

  /// A trait's bounds on its associated types, reported once: each must name a trait memtutor
  /// can promise to an opaque type.
  private func checkAssociatedTypeBounds(_ trait: TraitDecl) {
    for associated in trait.associatedTypes where !associated.bounds.isEmpty {
      var name = "<checked bounds of \(trait.name)::\(associated.name)>"
      while structs[name] != nil || enums[name] != nil { name += "\u{200B}" }
      structs[name] = StructInfo(name: name, fields: [], shape: .unit, derives: [], span: associated.nameSpan)
      promiseBounds(associated.bounds, spans: associated.boundSpans, to: name, reportingErrors: true)
    }
  }

  /// Each impl's choice of an associated type must meet the trait's bounds on it: rustc's E0277
  /// at the type the impl wrote.
  func checkImplAssociatedTypeBounds() {
    // The trait's own bounds first, now that the program's `use`s are known.
    for decl in traits.values.sorted(by: { $0.span.start < $1.span.start }) {
      checkAssociatedTypeBounds(decl)
    }
    for typeName in associatedTypeBindings.keys.sorted() {
      for (name, bindings) in (associatedTypeBindings[typeName] ?? [:]).sorted(by: { $0.key < $1.key }) {
        for binding in bindings {
          guard let written = binding.written,
            let declared = traits[binding.trait]?.associatedTypes.first(where: { $0.name == name })
          else { continue }
          let enclosing = lifetimesInScope
          lifetimesInScope = nil
          let type = resolveType(written, selfType: typeName)
          lifetimesInScope = enclosing
          for bound in declared.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
          where !satisfies(type, bound) {
            error(unsatisfiedBoundMessage(type, bound), at: written.span)
            diagnostics[diagnostics.count - 1].code = "E0277"
          }
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

  /// An impl's method with `Self::Item` written out as the impl's type (`&'a str` of
  /// `impl<'a> Source for Words<'a>`), so the borrow check sees its lifetimes, as rustc sees the
  /// trait's signature. A signature naming the impl's lifetimes itself is refused: it may be
  /// more general than the trait's, whose signature is what rustc checks callers against.
  func implMethodWithAssociatedTypes(_ method: FunctionDecl, block: ImplBlock, type typeName: String)
    -> FunctionDecl?
  {
    let implLifetimes = Set(block.lifetimeParameters.map(\.name))
    let written = method.parameters.map(\.type) + (method.returnType.map { [$0] } ?? [])
    if !implLifetimes.isEmpty, let named = written.first(where: { namesLifetime($0, among: implLifetimes) }) {
      unsupported("a trait method whose signature names the impl's lifetimes", at: named.span)
      return nil
    }
    var types: [String: TypeExpr] = [:]
    for (name, bindings) in associatedTypeBindings[typeName] ?? [:] where bindings.count == 1 {
      if let type = bindings[0].written { types[name] = type }
    }
    guard !types.isEmpty else { return method }
    var result = method
    for index in result.parameters.indices {
      result.parameters[index].type = replacingSelfTypes(in: result.parameters[index].type, with: types)
    }
    result.returnType = result.returnType.map { replacingSelfTypes(in: $0, with: types) }
    return result
  }

  private func namesLifetime(_ type: TypeExpr, among names: Set<String>) -> Bool {
    if type.lifetimes.contains(where: { names.contains($0.name) }) { return true }
    switch type.kind {
    case .path(_, let generics): return generics.contains { namesLifetime($0, among: names) }
    case .reference(_, let lifetime, let referent):
      if let lifetime, names.contains(lifetime) { return true }
      return namesLifetime(referent, among: names)
    case .tuple(let items): return items.contains { namesLifetime($0, among: names) }
    case .slice(let element), .array(let element, _): return namesLifetime(element, among: names)
    case .inferred, .never: return false
    }
  }

  private func replacingSelfTypes(in type: TypeExpr, with types: [String: TypeExpr]) -> TypeExpr {
    var result = type
    switch type.kind {
    case .path(let path, let generics):
      if path.count == 2, path[0] == "Self", let written = types[path[1]] { return written }
      result.kind = .path(path: path, generics: generics.map { replacingSelfTypes(in: $0, with: types) })
    case .reference(let mutable, let lifetime, let referent):
      result.kind = .reference(
        mutable: mutable, lifetime: lifetime, referent: replacingSelfTypes(in: referent, with: types))
    case .tuple(let items):
      result.kind = .tuple(items.map { replacingSelfTypes(in: $0, with: types) })
    case .slice(let element):
      result.kind = .slice(element: replacingSelfTypes(in: element, with: types))
    case .array(let element, let length):
      result.kind = .array(element: replacingSelfTypes(in: element, with: types), length: length)
    case .inferred, .never:
      break
    }
    return result
  }
}
