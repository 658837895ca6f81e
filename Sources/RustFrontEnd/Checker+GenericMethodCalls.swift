import MemoryModel

/// Calls of a generic impl's methods: checked against the generic body, with the instance to run
/// chosen once the caller's body has fixed the types.
extension Checker {
  /// A call of a generic impl's method: the impl's parameters are the instance's arguments, the
  /// method's own are inferred; the instance to run is chosen at the end of the body.
  func checkGenericMethodCall(
    _ index: Int, on instanceName: String, receiver: TypedExpr?, arguments: [Expr], turbofish: [TypeExpr],
    span: SourceSpan, calleeSpan: SourceSpan, checkedArguments: [TypedExpr]? = nil
  ) -> TypedExpr {
    let decl = signatures[index].declaration
    guard let impl = genericTypes.methodImpls[index] else { return invalid(span) }
    // A type that is not generic has no arguments for the impl's parameters.
    let instanceArguments: [TypeTerm]
    var standardOwner: TypeTerm?
    var selfName = instanceName
    if impl.standardTarget != nil {
      guard let receiver, let arguments = standardGenericArguments(of: receiver.type) else {
        unsupported("calls of a standard type's trait method by its path", at: calleeSpan)
        return invalid(span)
      }
      instanceArguments = arguments.arguments
      let settled = table.resolve(arguments.type)
      standardOwner = settled
      if settled.containsVariables, mentionsSelf(decl) {
        unsupported("a trait method naming `Self` on a value whose type is not settled yet", at: calleeSpan)
        return invalid(span)
      }
      if !settled.containsVariables {
        foreignOwners[settled.name] = settled
        selfName = settled.name
      }
    } else if let instance = table.instances[instanceName] ?? genericTypes.instances[instanceName] {
      instanceArguments = instance.arguments
    } else if impl.argumentParameters.isEmpty, signatures[index].owner == instanceName {
      instanceArguments = []
    } else {
      return invalid(span)
    }
    if receiver == nil, decl.selfParameter != nil {
      unsupported("methods called by their path", at: calleeSpan)
      return invalid(span)
    }
    let argumentCount = checkedArguments?.count ?? arguments.count
    guard decl.parameters.count == argumentCount else {
      argumentCountError(
        expected: decl.parameters.count, found: argumentCount, span: span, isMethod: receiver != nil)
      return invalid(span)
    }
    guard turbofish.isEmpty || turbofish.count == decl.generics.count else {
      unsupported("this number of generic arguments", at: calleeSpan)
      return invalid(span)
    }
    var variables: [String: TypeTerm] = [:]
    for (position, parameter) in impl.argumentParameters.enumerated()
    where position < instanceArguments.count {
      variables[parameter] = instanceArguments[position]
    }
    for (position, parameter) in decl.generics.enumerated() {
      variables[parameter.name] =
        position < turbofish.count ? resolveType(turbofish[position], selfType: currentOwner) : table.fresh()
    }
    let saved = typeSubstitution
    typeSubstitution = variables
    let ownerType = standardOwner ?? namedType(instanceName)
    // The method's own lifetimes (`fn first<'a>(&'a self, …)`) are not the caller's: its
    // signature's check has verified them.
    var parameterTypes = outsideLifetimeScope {
      decl.parameters.map { resolveType($0.type, selfType: selfName) }
    }
    let returnType = outsideLifetimeScope {
      decl.returnType.map { resolveType($0, selfType: selfName) } ?? .unit
    }
    typeSubstitution = saved
    var selfType: TypeTerm?
    switch decl.selfParameter {
    case .value, .mutableValue: selfType = ownerType
    case .reference: selfType = .reference(ownerType, mutable: false)
    case .mutableReference: selfType = .reference(ownerType, mutable: true)
    case .boxed, .mutableBoxed: selfType = .box(ownerType)
    case nil: selfType = nil
    }
    var checked: [TypedExpr] = []
    if let receiver, let selfType {
      checked.append(coerce(receiver, to: selfType))
      parameterTypes.insert(selfType, at: 0)
    }
    // `Cacher::new(|x| x + 1)` under `impl<F: Fn(u64) -> u64>`: the impl's closure bounds
    // give a closure written in the call its parameter types, as the method's own do.
    var boundDecl = decl
    boundDecl.generics = impl.generics + decl.generics
    let given =
      checkedArguments
      ?? arguments.enumerated().map { position, argument in
        checkGenericArgument(
          argument, position: position, decl: boundDecl, variables: variables, calleeSpan: calleeSpan)
      }
    for (argument, type) in zip(given, parameterTypes.suffix(given.count)) {
      checked.append(coerce(argument, to: type))
    }
    let firstRequirement = closureState.kindRequirements.count
    if checkedArguments == nil {
      settleClosureArguments(decl: boundDecl, arguments: arguments, variables: variables)
    }
    // A closure of the wrong kind: the instance that would call it only repeats the error.
    func noteInstance(_ instance: Int) {
      for position in firstRequirement..<closureState.kindRequirements.count {
        closureState.kindRequirements[position].instance = instance
      }
    }
    // Types known already (always so for a recursive call inside an instance): one instance.
    let known = (impl.argumentParameters + decl.generics.map(\.name)).compactMap {
      variables[$0].map { table.resolve($0) }
    }
    if known.contains(where: { $0.nests(deeperThan: Self.deepestInstanceType) }) {
      unsupported("generic functions that call themselves with ever larger types", at: calleeSpan)
      return invalid(span)
    }
    if known.count == variables.count,
      !known.contains(where: { $0.containsVariables || isInferredInstance($0) })
    {
      let own = decl.generics.compactMap { variables[$0.name].map { table.displayName($0) } }
      // An instance made in this body whose arguments are known already has its final name.
      let owner = table.displayName(ownerType)
      let key =
        instanceMethodName(owner, decl.name, trait: impl.trait)
        + (own.isEmpty ? "" : "::<\(own.joined(separator: ", "))>")
      if let chosen = chosenInstances[key] {
        noteInstance(chosen)
        return typed(.call(function: chosen, arguments: checked), returnType, span)
      }
    }
    guard signatures.count < Self.maximumSignatures else {
      unsupported("generic functions that call themselves with ever larger types", at: calleeSpan)
      return invalid(span)
    }
    let instanceIndex = signatures.count
    noteInstance(instanceIndex)
    var reserved = signatures[index]
    reserved.parameterTypes = parameterTypes
    reserved.selfType = selfType
    reserved.returnType = returnType
    signatures.append(reserved)
    pendingGenericCalls.append(
      PendingGenericCall(
        generic: index, instance: instanceIndex, variables: variables,
        argumentSpans: (receiver.map { [$0.span] } ?? [])
          + (checkedArguments?.map(\.span) ?? arguments.map(\.span)),
        calleeSpan: calleeSpan))
    return typed(.call(function: instanceIndex, arguments: checked), returnType, span)
  }

