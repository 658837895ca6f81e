/// Named lifetimes: where each may be used (E0261), that a declared one is used (E0392), and
/// what a signature's lifetimes say its result borrows from (`ReturnLifetimes`).
extension Checker {
  /// The lifetimes a function's types may name: its own and its impl's.
  func lifetimeScope(of signature: FunctionSignature) -> Set<String> {
    Set((signature.implLifetimes + signature.declaration.lifetimeParameters).map(\.name))
  }

  /// E0261 for a lifetime this type names directly that is not declared where it is used.
  func checkLifetimesInScope(_ type: TypeExpr) {
    guard let scope = lifetimesInScope else { return }
    var written = type.lifetimes
    if case .reference(_, let lifetime?, _) = type.kind {
      let start = SourceLocation(line: type.span.start.line, column: type.span.start.column + 1)
      written.append(
        LifetimeName(
          name: lifetime,
          span: SourceSpan(
            start: start, end: SourceLocation(line: start.line, column: start.column + 1 + lifetime.count))))
    }
    for lifetime in written where !lifetime.isBuiltIn && !scope.contains(lifetime.name) {
      var diagnostic = Diagnostic("use of undeclared lifetime name `'\(lifetime.name)`", at: lifetime.span)
      diagnostic.code = "E0261"
      diagnostic.primaryLabel = "undeclared lifetime"
      diagnostics.append(diagnostic)
    }
  }

  /// E0392: a struct or enum declares a lifetime that none of its fields uses.
  func checkLifetimeParametersUsed(_ declared: [LifetimeName], in fields: [TypeExpr]) {
    let used = Set(fields.flatMap { namedLifetimes(in: $0).map(\.name) })
    for lifetime in declared where !used.contains(lifetime.name) {
      var diagnostic = Diagnostic("lifetime parameter `'\(lifetime.name)` is never used", at: lifetime.span)
      diagnostic.code = "E0392"
      diagnostic.primaryLabel = "unused lifetime parameter"
      diagnostic.helps = [
        "consider removing `'\(lifetime.name)`, referring to it in a field, or using a marker such as `PhantomData`"
      ]
      diagnostics.append(diagnostic)
    }
  }

  /// `Self` in an `impl<'a> Lexer<'a>` is `Lexer<'a>`: a returned `Self` (or `Option<Self>`)
  /// carries the impl's lifetimes.
  private func naming(selfLifetimes: [LifetimeName], in type: TypeExpr) -> TypeExpr {
    guard !selfLifetimes.isEmpty else { return type }
    var named = type
    switch type.kind {
    case .path(let path, let generics):
      if path == ["Self"], type.lifetimes.isEmpty { named.lifetimes = selfLifetimes }
      named.kind = .path(
        path: path, generics: generics.map { naming(selfLifetimes: selfLifetimes, in: $0) })
    case .reference(let mutable, let lifetime, let referent):
      named.kind = .reference(
        mutable: mutable, lifetime: lifetime, referent: naming(selfLifetimes: selfLifetimes, in: referent))
    case .tuple(let items):
      named.kind = .tuple(items.map { naming(selfLifetimes: selfLifetimes, in: $0) })
    case .array, .slice, .inferred, .never:
      break
    }
    return named
  }

  /// The lifetimes of one type, outermost reference first: elided ones get fresh `#n` names.
  private struct LifetimeNamer {
    var count = 0
    mutating func fresh() -> String {
      count += 1
      return "#\(count)"
    }
  }

  /// A type's lifetimes in order, each elided one named by `elided()`; `outlives` collects what
  /// its well-formedness implies (`&'b Excerpt<'a>`: `'a: 'b`).
  private func lifetimes(
    of type: TypeExpr, elided: () -> String, outlives: inout Set<[String]>
  ) -> [String] {
    switch type.kind {
    case .reference(_, let lifetime, let referent):
      let own = (lifetime == nil || lifetime == "_") ? elided() : (lifetime ?? "")
      let inner = lifetimes(of: referent, elided: elided, outlives: &outlives)
      for name in inner { outlives.insert([name, own]) }
      return [own] + inner
    case .path(let path, let generics):
      var own = type.lifetimes.map { $0.name == "_" ? elided() : $0.name }
      if type.lifetimes.isEmpty {
        own = (0..<lifetimeParameterCount(ofPath: path)).map { _ in elided() }
      }
      return own + generics.flatMap { lifetimes(of: $0, elided: elided, outlives: &outlives) }
    case .array(let element, _), .slice(let element):
      return lifetimes(of: element, elided: elided, outlives: &outlives)
    case .tuple(let items):
      return items.flatMap { lifetimes(of: $0, elided: elided, outlives: &outlives) }
    case .inferred, .never:
      return []
    }
  }

