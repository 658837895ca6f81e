import MemoryModel

/// Generic functions, monomorphised as rustc does. A generic function is checked once with
/// each type parameter standing for an opaque type that has only what its bounds promise (so
/// `a > b` without `PartialOrd` is refused, as rustc refuses it); each call then infers the
/// type arguments, checks the bounds, and calls an instance (`largest::<i32>`) checked and
/// compiled with those types: its own function, its own frame size.
extension Checker {
  /// The parameters (counting `self`) whose declared type is one of the substituted type
  /// parameters, written bare (`t: T`).
  func typeParameterPositions(of decl: FunctionDecl, substitution: [String: TypeTerm]) -> Set<Int> {
    let offset = decl.selfParameter == nil ? 0 : 1
    return Set(
      decl.parameters.indices.filter { position in
        guard case .path(let path, let generics) = decl.parameters[position].type.kind, path.count == 1,
          generics.isEmpty
        else { return false }
        return substitution[path[0]] != nil
      }.map { $0 + offset })
  }

  /// The standard traits a bound may name, and what each one promises.
  static let standardBounds: [String: Set<String>] = [
    "PartialEq": ["PartialEq"], "Eq": ["Eq", "PartialEq"], "PartialOrd": ["PartialOrd", "PartialEq"],
    "Ord": ["Ord", "Eq", "PartialOrd", "PartialEq"], "Copy": ["Copy", "Clone"], "Clone": ["Clone"],
    "Debug": ["Debug"], "Display": ["Display"], "Default": ["Default"],
  ]

  /// How many functions and instances a program may have (polymorphic recursion would make
  /// instances without end; rustc stops it with its recursion limit).
  static let maximumSignatures = 5_000
  /// How deep a generic function's type arguments may nest before the chain is refused.
  static let deepestInstanceType = 8

  /// The same report at the same place once (the generic check and an instance can both find it).
  static func withoutRepeats(_ list: [Diagnostic]) -> [Diagnostic] {
    var seen: Set<String> = []
    return list.filter {
      seen.insert("\($0.span.start.line):\($0.span.start.column):\($0.code ?? ""):\($0.message)").inserted
    }
  }

  /// `body` with no lifetime scope: a generic callee's types resolved at a call name the
  /// callee's lifetimes, which its own signature check has already verified.
  func outsideLifetimeScope<T>(_ body: () -> T) -> T {
    let saved = lifetimesInScope
    lifetimesInScope = nil
    defer { lifetimesInScope = saved }
    return body()
  }

  func collectGenericFunction(_ decl: FunctionDecl, at index: Int, inherited: [String: TypeTerm] = [:]) {
    var substitution = inherited
    for parameter in decl.generics {
      substitution[parameter.name] = .structure(makeOpaqueParameter(parameter, acceptsMarkers: true))
    }
    for parameter in decl.generics {
      guard case .structure(let name) = substitution[parameter.name] else { continue }
      registerOpaqueClosure(parameter, typeName: name, substitution: substitution)
      registerOpaqueOperators(parameter, typeName: name, substitution: substitution)
      registerOpaqueConversions(parameter, typeName: name)
    }
    substitutions[index] = substitution
    genericFunctions.insert(index)
  }

