/// `impl<T: Display> Describe for Pair<T>`: a program's trait implemented for its own generic
/// type. The impl's methods, with the trait's default methods it does not write, are a generic
/// impl's (`Checker+GenericImpls`), checked once with opaque parameters and run per instance
/// (`<Pair<i32> as Describe>::describe`); an instance has the trait when its arguments meet
/// the impl's bounds, so a generic function's `D: Describe` is E0277 where they do not.
extension Checker {
  func collectGenericTraitImpl(_ block: ImplBlock, trait name: String) {
    guard let trait = traits[name] else { return }
    if genericTypes.traitImpls[block.typeName]?[name] != nil {
      error("conflicting implementations of trait `\(name)` for type `\(block.typeName)<_>`", at: block.span)
      return
    }
    if let constant = trait.constants.first {
      unsupported("associated constants in a generic type's trait impl", at: constant.nameSpan)
      return
    }
    if let associated = trait.associatedTypes.first {
      unsupported("associated types in a generic type's trait impl", at: associated.nameSpan)
      return
    }
    var complete = block
    complete.methods = []
    var written: Set<String> = []
    for method in block.methods {
      guard trait.methods.contains(where: { $0.name == method.name }) else {
        reportNotATraitMember(method, trait: name)
        continue
      }
      guard written.insert(method.name).inserted else {
        unsupported("a trait method written twice in one impl", at: method.nameSpan)
        continue
      }
      complete.methods.append(method)
    }
    let missing = trait.methods.filter { !trait.provided.contains($0.name) && !written.contains($0.name) }
    if !missing.isEmpty {
      let names = missing.map { "`\($0.name)`" }.joined(separator: ", ")
      error("not all trait items implemented, missing: \(names)", at: block.span)
      return
    }
    for method in trait.methods where trait.provided.contains(method.name) && !written.contains(method.name) {
      complete.methods.append(method)
    }
    genericTypes.traitImpls[block.typeName, default: [:]][name] = complete
    guard Self.standardGenericBases.contains(block.typeName) else {
      _ = collectGenericImpl(complete)
      return
    }
    var indices: [Int] = []
    for method in complete.methods {
      collectBodyGlobals(method)
      indices.append(signatures.count)
      signatures.append(
        FunctionSignature(
          name: "\(block.typeName)::\(method.name)", declaration: method, owner: nil, parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
    }
    genericTypes.standardImpls.append((complete, indices))
  }

  /// The standard generic types a program's trait may be implemented for with parameters.
  static let standardGenericBases: Set<String> = ["Vec", "Option"]

  /// Once the types are declared: each standard type's generic impl gets its opaque `Self`
  /// (`Vec<T>`) and its methods are kept as a generic impl's, by the type's base name.
  func resolveStandardGenericImpls() {
    for (block, indices) in genericTypes.standardImpls {
      let written = block.targetArguments.compactMap { argument -> String? in
        guard case .path(let path, let generics) = argument.kind, path.count == 1, generics.isEmpty else {
          return nil
        }
        return block.generics.contains { $0.name == path[0] } ? path[0] : nil
      }
      guard written.count == block.targetArguments.count, written.count == block.generics.count,
        Set(written).count == written.count
      else {
        unsupported("a trait implemented for only some instances of a standard type", at: block.typeSpan)
        continue
      }
      var implSubstitution: [String: TypeTerm] = [:]
      for parameter in block.generics {
        implSubstitution[parameter.name] = .structure(makeOpaqueParameter(parameter))
      }
      for parameter in block.generics {
        guard case .structure(let name) = implSubstitution[parameter.name] else { continue }
        registerOpaqueClosure(parameter, typeName: name, substitution: implSubstitution)
        registerOpaqueOperators(parameter, typeName: name, substitution: implSubstitution)
        registerOpaqueConversions(parameter, typeName: name)
      }
      let target = TypeExpr(
        kind: .path(path: [block.typeName], generics: block.targetArguments), span: block.typeSpan)
      typeSubstitution = implSubstitution
      let ownerType = resolveType(target, selfType: nil)
      typeSubstitution = [:]
      guard standardGenericArguments(of: ownerType)?.base == block.typeName else {
        unsupported("a trait implemented for this standard type", at: block.typeSpan)
        continue
      }
      let owner = ownerType.name
      foreignOwners[owner] = ownerType
      for index in indices {
        let method = signatures[index].declaration
        signatures[index].owner = owner
        if genericTypes.implMethods[block.typeName]?[method.name] != nil {
          unsupported(
            "two methods named `\(method.name)` on the standard type `\(block.typeName)`", at: method.nameSpan
          )
          continue
        }
        genericTypes.implMethods[block.typeName, default: [:]][method.name] = index
        genericTypes.methodImpls[index] = GenericTypeState.ImplParameters(
          argumentParameters: written, generics: block.generics, trait: block.traitName,
          standardTarget: target)
        collectGenericFunction(method, at: index, inherited: implSubstitution)
      }
    }
  }

  /// `Vec<i32>` as the base name its generic impls are kept under and its type arguments.
  func standardGenericArguments(of unresolved: TypeTerm) -> (
    base: String, arguments: [TypeTerm], type: TypeTerm
  )? {
    guard !genericTypes.standardImpls.isEmpty else { return nil }
    var type = table.shallow(unresolved)
    if case .reference(let inner, _) = type { type = table.shallow(inner) }
    switch type {
    case .vec(let element): return ("Vec", [element], type)
    case .option(let payload): return ("Option", [payload], type)
    default: return nil
    }
  }

  /// The method `name` of a program's generic trait impl for the standard type `type` is
  /// (`Vec<f64>` with `impl<T: Display> Describe for Vec<T>`), found on the value itself.
  func standardGenericImplMethod(on type: TypeTerm, _ name: String) -> Int? {
    guard let arguments = standardGenericArguments(of: type), table.shallow(type) == arguments.type else {
      return nil
    }
    return genericTypes.implMethods[arguments.base]?[name]
  }

  /// Whether `Vec<i32>` has `trait` through `impl<T: Describe> Describe for Vec<T>`.
  func standardMeetsGenericTraitImpl(_ type: TypeTerm, _ trait: String) -> Bool {
    guard let arguments = standardGenericArguments(of: type), table.shallow(type) == arguments.type,
      let block = genericTypes.traitImpls[arguments.base]?[trait]
    else { return false }
    return argumentsMeetBounds(of: block, arguments.arguments)
  }

  /// True when the method's signature names `Self` beyond its receiver.
  func mentionsSelf(_ decl: FunctionDecl) -> Bool {
    decl.parameters.contains { mentions($0.type, "Self") }
      || decl.returnType.map { mentions($0, "Self") } ?? false
  }

  /// Each of the impl's parameters, given the argument in its place, meets its bounds.
  func argumentsMeetBounds(of block: ImplBlock, _ arguments: [TypeTerm]) -> Bool {
    for (position, argument) in block.targetArguments.enumerated() where position < arguments.count {
      guard case .path(let path, _) = argument.kind, path.count == 1,
        let parameter = block.generics.first(where: { $0.name == path[0] })
      else { return false }
      for bound in parameter.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
      where !satisfies(arguments[position], bound) {
        return false
      }
    }
    return true
  }

  /// The program's generic impl of `trait` for the generic type `instanceName` is an instance of.
  func genericTraitImpl(of instanceName: String, _ trait: String) -> ImplBlock? {
    guard !genericTypes.traitImpls.isEmpty,
      let instance = table.instances[instanceName] ?? genericTypes.instances[instanceName]
    else { return nil }
    return genericTypes.traitImpls[instance.base]?[trait]
  }

  /// Whether the instance `instanceName` (`Pair<i32>`) has `trait` through a generic impl: each
  /// of the impl's parameters, given the instance's argument in its place, meets its bounds.
  func instanceMeetsGenericTraitImpl(_ instanceName: String, _ trait: String) -> Bool {
    guard let block = genericTraitImpl(of: instanceName, trait),
      let instance = table.instances[instanceName] ?? genericTypes.instances[instanceName]
    else { return false }
    return argumentsMeetBounds(of: block, instance.arguments)
  }
}