  /// Which parameters a function's result may borrow from; nil when the signature does not
  /// say (its return type's elided lifetimes have no single source: E0106 was reported).
  func returnLifetimes(of signature: FunctionSignature, implTypeParameters: Set<String> = [])
    -> ReturnLifetimes?
  {
    let decl = signature.declaration
    var namer = LifetimeNamer()
    var outlives = Set<[String]>()
    var parameterLists: [[String]] = []
    var names: [String] = []
    var hasElided: [Bool] = []
    var selfOuter: String?
    if let selfParameter = decl.selfParameter {
      let implLifetimes = signature.selfLifetimes.map { $0.name == "_" ? namer.fresh() : $0.name }
      var list = implLifetimes
      if selfParameter == .reference || selfParameter == .mutableReference {
        let outer = decl.selfLifetime?.name ?? namer.fresh()
        selfOuter = outer
        list.insert(outer, at: 0)
        for name in implLifetimes { outlives.insert([name, outer]) }
      }
      parameterLists.append(list)
      names.append("self")
      hasElided.append(list.contains { $0.hasPrefix("#") })
    }
    for parameter in decl.parameters {
      let list = lifetimes(of: parameter.type, elided: { namer.fresh() }, outlives: &outlives)
      parameterLists.append(list)
      if case .identifier(let name, _, _, _) = parameter.pattern.kind {
        names.append(name)
      } else {
        names.append("argument")
      }
      hasElided.append(list.contains { $0.hasPrefix("#") })
    }
    let inputs = parameterLists.flatMap { $0 }.filter { $0 != "static" }
    let elisionSource: String? = selfOuter ?? (inputs.count == 1 ? inputs.first : nil)
    var unresolved = false
    let returned = decl.returnType.map { type in
      lifetimes(
        of: naming(selfLifetimes: signature.selfLifetimes, in: type),
        elided: {
          if let elisionSource { return elisionSource }
          unresolved = true
          return "?"
        }, outlives: &outlives)
    }
    if unresolved { return nil }
    var returnedSet = Set(returned ?? [])
    if let opaque = decl.returnImplTrait, Self.iteratorReturnItem(opaque) != nil {
      // Edition 2024: the hidden type captures every lifetime of the parameters.
      returnedSet = Set(inputs)
    }
    var flows = parameterLists.enumerated().map { index, list -> ReturnLifetimes.Flow in
      let isReference =
        index == 0 && selfOuter != nil
        || (index >= (decl.selfParameter == nil ? 0 : 1)
          && isReferenceType(decl.parameters[index - (decl.selfParameter == nil ? 0 : 1)].type))
      guard let first = list.first, list.contains(where: returnedSet.contains) else { return .none }
      if !isReference || returnedSet.contains(first) { return .whole }
      return .inner
    }
    flowThroughTypeParameters(
      decl, implTypeParameters: implTypeParameters, selfByReference: selfOuter != nil, into: &flows)
    let outer = parameterLists.indices.map { index -> String? in
      if index == 0, decl.selfParameter != nil { return selfOuter }
      let parameter = decl.parameters[index - (decl.selfParameter == nil ? 0 : 1)]
      return isReferenceType(parameter.type) ? parameterLists[index].first : nil
    }
    var result = ReturnLifetimes(
      flows: flows, parameterLifetimes: parameterLists.map(Set.init), parameterOuterLifetimes: outer,
      parameterNames: names, parameterHasElidedLifetime: hasElided, returned: returnedSet, outlives: outlives)
    if decl.selfParameter == .mutableReference, let named = decl.selfLifetime?.name {
      result.selfBorrowedForItsOwnLifetime = signature.selfLifetimes.contains { $0.name == named }
    }
    result.storedInto = storedInto(decl, lifetimes: result, implTypeParameters: implTypeParameters)
    return result
  }