  /// The opaque stand-in for a type parameter: a type with only what its bounds promise. A
  /// function's parameter may be bound by `Send`, `Sync` and `'static` too (`acceptsMarkers`),
  /// which its calls check (`Checker+MarkerBounds`).
  func makeOpaqueParameter(_ parameter: GenericParameter, acceptsMarkers: Bool = false) -> String {
    var promised: Set<String> = []
    var userTraits: [String] = []
    for (position, written) in parameter.bounds.enumerated() {
      let boundSpan =
        position < parameter.boundSpans.count ? parameter.boundSpans[position] : parameter.span
      guard let bound = resolveBound(written, at: boundSpan) else { continue }
      if ClosureBound.Kind(rawValue: bound) != nil, parameter.closureBound != nil {
        continue
      } else if acceptsMarkers, Self.markerBounds.contains(bound) {
        promised.insert(bound)
      } else if let implied = Self.standardBounds[bound] {
        promised.formUnion(implied)
      } else if Self.operatorTrait(named: bound) != nil {
        continue  // `registerOpaqueOperators` gives the opaque type its method.
      } else if bound == "Into", isIntoStringBound(parameter, written: written) {
        continue  // `registerOpaqueConversions` gives the opaque type its `into`.
      } else if traits[bound] != nil {
        userTraits.append(bound)
      } else if Parser.standardTraits.contains(bound) || bound == "Sized" {
        unsupported("the bound `\(bound)`", at: boundSpan)
      } else {
        error("cannot find trait `\(bound)` in this scope", at: boundSpan)
      }
    }
    // Arguments on a trait memtutor has no use for (`T: Summary<i32>`, `T: From<u8>`).
    for (written, arguments) in parameter.boundArguments.sorted(by: { $0.key < $1.key }) {
      let bound = written.split(separator: ":").last.map(String.init) ?? written
      if Self.operatorTrait(named: bound) == nil, !isIntoStringBound(parameter, written: written) {
        unsupported("generic trait bounds", at: arguments.span)
      }
    }
    var name = parameter.name
    // Invisible marks keep two functions' `T`s apart when their bounds differ.
    while structs[name] != nil || enums[name] != nil { name += "\u{200B}" }
    structs[name] = StructInfo(
      name: name, fields: [], shape: .unit, derives: promised, span: parameter.span)
    opaqueParameterTypes.insert(name)
    for trait in userTraits {
      guard let declaration = traits[trait] else { continue }
      implementedTraits[name, default: []].insert(trait)
      addOpaqueTraitConstants(declaration, type: name)
      addOpaqueAssociatedTypes(declaration, type: name, shownAs: parameter.name)
      for method in declaration.methods {
        if let index = addTraitMethod(method, trait: trait, type: name),
          !declaration.provided.contains(method.name)
        {
          bodilessSignatures.insert(index)
        }
      }
    }
    applyAssociatedBounds(parameter, opaque: name)
    return name
  }

