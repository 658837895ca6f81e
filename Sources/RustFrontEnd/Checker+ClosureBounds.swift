import MemoryModel

/// Closures given to functions (`F: Fn(i32) -> i32`, `impl FnMut()`) and returned from them
/// (`-> impl Fn(i32) -> i32`). A closure's type is its own struct, so a function taking one is
/// generic and monomorphised like any other (`apply::<main::{closure#0}>`); returning one
/// gives the caller that struct, whose size is its captures.
extension Checker {
  /// The argument and return types a closure bound names, with the generic parameters it
  /// mentions replaced as `substitution` says.
  func closureBoundTypes(_ bound: ClosureBound, substitution: [String: TypeTerm]) -> (
    parameters: [TypeTerm], result: TypeTerm
  ) {
    let saved = typeSubstitution
    typeSubstitution = substitution
    defer { typeSubstitution = saved }
    let parameters = bound.parameters.map { resolveType($0, selfType: currentOwner) }
    let result = bound.returnType.map { resolveType($0, selfType: currentOwner) } ?? .unit
    return (parameters, result)
  }

  /// `F: Fn(i32) -> i32` in a generic function checked once for all its uses: `f(x)` calls a
  /// function without a body that has the bound's signature (never run, as the generic
  /// check's code never is).
  func registerOpaqueClosure(
    _ parameter: GenericParameter, typeName: String, substitution: [String: TypeTerm]
  ) {
    guard let bound = parameter.closureBound else { return }
    let (parameters, result) = closureBoundTypes(bound, substitution: substitution)
    let selfType: TypeTerm =
      bound.kind == .fnOnce
      ? .structure(typeName) : .reference(.structure(typeName), mutable: bound.kind == .fnMut)
    let index = signatures.count
    let stub = FunctionDecl(
      name: "call", nameSpan: bound.span, selfParameter: nil, parameters: [], returnType: nil,
      body: Block(statements: [], tail: nil, span: bound.span), attributes: [], span: bound.span)
    signatures.append(
      FunctionSignature(
        name: "<\(typeName) as \(bound.kind.rawValue)>::call", declaration: stub, owner: nil,
        parameterTypes: [selfType] + parameters, selfType: nil, returnType: result))
    bodilessSignatures.insert(index)
    closureState.signatures[typeName] = ClosureState.Signature(
      functionIndex: index, parameterTypes: parameters, returnType: result,
      mutatesCaptures: bound.kind == .fnMut, consumes: bound.kind == .fnOnce, isOpaque: true)
  }

  /// The closure bound on the generic parameter that a function parameter's type names
  /// (`f: F`, `f: impl Fn()`).
  func closureBound(ofParameter position: Int, in decl: FunctionDecl) -> GenericParameter? {
    guard position < decl.parameters.count,
      case .path(let path, let generics) = decl.parameters[position].type.kind,
      path.count == 1, generics.isEmpty
    else { return nil }
    return decl.generics.first { $0.name == path[0] && $0.closureBound != nil }
  }

  /// An argument of a generic call: a closure written in the call gets the bound's parameter
  /// types before its body is checked, as rustc infers them.
  func checkGenericArgument(
    _ argument: Expr, position: Int, decl: FunctionDecl, variables: [String: TypeTerm], calleeSpan: SourceSpan
  ) -> TypedExpr {
    guard case .closure(let closure) = argument.kind,
      let generic = closureBound(ofParameter: position, in: decl),
      let bound = generic.closureBound
    else { return checkExpression(argument) }
    let (parameters, _) = closureBoundTypes(bound, substitution: variables)
    guard closure.parameters.count == parameters.count else {
      let wanted = parameters.count
      let taken = closure.parameters.count
      error(
        "closure is expected to take \(wanted) argument\(wanted == 1 ? "" : "s"), but it takes \(taken) argument\(taken == 1 ? "" : "s")",
        at: calleeSpan)
      closureState.arityErrors += 1
      // Checked still, so that its type is known (no second report that it is not).
      return checkClosure(closure, span: argument.span)
    }
    return checkClosure(closure, span: argument.span, expectedParameters: parameters)
  }

  /// After a generic call's arguments: each closure given for a closure bound takes the
  /// bound's types, and its kind is checked once its body's captures are known.
  func settleClosureArguments(
    decl: FunctionDecl, arguments: [Expr], variables: [String: TypeTerm]
  ) {
    for generic in decl.generics {
      guard let bound = generic.closureBound, let variable = variables[generic.name] else { continue }
      var closureType = table.shallow(variable)
      var required = bound.kind
      if case .reference(let inner, let mutable) = closureType {
        // `&F` is called through the reference: `F` must be `Fn`; `&mut F`, `FnMut`.
        closureType = table.shallow(inner)
        required = mutable ? .fnMut : .fn
      }
      if let pointer = closureType.functionPointerSignature {
        // `apply(fnptr, 0)`: a function pointer is `Fn`, `FnMut` and `FnOnce` when its
        // signature is the bound's; rustc's report for one that is not is not modelled.
        let (parameters, result) = closureBoundTypes(bound, substitution: variables)
        let fits =
          parameters.count == pointer.parameters.count
          && zip(pointer.parameters, parameters).allSatisfy { table.unify($0, $1) }
          && table.unify(pointer.result, result)
        if !fits {
          let position = decl.parameters.indices.first {
            closureBound(ofParameter: $0, in: decl)?.name == generic.name
          }
          let span = position.flatMap { $0 < arguments.count ? arguments[$0].span : nil } ?? bound.span
          unsupported("a function pointer whose signature is not the closure bound's", at: span)
        }
        continue
      }
      guard case .structure(let structName) = closureType, let signature = closureState.signatures[structName]
      else { continue }
      let (parameters, result) = closureBoundTypes(bound, substitution: variables)
      if parameters.count == signature.parameterTypes.count {
        for (wanted, actual) in zip(parameters, signature.parameterTypes) { _ = table.unify(actual, wanted) }
      }
      _ = table.unify(signature.returnType, result)
      guard !signature.isOpaque else { continue }
      let isLiteral = decl.parameters.indices.contains { position in
        guard closureBound(ofParameter: position, in: decl)?.name == generic.name, position < arguments.count
        else { return false }
        if case .closure = arguments[position].kind { return true }
        return false
      }
      let isHeld = !decl.parameters.indices.contains {
        closureBound(ofParameter: $0, in: decl)?.name == generic.name
      }
      closureState.kindRequirements.append(
        .init(structName: structName, kind: required, isLiteral: isLiteral, isHeld: isHeld))
    }
  }

