/// The flat list of items the checker sees, each with its paths resolved where it is written.
extension ModuleResolver {
  mutating func flatten(_ items: [Item], in module: Int) -> [Item] {
    var result: [Item] = []
    let path = modules[module].path
    for item in items {
      scope = module
      localNames = []
      genericNames = []
      boundTraits = []
      switch item {
      case .function(var decl):
        if module != 0 { decl.name = (path + [decl.name]).joined(separator: "::") }
        decl.modulePath = modules[enclosingModule(module)].path
        result.append(.function(function(decl)))
        result += flattenBodyItems(of: decl, generics: genericNames)
      case .global(var decl):
        if module != 0 { decl.name = (path + [decl.name]).joined(separator: "::") }
        decl.type = type(decl.type)
        decl.value = expr(decl.value)
        result.append(.global(decl))
      case .structure(var decl):
        decl.modulePath = modules[enclosingModule(module)].path
        for index in decl.fields.indices { decl.fields[index].type = type(decl.fields[index].type) }
        result.append(.structure(decl))
      case .enumeration(var decl):
        for index in decl.variants.indices {
          decl.variants[index].payload = decl.variants[index].payload.map { type($0) }
        }
        result.append(.enumeration(decl))
      case .implementation(var block):
        if let trait = block.traitName, isFileTrait(trait), let traitSpan = block.traitSpan {
          checkTraitNamed(block.traitPath.isEmpty ? [trait] : block.traitPath, at: traitSpan)
        }
        if module != 0, typeNames[block.typeName] != nil, startsWith(block.typeName, at: block.typeSpan.start)
        {
          _ = lookup([block.typeName], at: block.typeSpan.start, position: .type)
        }
        let implementsTrait = block.traitName != nil
        var bodyItems: [Item] = []
        block.methods = block.methods.map {
          var method = $0
          method.modulePath = modules[enclosingModule(module)].path
          // A trait's methods are as visible as the trait.
          if implementsTrait { method.visibility = .public }
          let resolved = function(method)
          bodyItems += flattenBodyItems(of: method, generics: genericNames)
          return resolved
        }
        result.append(.implementation(block))
        result += bodyItems
      case .trait(var decl):
        decl.methods = decl.methods.map { function($0) }
        result.append(.trait(decl))
      case .use(var decl):
        // The file's own items were imported already; library paths stay for the checker.
        decl.paths = decl.paths.filter { ["std", "core", "alloc"].contains($0.first ?? "") }
        if module == 0, !decl.paths.isEmpty { result.append(.use(decl)) }
      case .module(let decl):
        if case .module(let child) = modules[module].entries[decl.name]?.kind {
          result += flatten(decl.items, in: child)
        }
      case .typeAlias(let decl):
        // Resolved here so a bad target is reported even when the alias is never used.
        genericNames = Set(decl.parameters)
        _ = type(decl.target)
      }
    }
    return result
  }

  private mutating func function(_ decl: FunctionDecl) -> FunctionDecl {
    var result = decl
    localNames = []
    genericNames = Set(decl.generics.map(\.name))
    result.generics = decl.generics.map { traitBoundsNamed($0) }
    boundTraits = traitsOfBoundsAndObjects(decl)
    for index in result.parameters.indices {
      result.parameters[index].type = type(result.parameters[index].type)
      result.parameters[index].pattern = pattern(result.parameters[index].pattern)
    }
    result.returnType = decl.returnType.map { type($0) }
    let outside = scope
    scope = bodyScope(of: decl, outside: outside)
    result.body = block(decl.body)
    if scope != outside { result.body = Self.withoutHoistedItems(result.body) }
    scope = outside
    return result
  }

  // MARK: - Types

