import MemoryModel

/// One type's `impl Deref` and `impl DerefMut` of the program's own.
package struct DerefImpl: Sendable {
  /// `type Target = T;`
  package var target: TypeExpr?
  /// The impls' methods, by signature index (the generic method for a generic type).
  package var deref: Int?
  package var derefMut: Int?
  /// `impl<T> Deref for MyBox<T>`: each use runs an instance of the method.
  package var isGeneric: Bool
}

/// `impl Deref for MyBox<T>` written by hand: `*b` is `*Deref::deref(&b)` as rustc lowers it,
/// and so is each step through the type that method calls, field accesses, indexing and deref
/// coercions take. A place written or borrowed `&mut` goes through `DerefMut::deref_mut`
/// instead (`mutableOverloadedPlace`), as rustc's own fix-up of such places does.
extension Checker {
  func collectDerefImpl(_ block: ImplBlock, trait name: String) {
    let mutable = name == "DerefMut"
    let at = block.traitSpan ?? block.span
    guard expandPath(block.traitPath) == ["std", "ops", name] else {
      error("cannot find trait `\(name)` in this scope", at: at)
      return
    }
    var target: TypeExpr?
    for associated in block.associatedTypes {
      guard !mutable, associated.name == "Target" else {
        error("type `\(associated.name)` is not a member of trait `\(name)`", at: associated.span)
        diagnostics[diagnostics.count - 1].code = "E0437"
        continue
      }
      guard target == nil else {
        unsupported("an associated type written twice in one impl", at: associated.nameSpan)
        continue
      }
      target = associated.type
    }
    // `DerefMut`'s `Self::Target` is its `Deref` impl's.
    let declaredTarget = mutable ? derefTargetWritten(for: block.typeName) : target
    let wanted = mutable ? "deref_mut" : "deref"
    var kept: [FunctionDecl] = []
    for var method in block.methods {
      guard method.name == wanted else {
        reportNotATraitMember(method, trait: name)
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: !kept.isEmpty) else { continue }
      guard method.selfParameter == (mutable ? .mutableReference : .reference), method.parameters.isEmpty,
        case .reference(mutable, _, _) = method.returnType?.kind
      else {
        unsupported(
          "a `\(wanted)` method whose signature is not `\(wanted)(\(mutable ? "&mut self" : "&self")) -> \(mutable ? "&mut" : "&")Self::Target`",
          at: method.nameSpan)
        continue
      }
      if let declaredTarget {
        method.returnType = method.returnType.map {
          replacingSelfAssociatedType("Target", in: $0, with: declaredTarget)
        }
      }
      kept.append(method)
    }
    let missing = (!mutable && target == nil ? ["`Target`"] : []) + (kept.isEmpty ? ["`\(wanted)`"] : [])
    guard missing.isEmpty, let method = kept.first else {
      if !missing.isEmpty {
        error("not all trait items implemented, missing: \(missing.joined(separator: ", "))", at: block.span)
        diagnostics[diagnostics.count - 1].code = "E0046"
      }
      return
    }
    let isGeneric = !block.generics.isEmpty || !block.targetArguments.isEmpty
    let index: Int
    if isGeneric {
      if let bounded = block.generics.first(where: { !$0.bounds.isEmpty }) {
        unsupported("bounds on the parameters of a `\(name)` impl", at: bounded.span)
        return
      }
      var only = block
      only.methods = [method]
      index = signatures.count
      _ = collectGenericImpl(only)
    } else {
      guard let owner = ownTypeName(of: block) else { return }
      collectBodyGlobals(method)
      index = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as \(name)>::\(method.name)", declaration: method, owner: owner,
          parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
      // `b.deref()` calls it too when the trait is imported (rustc's E0599 otherwise).
      if imports[name] == ["std", "ops", name], methods[owner]?[method.name] == nil {
        methods[owner, default: [:]][method.name] = index
      }
    }
    var impl = derefImpls[block.typeName] ?? DerefImpl(isGeneric: isGeneric)
    if (mutable ? impl.derefMut : impl.deref) != nil {
      error("conflicting implementations of trait `\(name)` for type `\(block.typeName)`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0119"
      return
    }
    if mutable {
      impl.derefMut = index
    } else {
      impl.deref = index
      impl.target = target
    }
    derefImpls[block.typeName] = impl
  }

  /// The `Target` of the program's `impl Deref for` the type named `typeName`, as written.
  private func derefTargetWritten(for typeName: String) -> TypeExpr? {
    for item in program.items {
      guard case .implementation(let block) = item, block.typeName == typeName, block.traitName == "Deref",
        Parser.isDerefTrait(block.traitPath)
      else { continue }
      return block.associatedTypes.first { $0.name == "Target" }?.type
    }
    return nil
  }

  /// A `DerefMut` impl needs a `Deref` one (rustc's E0277); a generic impl's
  /// `deref` is called by its name only where the trait is imported.
  func checkDerefImpls() {
    for typeName in derefImpls.keys.sorted() {
      guard let impl = derefImpls[typeName] else { continue }
      if impl.deref == nil, let derefMut = impl.derefMut {
        // rustc's first report is at the `deref_mut` method.
        error(
          "the trait bound `\(typeName): Deref` is not satisfied", at: signatures[derefMut].declaration.span)
        diagnostics[diagnostics.count - 1].code = "E0277"
      }
      guard impl.isGeneric else { continue }
      for (index, trait) in [(impl.deref, "Deref"), (impl.derefMut, "DerefMut")] {
        guard let index, imports[trait] != ["std", "ops", trait] else { continue }
        let name = signatures[index].declaration.name
        if genericTypes.implMethods[typeName]?[name] == index {
          genericTypes.implMethods[typeName]?[name] = nil
        }
      }
    }
  }

  /// The program's deref impl for `type` (a struct or enum of its own, or an instance of
  /// one), with the type's name.
  func userDerefImpl(of type: TypeTerm) -> (name: String, impl: DerefImpl)? {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name):
      let base = (table.instances[name] ?? genericTypes.instances[name])?.base ?? name
      return derefImpls[base].map { (name, $0) }
    default:
      return nil
    }
  }

  /// `Deref::deref(reference)` (or `DerefMut::deref_mut`) for the reference `&x` / `&mut x`
  /// to a value of the program's type: the call, typed `&Target` / `&mut Target`.
  func userDerefCall(
    _ reference: TypedExpr, typeName: String, impl: DerefImpl, mutable: Bool, span: SourceSpan
  )
    -> TypedExpr?
  {
    guard let index = mutable ? impl.derefMut : impl.deref else { return nil }
    let call: TypedExpr
    if impl.isGeneric {
      call = checkGenericMethodCall(
        index, on: typeName, receiver: reference, arguments: [], turbofish: [], span: span, calleeSpan: span)
    } else {
      call = typed(.call(function: index, arguments: [reference]), signatures[index].returnType, span)
    }
    if case .call(let function, _) = call.kind {
      overloadedDerefCalls[function] = OverloadedCall(typeName: typeName, isMutable: mutable)
    }
    return call
  }

  /// `*x` for `x` of a type of the program's own with a `Deref` impl (`DerefMut` when
  /// `mutable` and the type has it): the place `*Deref::deref(&x)`. Nil for other types.
  func userDerefPlace(_ expr: TypedExpr, mutable: Bool, span: SourceSpan) -> TypedExpr? {
    guard let (name, impl) = userDerefImpl(of: expr.type), impl.deref != nil else { return nil }
    let useMutable = mutable && impl.derefMut != nil
    let reference = borrow(expr, mutable: useMutable)
    guard
      let call = userDerefCall(reference, typeName: name, impl: impl, mutable: useMutable, span: expr.span)
    else { return nil }
    guard case .reference(let target, _) = table.shallow(call.type) else { return invalid(span) }
    return typed(.deref(call), target, span)
  }

  /// The `Target` of a program's type's `Deref` impl without checking a call: for deref
  /// coercions, which try a chain of such steps before choosing one.
  func userDerefTarget(of type: TypeTerm) -> TypeTerm? {
    guard let (name, impl) = userDerefImpl(of: type), let index = impl.deref else { return nil }
    guard impl.isGeneric else {
      if case .reference(let target, _) = table.shallow(signatures[index].returnType) { return target }
      return nil
    }
    guard let parameters = genericTypes.methodImpls[index],
      let instance = table.instances[name] ?? genericTypes.instances[name],
      let returned = signatures[index].declaration.returnType,
      case .reference(_, _, let referent) = returned.kind
    else { return nil }
    var variables: [String: TypeTerm] = [:]
    for (position, parameter) in parameters.argumentParameters.enumerated()
    where position < instance.arguments.count {
      variables[parameter] = instance.arguments[position]
    }
    let saved = typeSubstitution
    typeSubstitution = variables
    defer { typeSubstitution = saved }
    return resolveType(referent, selfType: name)
  }
}

/// A call the checker made for an overloaded `*` (`Deref::deref`), so that a place written
/// through it can be made `DerefMut::deref_mut`.
package struct OverloadedCall: Sendable {
  package var typeName: String
  package var isMutable: Bool
}
