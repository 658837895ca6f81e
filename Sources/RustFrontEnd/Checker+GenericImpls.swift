import MemoryModel

/// `impl<T> Point<T>` and `impl Point<f32>`. A generic impl's methods are checked once with
/// opaque parameters that have only what the impl's bounds promise, and each use runs an
/// instance for its receiver's type (`Point<i32>::x`), with the impl's bounds checked then, as
/// rustc checks them (E0599 when the type does not meet them). An impl for one instance adds
/// methods to that type alone.
extension Checker {
  /// An impl block of a generic type: its methods get signatures now, their types later.
  func collectGenericImpl(_ block: ImplBlock) -> Bool {
    guard !block.generics.isEmpty || !block.targetArguments.isEmpty else { return false }
    var indices: [Int] = []
    for method in block.methods {
      collectBodyGlobals(method)
      indices.append(signatures.count)
      signatures.append(
        FunctionSignature(
          name: "\(block.typeName)::\(method.name)", declaration: method, owner: nil, parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters,
          selfLifetimes: block.targetLifetimes))
    }
    genericTypes.impls.append((block, indices))
    return true
  }

  /// `impl Stack<T>` without `<T>` after `impl`: the `T` names no type in scope (rustc's E0425,
  /// at each such argument). Only a one-letter name is taken for a forgotten parameter, as
  /// `resolveType` takes it; a generic parameter declared elsewhere is no type here either.
  private func undeclaredParameters(of block: ImplBlock) -> Bool {
    var found = false
    for argument in block.targetArguments {
      guard case .path(let path, let generics) = argument.kind, path.count == 1, generics.isEmpty,
        let name = path.first, name.count == 1, name.first?.isUppercase == true,
        !block.generics.contains(where: { $0.name == name }),
        structs[name] == nil || opaqueParameterTypes.contains(name), enums[name] == nil
      else { continue }
      error("cannot find type `\(name)` in this scope", at: argument.span)
      found = true
    }
    return found
  }

  /// Once the types are declared: each generic impl's `Self` and its methods' owners.
  func resolveGenericImpls() {
    for (block, indices) in genericTypes.impls {
      let base = block.typeName
      guard let parameters = genericTypes.parameters(of: base) else {
        if structs[base] != nil || enums[base] != nil {
          let kind = structs[base] != nil ? "struct" : "enum"
          let count = block.targetArguments.count
          var diagnostic = Diagnostic(
            "\(kind) takes 0 generic arguments but \(count) generic argument\(count == 1 ? " was" : "s were") supplied",
            at: block.typeSpan)
          diagnostic.code = "E0107"
          diagnostics.append(diagnostic)
        } else {
          error("cannot find type `\(base)` in this scope", at: block.typeSpan)
        }
        continue
      }
      if undeclaredParameters(of: block) { continue }
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
      typeSubstitution = implSubstitution
      let target = TypeExpr(kind: .path(path: [base], generics: block.targetArguments), span: block.typeSpan)
      let ownerType = resolveType(target, selfType: nil)
      typeSubstitution = [:]
      let owner = ownerType.name
      guard genericTypes.instances[owner] != nil else { continue }
      // `impl<T> Point<T>`: each argument one of the impl's parameters, each parameter once.
      let written = block.targetArguments.compactMap { argument -> String? in
        guard case .path(let path, let generics) = argument.kind, path.count == 1, generics.isEmpty else {
          return nil
        }
        return block.generics.contains { $0.name == path[0] } ? path[0] : nil
      }
      let isGeneric = !block.generics.isEmpty
      if isGeneric,
        written.count != parameters.count || Set(written).count != written.count
          || written.count != block.generics.count
      {
        unsupported("`impl` blocks for only some instances of a generic type", at: block.typeSpan)
        continue
      }
      for index in indices {
        let method = signatures[index].declaration
        signatures[index].owner = owner
        if isGeneric {
          if let existing = genericTypes.implMethods[base]?[method.name] {
            if block.traitName != nil || genericTypes.methodImpls[existing]?.trait != nil {
              // Two traits' methods of one name (or a trait's and an inherent one) are allowed
              // by rustc, which picks by the call; `implMethods` keeps one per name.
              unsupported(
                "two methods named `\(method.name)` on the generic type `\(base)`", at: method.nameSpan)
            } else {
              error("duplicate definitions with name `\(method.name)`", at: method.nameSpan)
            }
            continue
          }
          genericTypes.implMethods[base, default: [:]][method.name] = index
          genericTypes.methodImpls[index] = GenericTypeState.ImplParameters(
            argumentParameters: written, generics: block.generics, trait: block.traitName)
          collectGenericFunction(method, at: index, inherited: implSubstitution)
        } else {
          if methods[owner]?[method.name] != nil {
            error("duplicate definitions with name `\(method.name)`", at: method.nameSpan)
            continue
          }
          methods[owner, default: [:]][method.name] = index
          genericTypes.instanceOnlyMethods[base, default: []].insert(method.name)
          // As in any impl of one type, a method's own type parameters are not yet run.
          if let first = method.generics.first { unsupported("generic methods", at: first.span) }
        }
      }
    }
    rejectOverlappingMethods()
  }