  /// A closure whose kind is more than the bound allows: rustc's report for a closure written
  /// in the call (the capture that breaks the bound) or one made earlier (E0525).
  func checkClosureKinds() {
    // One report per closure: a generic impl's bound is required again at each method call.
    var reportedHere: Set<String> = []
    for requirement in closureState.kindRequirements {
      guard let signature = closureState.signatures[requirement.structName] else { continue }
      let captures = closureState.mutations[requirement.structName] ?? []
      let consuming = closureState.consumingUses[requirement.structName]
      var kind = signature.kind
      if consuming != nil { kind = .fnOnce }
      guard requirement.kind < kind else { continue }
      // Each instance given the closure would only repeat the report in its own words.
      if let instance = requirement.instance { bodilessSignatures.insert(instance) }
      guard !reportedHere.contains(requirement.structName) else { continue }
      let wanted = requirement.kind.rawValue
      closureState.reportedKinds.insert(requirement.structName)
      reportedHere.insert(requirement.structName)
      if requirement.isHeld {
        let span = closureState.headSpans[requirement.structName] ?? SourceSpan.unknown
        unsupported("a closure held in a struct whose bound asks for another closure trait", at: span)
        continue
      }
      if requirement.isLiteral {
        if let consuming {
          ownershipError(
            "cannot move out of `\(consuming.name)`, a captured variable in an `\(wanted)` closure",
            at: consuming.span, code: "E0507",
            label:
              "move occurs because `\(consuming.name)` has a type that does not implement the `Copy` trait")
        } else if let mutation = captures.first(where: { $0.mutationSpan != nil }),
          let span = mutation.mutationSpan
        {
          if mutation.mutationIsAssignment {
            ownershipError(
              "cannot assign to `\(mutation.name)`, as it is a captured variable in a `\(wanted)` closure",
              at: span, code: "E0594", label: "cannot assign")
          } else {
            ownershipError(
              "cannot borrow `\(mutation.name)` as mutable, as it is a captured variable in a `\(wanted)` closure",
              at: span, code: "E0596", label: "cannot borrow as mutable")
          }
        }
        continue
      }
      guard let head = closureState.headSpans[requirement.structName] else { continue }
      var diagnostic = Diagnostic(
        "expected a closure that implements the `\(wanted)` trait, but this closure only implements `\(kind.rawValue)`",
        at: head)
      diagnostic.code = "E0525"
      diagnostic.primaryLabel = "this closure implements `\(kind.rawValue)`, not `\(wanted)`"
      diagnostics.append(diagnostic)
    }
    closureState.kindRequirements = []
  }

  /// `fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }`: the body must give
  /// back a closure; its struct becomes the function's return type for every caller (whose
  /// bodies are checked after this one), and a closure that borrows the function's locals
  /// cannot leave it (E0373).
  func settleOpaqueReturn(_ bound: ClosureBound, hidden: TypeTerm, index: Int, span: SourceSpan) {
    guard case .structure(let structName) = table.shallow(hidden),
      let signature = closureState.signatures[structName], !signature.isOpaque
    else {
      unsupported(
        "`impl \(bound.kind.rawValue)` return types whose body gives back something other than a closure",
        at: span)
      return
    }
    let (parameters, result) = closureBoundTypes(bound, substitution: [:])
    if parameters.count == signature.parameterTypes.count {
      for (wanted, actual) in zip(parameters, signature.parameterTypes) { _ = table.unify(actual, wanted) }
    }
    _ = table.unify(signature.returnType, result)
    closureState.kindRequirements.append(.init(structName: structName, kind: bound.kind, isLiteral: false))
    if let pending = closureState.pending.first(where: { $0.structName == structName }), !pending.isMove,
      let first = pending.places.first
    {
      var diagnostic = Diagnostic(
        "closure may outlive the current function, but it borrows `\(first.name)`, which is owned by the current function",
        at: pending.headSpan)
      diagnostic.code = "E0373"
      diagnostic.primaryLabel = "may outlive borrowed value `\(first.name)`"
      ownershipErrors.append(diagnostic)
      closureState.escapingBorrows.insert(structName)
    }
    signatures[index].returnType = .structure(structName)
  }
}