  mutating func type(_ written: TypeExpr) -> TypeExpr {
    var result = written
    switch written.kind {
    case .path(let path, let generics):
      let arguments = generics.map { type($0) }
      if path.count == 1, genericNames.contains(path[0]) || path[0] == "Self" {
        result.kind = .path(path: path, generics: arguments)
        return result
      }
      if let spelt = standardAliasPath(path) {
        result.kind = .path(path: spelt, generics: arguments)
        return result
      }
      if let (entry, rest) = lookup(path, at: written.span.start, position: .type), rest.isEmpty {
        switch entry.kind {
        case .alias(let alias):
          return expand(alias, declaredIn: entry.module, arguments: arguments, at: written)
        case .structure, .enumeration, .trait:
          result.kind = .path(path: [entry.internalName], generics: arguments)
          return result
        default: break
        }
      }
      result.kind = .path(path: path, generics: arguments)
    case .reference(let mutable, let lifetime, let referent):
      result.kind = .reference(mutable: mutable, lifetime: lifetime, referent: type(referent))
    case .array(let element, let length):
      result.kind = .array(element: type(element), length: expr(length))
    case .slice(let element): result.kind = .slice(element: type(element))
    case .tuple(let elements): result.kind = .tuple(elements.map { type($0) })
    case .inferred, .never: break
    }
    return result
  }

  /// `Grid` → `Vec<Vec<char>>`, `Result<T>` → `std::result::Result<T, MyError>`: the target
  /// resolved in the alias's own module, its parameters replaced by the written arguments.
  private mutating func expand(
    _ alias: TypeAliasDecl, declaredIn module: Int, arguments: [TypeExpr], at written: TypeExpr
  ) -> TypeExpr {
    guard arguments.count == alias.parameters.count, !expandingAliases.contains(alias.name) else {
      diagnostics.append(
        .unsupported(
          "type aliases used with other generic arguments than they declare, or in a cycle", at: written.span)
      )
      return written
    }
    let saved = (scope, genericNames)
    scope = module
    genericNames = Set(alias.parameters)
    expandingAliases.append(alias.name)
    var target = type(alias.target)
    expandingAliases.removeLast()
    (scope, genericNames) = saved
    let substitution = Dictionary(zip(alias.parameters, arguments), uniquingKeysWith: { first, _ in first })
    target = Self.substitute(substitution, in: target)
    return target
  }

  private static func substitute(_ substitution: [String: TypeExpr], in written: TypeExpr) -> TypeExpr {
    guard !substitution.isEmpty else { return written }
    var result = written
    switch written.kind {
    case .path(let path, let generics):
      if path.count == 1, generics.isEmpty, let replacement = substitution[path[0]] { return replacement }
      result.kind = .path(path: path, generics: generics.map { substitute(substitution, in: $0) })
    case .reference(let mutable, let lifetime, let referent):
      result.kind = .reference(
        mutable: mutable, lifetime: lifetime, referent: substitute(substitution, in: referent))
    case .array(let element, let length):
      result.kind = .array(element: substitute(substitution, in: element), length: length)
    case .slice(let element): result.kind = .slice(element: substitute(substitution, in: element))
    case .tuple(let elements): result.kind = .tuple(elements.map { substitute(substitution, in: $0) })
    case .inferred, .never: break
    }
    return result
  }

  // MARK: - Patterns

  mutating func pattern(_ written: Pattern) -> Pattern {
    var result = written
    let start = written.span.start
    switch written.kind {
    case .identifier(let name, let mutable, let byReference, let subpattern):
      // `North` after `use Direction::*` in this module is the variant, as rustc reads it.
      if !mutable, !byReference, subpattern == nil,
        case .variant(let enumeration) = entryInScope(name)?.kind
      {
        result.kind = .path([enumeration, name])
        return result
      }
      localNames.insert(name)
      result.kind = .identifier(
        name: name, mutable: mutable, byReference: byReference, subpattern: subpattern.map { pattern($0) })
    case .wildcard, .rest, .literal, .range: break
    case .tuple(let items): result.kind = .tuple(items.map { pattern($0) })
    case .path(let path):
      result.kind = .path(resolvedPath(path, at: start, position: .pattern) ?? path)
    case .tupleStruct(let path, let elements):
      result.kind = .tupleStruct(
        path: resolvedPath(path, at: start, position: .pattern) ?? path,
        elements: elements.map { pattern($0) })
    case .structure(let path, let fields, let hasRest):
      let resolved = resolvedPath(path, at: start, position: .pattern) ?? path
      result.kind = .structure(
        path: resolved,
        fields: fields.map {
          var field = $0
          field.pattern = pattern($0.pattern)
          return field
        }, hasRest: hasRest)
    case .reference(let mutable, let inner): result.kind = .reference(mutable: mutable, pattern(inner))
    case .or(let options): result.kind = .or(options.map { pattern($0) })
    case .slice(let items): result.kind = .slice(items.map { pattern($0) })
    }
    return result
  }

}