  /// A method both a generic impl and an impl for one instance define (rustc's E0592, at the
  /// first of the two).
  func rejectOverlappingMethods() {
    for (base, names) in genericTypes.instanceOnlyMethods {
      for name in names.sorted() {
        guard let generic = genericTypes.implMethods[base]?[name] else { continue }
        let spans = methods.compactMap { owner, table -> SourceSpan? in
          guard genericTypes.instances[owner]?.base == base, let index = table[name] else { return nil }
          return signatures[index].declaration.span
        }
        let first = (spans + [signatures[generic].declaration.span]).min { $0.start < $1.start }
        if let first { error("duplicate definitions with name `\(name)`", at: first) }
      }
    }
  }

  /// The generic impl's method `name` on an instance (`p.x()` on `Point<i32>`, `Stack::new()`).
  func genericImplMethod(on instanceName: String, _ name: String) -> Int? {
    guard let instance = table.instances[instanceName] ?? genericTypes.instances[instanceName] else {
      return nil
    }
    return genericTypes.implMethods[instance.base]?[name]
  }

  /// A method of an impl for one instance (`impl Point<f32>`) called on an instance still being
  /// inferred (`Point<{float}>`): the one instance whose impl has it fixes the arguments.
  func instanceImplMethod(on instanceName: String, _ name: String) -> Int? {
    guard let instance = table.instances[instanceName], instance.isInferred,
      genericTypes.instanceOnlyMethods[instance.base]?.contains(name) ?? false
    else { return nil }
    let candidates = methods.keys.sorted().filter { owner in
      guard genericTypes.instances[owner]?.base == instance.base, methods[owner]?[name] != nil else {
        return false
      }
      var trial = table
      return trial.unify(namedType(instanceName), namedType(owner))
    }
    guard candidates.count == 1, let owner = candidates.first else { return nil }
    _ = table.unify(namedType(instanceName), namedType(owner))
    return methods[owner]?[name]
  }

  /// `Stack::new()`, `Self::new()`, `Pair::new(a, b)`: an associated function of a generic
  /// impl, on an instance to infer (or on `Self`'s). Nil when the path names no such function.
  func checkGenericAssociatedCall(_ path: [String], arguments: [Expr], span: SourceSpan, callee: Expr)
    -> TypedExpr?
  {
    let instanceName: String
    if genericTypes.parameters(of: path[0]) != nil {
      guard genericTypes.implMethods[path[0]]?[path[1]] != nil else {
        if genericTypes.instanceOnlyMethods[path[0]]?.contains(path[1]) ?? false {
          unsupported(
            "calls through a generic type's bare name of a function only one instance's `impl` has",
            at: callee.span)
          return invalid(span)
        }
        return nil
      }
      guard let name = inferredInstanceName(path[0], at: span) else { return nil }
      instanceName = name
    } else if table.instances[path[0]] != nil || genericTypes.instances[path[0]] != nil {
      instanceName = path[0]
    } else {
      return nil
    }
    guard let index = genericImplMethod(on: instanceName, path[1]) else { return nil }
    var turbofish: [TypeExpr] = []
    if case .path(_, let generics) = callee.kind { turbofish = generics }
    // `Stack::<i32>::new()`: the arguments are the type's (the path keeps them together).
    if !turbofish.isEmpty, let instance = table.instances[instanceName], instance.isInferred,
      writesTypeArguments(callee.span, base: instance.base)
    {
      guard turbofish.count == instance.arguments.count else {
        unsupported("this number of generic arguments", at: callee.span)
        return invalid(span)
      }
      for (argument, written) in zip(instance.arguments, turbofish) {
        _ = table.unify(argument, resolveType(written, selfType: currentOwner))
      }
      turbofish = []
    }
    return checkGenericMethodCall(
      index, on: instanceName, receiver: nil, arguments: arguments, turbofish: turbofish, span: span,
      calleeSpan: callee.span)
  }

  /// True when the source at `span` reads `Base::<`: type arguments written on the type.
  private func writesTypeArguments(_ span: SourceSpan, base: String) -> Bool {
    guard span.start.line >= 1, span.start.line <= sourceLines.count else { return false }
    let text = String(
      String.UnicodeScalarView(sourceLines[span.start.line - 1].dropFirst(span.start.column - 1)))
    return text.hasPrefix(base + "::<")
  }
}

extension TypeTerm {
  var isEnumeration: Bool {
    if case .enumeration = self { return true }
    return false
  }
}