  /// For each `&mut` parameter, the other parameters whose values may be stored behind it:
  /// those sharing a named lifetime (or one outliving it) or a type parameter with its referent.
  /// A parameter whose sharing lifetime or type parameter sits behind its own reference can
  /// only give what its referent holds (`.inner`).
  private func storedInto(_ decl: FunctionDecl, lifetimes: ReturnLifetimes, implTypeParameters: Set<String>)
    -> [[Int: ReturnLifetimes.Flow]]
  {
    let typeParameters = Set(typeSubstitution.keys).union(implTypeParameters)
    let implParameters = typeParameters.subtracting(decl.generics.map(\.name))
    let offset = decl.selfParameter == nil ? 0 : 1
    let count = lifetimes.parameterLifetimes.count
    func outer(_ index: Int) -> String? {
      lifetimes.parameterOuterLifetimes.indices.contains(index)
        ? lifetimes.parameterOuterLifetimes[index] : nil
    }
    func typeNames(_ index: Int, byValueOnly: Bool) -> Set<String> {
      if index < offset { return byValueOnly ? [] : implParameters }
      var type = decl.parameters[index - offset].type
      if case .reference(_, _, let referent) = type.kind {
        if byValueOnly { return [] }
        type = referent
      }
      return typeParameterNames(in: type, among: typeParameters, selfNames: implParameters)
    }
    return (0..<count).map { target -> [Int: ReturnLifetimes.Flow] in
      let isMutable: Bool
      if target < offset {
        isMutable = decl.selfParameter == .mutableReference
      } else if case .reference(true, _, _) = decl.parameters[target - offset].type.kind {
        isMutable = true
      } else {
        isMutable = false
      }
      guard isMutable else { return [:] }
      var held = lifetimes.parameterLifetimes[target]
      if let outer = outer(target) { held.remove(outer) }
      held = held.filter { !$0.hasPrefix("#") && $0 != "static" }
      let heldTypes = typeNames(target, byValueOnly: false)
      guard !held.isEmpty || !heldTypes.isEmpty else { return [:] }
      var stored: [Int: ReturnLifetimes.Flow] = [:]
      for source in 0..<count where source != target {
        let own = lifetimes.parameterLifetimes[source].filter { $0 != "static" }
        let sourceOuter = outer(source)
        if let sourceOuter, lifetimes.outlivesAny(sourceOuter, of: held) {
          stored[source] = .whole
        } else if sourceOuter == nil, own.contains(where: { lifetimes.outlivesAny($0, of: held) }) {
          stored[source] = .whole
        } else if !typeNames(source, byValueOnly: true).isDisjoint(with: heldTypes) {
          stored[source] = .whole
        } else if own.contains(where: { lifetimes.outlivesAny($0, of: held) })
          || !typeNames(source, byValueOnly: false).isDisjoint(with: heldTypes)
        {
          stored[source] = .inner
        }
      }
      return stored
    }
  }

  /// A returned `T` (or `Self` of a generic impl) is whatever the caller's `T` is: with
  /// `T = &str` it holds the borrows of the arguments that gave it, which the written
  /// lifetimes do not name. Each parameter naming a returned type parameter flows into the
  /// result: what its referent holds for a reference, all of it for a value.
  private func flowThroughTypeParameters(
    _ decl: FunctionDecl, implTypeParameters: Set<String>, selfByReference: Bool,
    into flows: inout [ReturnLifetimes.Flow]
  ) {
    let typeParameters = Set(typeSubstitution.keys).union(implTypeParameters)
    guard !typeParameters.isEmpty, let returnType = decl.returnType else { return }
    let implParameters = typeParameters.subtracting(decl.generics.map(\.name))
    let returned = typeParameterNames(in: returnType, among: typeParameters, selfNames: implParameters)
    guard !returned.isEmpty else { return }
    let offset = decl.selfParameter == nil ? 0 : 1
    for index in flows.indices where flows[index] == .none {
      let named: Set<String>
      let isReference: Bool
      if index < offset {
        named = implParameters
        isReference = selfByReference
      } else {
        let type = decl.parameters[index - offset].type
        named = typeParameterNames(in: type, among: typeParameters, selfNames: implParameters)
        isReference = isReferenceType(type)
      }
      guard !named.isDisjoint(with: returned) else { continue }
      flows[index] = isReference ? .inner : .whole
    }
  }

  private func typeParameterNames(in type: TypeExpr, among names: Set<String>, selfNames: Set<String>)
    -> Set<String>
  {
    switch type.kind {
    case .reference(_, _, let referent):
      return typeParameterNames(in: referent, among: names, selfNames: selfNames)
    case .path(let path, let generics):
      var found = Set<String>()
      if path.count == 1, let name = path.first {
        if names.contains(name) { found.insert(name) }
        if name == "Self" { found.formUnion(selfNames) }
      }
      for generic in generics {
        found.formUnion(typeParameterNames(in: generic, among: names, selfNames: selfNames))
      }
      return found
    case .array(let element, _), .slice(let element):
      return typeParameterNames(in: element, among: names, selfNames: selfNames)
    case .tuple(let items):
      return items.reduce(into: Set<String>()) {
        $0.formUnion(typeParameterNames(in: $1, among: names, selfNames: selfNames))
      }
    case .inferred, .never:
      return []
    }
  }

  private func isReferenceType(_ type: TypeExpr) -> Bool {
    if case .reference = type.kind { return true }
    return false
  }
}