  func checkGenericCall(
    _ index: Int, turbofish: [TypeExpr], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr {
    let decl = signatures[index].declaration
    guard decl.parameters.count == arguments.count else {
      argumentCountError(expected: decl.parameters.count, found: arguments.count, span: span, isMethod: false)
      return invalid(span)
    }
    let explicit = decl.generics.filter { !$0.name.hasPrefix("impl ") }
    guard turbofish.isEmpty || turbofish.count == explicit.count else {
      unsupported("this number of generic arguments", at: calleeSpan)
      return invalid(span)
    }
    var variables: [String: TypeTerm] = [:]
    for (position, parameter) in explicit.enumerated() where position < turbofish.count {
      variables[parameter.name] = resolveType(turbofish[position], selfType: currentOwner)
    }
    for parameter in decl.generics where variables[parameter.name] == nil {
      variables[parameter.name] = table.fresh()
    }
    let saved = typeSubstitution
    typeSubstitution = variables
    // The callee's lifetimes, not the caller's, are in scope in its signature (checked once).
    var parameterTypes = outsideLifetimeScope { decl.parameters.map { resolveType($0.type, selfType: nil) } }
    // `c: &C, i: C::Item`: the associated type is known once `C` is, from the arguments before.
    let projected = decl.parameters.indices.filter { namesProjection(decl.parameters[$0].type, of: decl) }
    typeSubstitution = saved
    unsettledProjection = false
    let arityErrors = closureState.arityErrors
    var checked: [TypedExpr] = []
    for (position, argument) in arguments.enumerated() {
      let value = checkGenericArgument(
        argument, position: position, decl: decl, variables: variables, calleeSpan: calleeSpan)
      if projected.contains(position) {
        parameterTypes[position] = settledProjectionType(
          decl.parameters[position].type, variables: variables, at: argument.span)
      }
      checked.append(coerce(value, to: parameterTypes[position]))
    }
    let firstRequirement = closureState.kindRequirements.count
    settleClosureArguments(decl: decl, arguments: arguments, variables: variables)
    // A closure of the wrong kind: its instance would only repeat the error.
    func noteInstance(_ instance: Int) {
      if closureState.arityErrors > arityErrors { bodilessSignatures.insert(instance) }
      for position in firstRequirement..<closureState.kindRequirements.count {
        closureState.kindRequirements[position].instance = instance
      }
    }
    // Types known already (always so for a recursive call inside an instance): the instance
    // with that name is shared, so a recursive generic function has one instance, not an
    // endless chain of them.
    let known = decl.generics.compactMap { variables[$0.name].map { table.resolve($0) } }
    // rustc stops at its recursion limit ("reached the recursion limit while instantiating");
    // memtutor refuses such a chain long before its types grow too deep to name.
    if known.contains(where: { $0.nests(deeperThan: Self.deepestInstanceType) }) {
      unsupported("generic functions that call themselves with ever larger types", at: calleeSpan)
      return invalid(span)
    }
    if known.count == decl.generics.count, !known.contains(where: \.containsVariables) {
      let key = "\(decl.name)::<\(known.map { table.displayName($0) }.joined(separator: ", "))>"
      if let instance = chosenInstances[key] {
        noteInstance(instance)
        return typed(.call(function: instance, arguments: checked), signatures[instance].returnType, span)
      }
    }
    guard signatures.count < Self.maximumSignatures else {
      unsupported("generic functions that call themselves with ever larger types", at: calleeSpan)
      return invalid(span)
    }
    // Otherwise the instance is chosen at the end of the body, when inference has fixed the
    // types (`let x: u8 = pick(1, 2)` makes `T` u8); its signature is reserved now.
    let instance = signatures.count
    var reserved = signatures[index]
    reserved.name = decl.name
    reserved.parameterTypes = parameterTypes
    if let returnType = decl.returnType, namesProjection(returnType, of: decl) {
      reserved.returnType = settledProjectionType(returnType, variables: variables, at: calleeSpan)
    } else {
      typeSubstitution = variables
      reserved.returnType =
        outsideLifetimeScope { decl.returnType.map { resolveType($0, selfType: nil) } } ?? .unit
      typeSubstitution = saved
    }
    signatures.append(reserved)
    noteInstance(instance)
    pendingGenericCalls.append(
      PendingGenericCall(
        generic: index, instance: instance, variables: variables, argumentSpans: arguments.map(\.span),
        calleeSpan: calleeSpan))
    return typed(.call(function: instance, arguments: checked), reserved.returnType, span)
  }

  /// Fixes each pending call's instance: its types, its bounds, its name.
  func chooseGenericInstances() {
    let pending = pendingGenericCalls
    pendingGenericCalls = []
    for call in pending {
      if genericTypes.methodImpls[call.generic] != nil {
        chooseMethodInstance(call)
        continue
      }
      let decl = signatures[call.generic].declaration
      var concrete: [String: TypeTerm] = [:]
      var failed = false
      for parameter in decl.generics {
        guard let variable = call.variables[parameter.name] else { continue }
        let type = table.resolve(variable)
        if type.containsVariables {
          // Reported with the body's other unknown types: at the binding that holds it.
          unsettledGenericCalls.append(
            (variable, !parameter.bounds.isEmpty || parameter.closureBound != nil, call.calleeSpan))
          failed = true
          continue
        }
        concrete[parameter.name] = type
        if !parameter.allowsUnsized, let unsized = Self.unsizedName(type, table: table) {
          // rustc's implicit `Sized` bound, checked before the written ones.
          let users = decl.parameters.indices.filter { mentions(decl.parameters[$0].type, parameter.name) }
          let at =
            users.count == 1 && users[0] < call.argumentSpans.count
            ? call.argumentSpans[users[0]] : call.calleeSpan
          error("the size for values of type `\(unsized)` cannot be known at compilation time", at: at)
          diagnostics[diagnostics.count - 1].code = "E0277"
          failed = true
          continue
        }
        for bound in parameter.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
        where !satisfies(type, bound) {
          let users = decl.parameters.indices.filter { mentions(decl.parameters[$0].type, parameter.name) }
          let at =
            users.count == 1 && users[0] < call.argumentSpans.count
            ? call.argumentSpans[users[0]] : call.calleeSpan
          if Self.markerBounds.contains(bound) {
            reportUnmetMarker(type, bound, at: at)
          } else if bound == "Into", convertsIntoStringOnlyInRust(type) {
            unsupported("`\(table.displayName(type))` arguments to an `Into<String>` parameter", at: at)
          } else if bound == "Into" {
            error("the trait bound `String: From<\(table.displayName(type))>` is not satisfied", at: at)
          } else if Self.operatorTrait(named: bound) != nil {
            error(unsatisfiedBoundMessage(type, bound), at: at)
            diagnostics[diagnostics.count - 1].code = "E0277"
          } else if let closure = parameter.closureBound, ClosureBound.Kind(rawValue: bound) != nil {
            let parameters = closureBoundTypes(closure, substitution: concrete).parameters.map {
              table.displayName($0)
            }.joined(separator: ", ")
            error("expected a `\(bound)(\(parameters))` closure, found `\(table.displayName(type))`", at: at)
          } else {
            error(unsatisfiedBoundMessage(type, bound), at: at)
          }
          failed = true
        }
        if !failed,
          !associatedBoundsHold(
            parameter, concrete: concrete, at: boundErrorSpan(parameter, decl: decl, call: call))
        {
          failed = true
        }
        for written in parameter.bounds where !failed {
          guard
            let message = operatorOutputMismatch(parameter, bound: written, type: type, concrete: concrete)
          else { continue }
          error(message, at: boundErrorSpan(parameter, decl: decl, call: call))
          diagnostics[diagnostics.count - 1].code = "E0271"
          failed = true
        }
      }
      // An instance for types that break a bound would only repeat the error: its own
      // reports are dropped (the program does not run anyway).
      if failed { bodilessSignatures.insert(call.instance) }
      let names = decl.generics.compactMap { concrete[$0.name].map { table.displayName($0) } }
      var signature = signatures[call.generic]
      signature.name = "\(decl.name)::<\(names.joined(separator: ", "))>"
      let saved = typeSubstitution
      typeSubstitution = concrete
      // The generic signature's lifetimes were checked once; the caller's are not in scope.
      let savedLifetimes = lifetimesInScope
      lifetimesInScope = nil
      signature.parameterTypes = decl.parameters.map { resolveType($0.type, selfType: nil) }
      signature.returnType = decl.returnType.map { resolveType($0, selfType: nil) } ?? .unit
      lifetimesInScope = savedLifetimes
      typeSubstitution = saved
      signatures[call.instance] = signature
      substitutions[call.instance] = concrete
      genericInstances.insert(call.instance)
      if !failed, chosenInstances[signature.name] == nil { chosenInstances[signature.name] = call.instance }
    }
  }

  /// Where rustc puts a bound's error at a call: the argument when one parameter names the
  /// type parameter, the callee otherwise.
  private func boundErrorSpan(_ parameter: GenericParameter, decl: FunctionDecl, call: PendingGenericCall)
    -> SourceSpan
  {
    let users = decl.parameters.indices.filter { mentions(decl.parameters[$0].type, parameter.name) }
    return users.count == 1 && users[0] < call.argumentSpans.count
      ? call.argumentSpans[users[0]] : call.calleeSpan
  }

  /// The trait a written bound names: `Display` must be imported (or written in full), as
  /// rustc requires; nil after an error.
  func resolveBound(_ written: String, at span: SourceSpan) -> String? {
    let segments = written.split(separator: ":").filter { !$0.isEmpty }.map(String.init)
    guard let name = segments.last else { return nil }
    if name == "Display" || name == "Debug" {
      guard expandPath(segments) == ["std", "fmt", name] else {
        error("cannot find trait `\(name)` in this scope", at: span)
        return nil
      }
    }
    return name
  }

  func mentions(_ type: TypeExpr, _ name: String) -> Bool {
    switch type.kind {
    case .path(let path, let generics): return path == [name] || generics.contains { mentions($0, name) }
    case .reference(_, _, let referent): return mentions(referent, name)
    case .array(let element, _), .slice(let element): return mentions(element, name)
    case .tuple(let items): return items.contains { mentions($0, name) }
    case .inferred, .never: return false
    }
  }

  /// The name of a type without a size known while compiling (`dyn Shape`, `str`, `[i32]`),
  /// or nil for a sized one.
  static func unsizedName(_ type: TypeTerm, table: InferenceTable) -> String? {
    switch type {
    case .dynTrait, .str, .slice: return table.displayName(type)
    default: return nil
    }
  }

  func satisfies(_ type: TypeTerm, _ bound: String) -> Bool {
    let resolved = table.resolve(type)
    // A trait object has its own trait's methods (its vtable's).
    if case .dynTrait(let object) = resolved {
      let (trait, autoTraits) = Self.traitObjectParts(object)
      if trait == bound || autoTraits.contains(bound) { return true }
    }
    switch bound {
    case let marker where Self.markerBounds.contains(marker): return satisfiesMarker(resolved, marker)
    case "Copy": return isCopy(resolved)
    case "Clone": return isClone(resolved)
    case "Debug": return hasDebug(resolved)
    case "Display": return hasDisplay(resolved)
    case "Fn", "FnMut", "FnOnce":
      // The kind itself is checked with the closure's captures (`checkClosureKinds`).
      if isClosureOrFunctionPointer(resolved) { return true }
      // `&F` calls `F` through the reference (so `F: Fn` is needed, checked with the captures);
      // `&mut F` is `FnMut` and `FnOnce`, never `Fn`.
      if case .reference(let inner, let mutable) = resolved, isClosureOrFunctionPointer(table.resolve(inner))
      {
        return !mutable || bound != "Fn"
      }
      return false
    case "Default":
      return implementsDefault(resolved)
    case "Into":
      if case .structure(let name) = resolved, opaqueIntoStrings.contains(name) { return true }
      return convertsIntoString(resolved)
    case let name where Self.operatorTrait(named: name) != nil:
      return Self.operatorTrait(named: name).map { satisfiesOperator(resolved, $0) } ?? false
    case "PartialEq", "PartialOrd":
      return isComparable(resolved, ordering: bound == "PartialOrd")
    case "Eq", "Ord":
      return isComparable(resolved, ordering: bound == "Ord") && isTotal(resolved, bound)
    default:
      switch resolved {
      case .structure(let name), .enumeration(let name):
        if implementedTraits[name]?.contains(bound) ?? false { return true }
        return instanceMeetsGenericTraitImpl(name, bound)
      default:
        if standardMeetsGenericTraitImpl(resolved, bound) { return true }
        // `impl Describe for i32`: a standard type the program implements its trait for.
        guard let owner = foreignOwner(of: resolved) else { return false }
        return implementedTraits[owner]?.contains(bound) ?? false
      }
    }
  }

  /// A closure, or a function pointer, which is `Fn`, `FnMut` and `FnOnce` (its signature is
  /// matched with the bound's in `settleClosureArguments`).
  private func isClosureOrFunctionPointer(_ type: TypeTerm) -> Bool {
    if case .structure(let name) = type { return closureState.signatures[name] != nil }
    return type.functionPointerSignature != nil
  }

  /// `Eq` and `Ord` leave out floats, and a user type needs the derive itself.
  private func isTotal(_ type: TypeTerm, _ bound: String) -> Bool {
    switch type {
    case .float: return false
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _):
      return isTotal(t, bound)
    case .tuple(let items): return items.allSatisfy { isTotal($0, bound) }
    case .structure(let name): return derivesOf(name).contains(bound)
    case .enumeration(let name): return derivesOf(name).contains(bound)
    default: return true
    }
  }

  /// rustc's headline for a type argument that lacks a bound.
  func unsatisfiedBoundMessage(_ type: TypeTerm, _ bound: String) -> String {
    let name = table.displayName(type)
    switch bound {
    case "PartialOrd", "PartialEq": return "can't compare `\(name)` with `\(name)`"
    case "Display": return "`\(name)` doesn't implement `std::fmt::Display`"
    case "Debug": return "`\(name)` doesn't implement `Debug`"
    case "Fn", "FnMut", "FnOnce": return "expected a `\(bound)` closure, found `\(name)`"
    case let bound where Self.operatorTrait(named: bound) != nil:
      return Self.operatorTrait(named: bound).map { unsatisfiedOperatorMessage(type, $0) } ?? ""
    default: return "the trait bound `\(name): \(bound)` is not satisfied"
    }
  }
}

package struct PendingGenericCall {
  /// The generic function's check-once signature.
  package var generic: Int
  /// The signature reserved for the instance this call runs.
  package var instance: Int
  /// Each type parameter's inference variable (or turbofish type) in the caller's body.
  package var variables: [String: TypeTerm]
  package var argumentSpans: [SourceSpan]
  package var calleeSpan: SourceSpan
}