  /// Fixes a generic impl method's instance once the body's types are known: the impl's
  /// bounds (E0599 when the instance does not meet them), the method's own, its name.
  func chooseMethodInstance(_ call: PendingGenericCall) {
    let generic = signatures[call.generic]
    let decl = generic.declaration
    guard let impl = genericTypes.methodImpls[call.generic], let genericOwner = generic.owner else { return }
    // Nil for a generic method of a type that is not generic.
    let base = genericTypes.instances[genericOwner]?.base
    var concrete: [String: TypeTerm] = [:]
    var failed = false
    for name in impl.argumentParameters + decl.generics.map(\.name) {
      guard let variable = call.variables[name] else { continue }
      let type = table.resolve(variable)
      if type.containsVariables || isInferredInstance(type) {
        if !failed { error("type annotations needed", at: call.calleeSpan) }
        failed = true
        continue
      }
      concrete[name] = type
    }
    if failed {
      abandonInstance(call)
      return
    }
    let arguments = impl.argumentParameters.compactMap { concrete[$0] }
    var ownerType =
      base.map { instantiate($0, arguments: arguments, at: call.calleeSpan) } ?? namedType(genericOwner)
    if let target = impl.standardTarget {
      // `Vec<T>` with the instance's arguments: `Vec<i32>`, its methods kept under that name.
      let saved = typeSubstitution
      typeSubstitution = concrete
      ownerType = resolveType(target, selfType: nil)
      typeSubstitution = saved
      foreignOwners[ownerType.name] = ownerType
    }
    let owner = ownerType.name
    let unmet = impl.generics.contains { parameter in
      guard let type = concrete[parameter.name] else { return false }
      return parameter.bounds.compactMap { $0.split(separator: ":").last.map(String.init) }.contains {
        !satisfies(type, $0)
      }
        || parameter.bounds.contains {
          operatorOutputMismatch(parameter, bound: $0, type: type, concrete: concrete) != nil
        }
    }
    if unmet, reportsUnformattableArgument(call, concrete: concrete, impl: impl) {
      abandonInstance(call)
      return
    }
    if unmet {
      var kind = ownerType.isEnumeration ? "enum" : "struct"
      if case .option = ownerType { kind = "enum" }
      let what = decl.selfParameter == nil ? "function or associated item" : "method"
      var diagnostic = Diagnostic(
        "the \(what) `\(decl.name)` exists for \(kind) `\(owner)`, but its trait bounds were not satisfied",
        at: call.calleeSpan)
      diagnostic.code = "E0599"
      diagnostics.append(diagnostic)
      abandonInstance(call)
      return
    }
    for parameter in decl.generics {
      guard let type = concrete[parameter.name] else { continue }
      for bound in parameter.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
      where !satisfies(type, bound) {
        let users = decl.parameters.indices.filter { mentions(decl.parameters[$0].type, parameter.name) }
        let offset = decl.selfParameter == nil ? 0 : 1
        let at =
          users.count == 1 && users[0] + offset < call.argumentSpans.count
          ? call.argumentSpans[users[0] + offset] : call.calleeSpan
        if Self.markerBounds.contains(bound) {
          reportUnmetMarker(type, bound, at: at)
        } else {
          error(unsatisfiedBoundMessage(type, bound), at: at)
          if Self.operatorTrait(named: bound) != nil { diagnostics[diagnostics.count - 1].code = "E0277" }
        }
        failed = true
      }
    }
    if failed { bodilessSignatures.insert(call.instance) }
    var signature = generic
    let ownNames = decl.generics.compactMap { concrete[$0.name].map { table.displayName($0) } }
    signature.name =
      instanceMethodName(owner, decl.name, trait: impl.trait)
      + (ownNames.isEmpty ? "" : "::<\(ownNames.joined(separator: ", "))>")
    signature.owner = owner
    let saved = typeSubstitution
    typeSubstitution = concrete
    // The generic signature's lifetimes were checked once; the caller's are not in scope.
    let savedLifetimes = lifetimesInScope
    lifetimesInScope = nil
    var parameterTypes = decl.parameters.map { resolveType($0.type, selfType: owner) }
    signature.returnType = decl.returnType.map { resolveType($0, selfType: owner) } ?? .unit
    lifetimesInScope = savedLifetimes
    typeSubstitution = saved
    switch decl.selfParameter {
    case .value, .mutableValue: signature.selfType = ownerType
    case .reference: signature.selfType = .reference(ownerType, mutable: false)
    case .mutableReference: signature.selfType = .reference(ownerType, mutable: true)
    case .boxed, .mutableBoxed: signature.selfType = .box(ownerType)
    case nil: signature.selfType = nil
    }
    if let selfType = signature.selfType { parameterTypes.insert(selfType, at: 0) }
    signature.parameterTypes = parameterTypes
    signatures[call.instance] = signature
    substitutions[call.instance] = concrete
    genericInstances.insert(call.instance)
    if !failed, chosenInstances[signature.name] == nil { chosenInstances[signature.name] = call.instance }
  }
}

extension Checker {
  /// `Stack<i32>::push`, or `<MyBox<i32> as Deref>::deref` for a trait impl's method.
  fileprivate func instanceMethodName(_ owner: String, _ method: String, trait: String?) -> String {
    trait.map { "<\(owner) as \($0)>::\(method)" } ?? "\(owner)::\(method)"
  }

  /// An instance whose types break a bound (or are not known): its body is checked as the
  /// generic one, and its reports dropped (the program does not run anyway).
  fileprivate func abandonInstance(_ call: PendingGenericCall) {
    signatures[call.instance] = signatures[call.generic]
    substitutions[call.instance] = substitutions[call.generic]
    bodilessSignatures.insert(call.instance)
  }
}
