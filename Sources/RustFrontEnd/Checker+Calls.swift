import MemoryModel

extension Checker {
  package func checkCall(callee: Expr, arguments: [Expr], span: SourceSpan) -> TypedExpr {
    guard case .path(let rawPath, let generics) = callee.kind else {
      // `ops[1](3)`, `(self.op)(a, b)`: a call through a function pointer.
      let value = checkExpression(callee)
      if let call = checkFunctionPointerCall(value, arguments: arguments, span: span, calleeSpan: callee.span)
      {
        return call
      }
      // `(self.f)(arg)`: a closure held in a field, called through the place that holds it.
      var closure = value
      while case .reference(let inner, _) = table.shallow(closure.type) {
        closure = typed(.deref(closure), inner, callee.span)
      }
      // `(self.on_click)("ok")` where the field is a `Box<dyn Fn(&str) -> String>`.
      if isPlaceExpression(closure), case .box(let inner) = table.shallow(closure.type),
        case .dynTrait(let trait) = table.shallow(inner), let object = closureState.objects[trait]
      {
        let name = placeDescription(closure)
        return checkClosureObjectCall(
          object, callee: typed(.deref(closure), inner, callee.span), calleeName: name, arguments: arguments,
          span: span, calleeSpan: callee.span)
      }
      if isPlaceExpression(closure), case .structure(let typeName) = table.shallow(closure.type),
        let signature = closureState.signatures[typeName], !signature.consumes
      {
        return checkClosureCall(
          signature, callee: closure, calleeName: placeDescription(closure), arguments: arguments, span: span,
          calleeSpan: callee.span)
      }
      unsupported("calling closures or function values", at: callee.span)
      return invalid(span)
    }
    if rawPath.count == 1 {
      let name = rawPath[0]
      if let slot = resolveLocal(name, at: callee.span) {
        // `f(1)` and, through a reference, `r(1)`.
        var closure = typed(.local(slot), locals[slot].type, callee.span)
        while case .reference(let inner, _) = table.shallow(closure.type) {
          closure = typed(.deref(closure), inner, callee.span)
        }
        if case .box(let inner) = table.shallow(closure.type), case .dynTrait = table.shallow(inner) {
          closure = typed(.deref(closure), inner, callee.span)
        }
        if case .dynTrait(let trait) = table.shallow(closure.type), let object = closureState.objects[trait] {
          return checkClosureObjectCall(
            object, callee: closure, calleeName: name, arguments: arguments, span: span,
            calleeSpan: callee.span)
        }
        if case .structure(let typeName) = table.shallow(closure.type),
          let signature = closureState.signatures[typeName]
        {
          return checkClosureCall(
            signature, callee: closure, calleeName: name, arguments: arguments, span: span,
            calleeSpan: callee.span)
        }
        if let call = checkFunctionPointerCall(
          typed(.local(slot), locals[slot].type, callee.span), arguments: arguments, span: span,
          calleeSpan: callee.span)
        {
          return call
        }
        unsupported("calling closures or function values", at: callee.span)
        return invalid(span)
      }
      if let index = functionsByName[name] {
        if unsettledImplReturns.contains(index) {
          // Its result type is known only once its body is checked, after this one.
          unsupported("calling an `impl Trait` function from one written before it", at: callee.span)
          return invalid(span)
        }
        if genericFunctions.contains(index) {
          return checkGenericCall(
            index, turbofish: generics, arguments: arguments, span: span, calleeSpan: callee.span)
        }
        return checkUserCall(index, arguments: arguments, receiver: nil, span: span, calleeSpan: callee.span)
      }
      if name == "Some" {
        guard arguments.count == 1 else {
          error("this enum variant takes 1 argument but \(arguments.count) arguments were supplied", at: span)
          return invalid(span)
        }
        guard generics.count <= 1 else {
          unsupported("this number of generic arguments", at: callee.span)
          return invalid(span)
        }
        // `Some::<u8>(5)`: the payload has the written type.
        if let written = generics.first {
          let wanted = resolveType(written, selfType: currentOwner)
          let value = coerce(checkExpression(arguments[0], wanting: wanted), to: wanted)
          return typed(.variant(enumName: "Option", variant: 1, payload: [value]), .option(wanted), span)
        }
        let value = checkExpression(arguments[0])
        return typed(.variant(enumName: "Option", variant: 1, payload: [value]), .option(value.type), span)
      }
      if let info = structs[name] ?? inferredInstanceName(name, at: span).flatMap({ structs[$0] }),
        info.shape == .tuple
      {
        return checkTupleStructConstructor(info, arguments: arguments, span: span)
      }
      if name == "Ok" || name == "Err" {
        return checkResultConstructor(
          isOk: name == "Ok", generics: generics, arguments: arguments, span: span, calleeSpan: callee.span)
      }
    }
    var path = expandPath(rawPath)
    if path.first == "Self", let owner = currentOwner {
      path[0] = owner
      if path.count == 1, let info = structs[owner], info.shape == .tuple {
        return checkTupleStructConstructor(info, arguments: arguments, span: span)
      }
    }
    // `T::make(1)` in a generic body: the function of the type `T` stands for, so an instance
    // calls its type's own impl, not the opaque stand-in's.
    if path.count == 2, let parameter = typeSubstitution[path[0]],
      let owner = substitutedTypeName(path[0]) ?? foreignOwner(of: parameter),
      methods[owner]?[path[1]] != nil
    {
      path[0] = owner
    }
    if path.count == 2, path[1] == "from",
      let conversion = checkFromCall(path[0], arguments: arguments, span: span, calleeSpan: callee.span)
    {
      return conversion
    }
    if path.count == 2, let index = methods[path[0]]?[path[1]], genericTypes.methodImpls[index] != nil {
      // `Greeter::named("x")`: a generic function of a type that is not generic.
      return checkGenericMethodCall(
        index, on: path[0], receiver: nil, arguments: arguments, turbofish: generics, span: span,
        calleeSpan: callee.span)
    }
    if path.count == 2, let index = methods[path[0]]?[path[1]] {
      return checkUserCall(index, arguments: arguments, receiver: nil, span: span, calleeSpan: callee.span)
    }
    if path.count == 2,
      let call = checkGenericAssociatedCall(path, arguments: arguments, span: span, callee: callee)
    {
      return call
    }
    if path.count == 2, let trait = traits[path[0]] {
      return checkTraitPathCall(
        trait, method: path[1], arguments: arguments, span: span, calleeSpan: callee.span)
    }
    if path.count == 2, genericTypes.enums[path[0]] != nil,
      genericTypes.enums[path[0]]?.variants.contains(where: { $0.name == path[1] }) ?? false,
      let instance = inferredInstanceName(path[0], at: span)
    {
      path[0] = instance
    }
    if path.count == 2, path[1] == "default", arguments.isEmpty, let info = enums[path[0]],
      !info.variants.contains(where: { $0.name == "default" }), let type = defaultableType(path[0])
    {
      // `Level::default()` of a `#[derive(Default)]` enum: its `#[default]` variant.
      return typed(.builtin(.defaultValue, arguments: []), type, span)
    }
    if path.count == 2, let info = enums[path[0]] {
      guard let variantIndex = info.variants.firstIndex(where: { $0.name == path[1] }) else {
        if isStandardCow(.enumeration(path[0])) {
          // `Cow::from(…)` and std's other associated functions of `Cow` are not modelled.
          unsupported("the function `Cow::\(path[1])`", at: span)
          return invalid(span)
        }
        error(
          "no variant or associated item named `\(path[1])` found for enum `\(path[0])`",
          at: lastSegmentSpan(of: rawPath, in: callee.span))
        return invalid(span)
      }
      let payloadTypes = info.variants[variantIndex].payload
      if variantFieldNames(of: path[0])[path[1]] != nil {
        var diagnostic = Diagnostic(
          "expected value, found struct variant `\(path[0])::\(path[1])`", at: callee.span)
        diagnostic.code = "E0533"
        diagnostics.append(diagnostic)
        return invalid(span)
      }
      guard payloadTypes.count == arguments.count else {
        error(
          "this enum variant takes \(payloadTypes.count) argument\(payloadTypes.count == 1 ? "" : "s") but \(arguments.count) argument\(arguments.count == 1 ? " was" : "s were") supplied",
          at: span)
        return invalid(span)
      }
      let payload = zip(arguments, payloadTypes).map { coerce(checkExpression($0), to: $1) }
      return typed(
        .variant(enumName: path[0], variant: variantIndex, payload: payload), .enumeration(path[0]), span)
    }
    if path == ["Option", "Some"] {
      return checkCall(
        callee: Expr(id: callee.id, kind: .path(["Some"], generics: generics), span: callee.span),
        arguments: arguments, span: span)
    }
    if let mutexCall = checkMutexCall(path, arguments: arguments, span: span) { return mutexCall }
    if let syncCall =
      checkAtomicCall(path, arguments: arguments, span: span, calleeSpan: callee.span)
      ?? checkChannelCall(path, generics: generics, arguments: arguments, span: span, calleeSpan: callee.span)
    {
      return syncCall
    }
    if let ioCall = checkStandardIOCall(path, arguments: arguments, span: span) { return ioCall }
    if let threadCall = checkThreadCall(path, arguments: arguments, span: span, calleeSpan: callee.span) {
      return threadCall
    }
    if let conversion = checkPrimitiveConversion(
      path, arguments: arguments, span: span, calleeSpan: callee.span)
    {
      return conversion
    }
    if let builtin = checkBuiltinCall(
      path, generics: generics, arguments: arguments, span: span, calleeSpan: callee.span)
    {
      return builtin
    }
    if isDefaultTraitPath(rawPath) {
      return checkDefaultTraitCall(arguments: arguments, span: span, calleeSpan: callee.span)
    }
    if path.count == 2, path[1] == "default", arguments.isEmpty,
      genericTypes.structs[path[0]]?.attributes.contains(where: { $0.arguments.contains("Default") })
        ?? false,
      let instance = inferredInstanceName(path[0], at: span)
    {
      // Derived for an instance whose arguments have `Default`: checked when they are known.
      genericTypes.defaults.append((instance, callee.span))
      return typed(.builtin(.defaultValue, arguments: []), .structure(instance), span)
    }
    // `T::default()` in a generic body: `T` is the opaque parameter or the instance's type.
    if path.count == 2, path[1] == "default", arguments.isEmpty, let parameter = typeSubstitution[path[0]] {
      let type = table.resolve(parameter)
      if case .structure(let name) = type, let function = handWrittenDefaults[name] {
        return typed(.call(function: function, arguments: []), type, span)
      }
      if implementsDefault(type) { return typed(.builtin(.defaultValue, arguments: []), type, span) }
    }
    if path.count == 2, path[1] == "default", let type = defaultableType(path[0]), arguments.isEmpty {
      return typed(.builtin(.defaultValue, arguments: []), type, span)
    }
    if let primitive = checkPrimitiveMethodPath(path, arguments: arguments, span: span) { return primitive }
    if path.count == 2, structs[path[0]] != nil || enums[path[0]] != nil {
      error(
        "no function or associated item named `\(path[1])` found for `\(path[0])` in the current scope",
        at: callee.span)
      return invalid(span)
    }
    if refuseUnimportedHashTable(rawPath, resolved: path, span: callee.span) { return invalid(span) }
    if rawPath.count == 1 {
      error("cannot find function `\(rawPath[0])` in this scope", at: callee.span)
    } else if path.first == "std" {
      unsupported(Self.describeUnsupportedPath(path), at: callee.span)
    } else {
      unsupported("the function `\(rawPath.joined(separator: "::"))`", at: callee.span)
    }
    return invalid(span)
  }

  /// The type named by `name` when it has a `default()`.
  func defaultableType(_ name: String) -> TypeTerm? {
    if let info = structs[name] { return info.derives.contains("Default") ? .structure(name) : nil }
    if let info = enums[name] {
      return info.derives.contains("Default") && derivedDefaultVariant(of: name) != nil
        ? .enumeration(name) : nil
    }
    switch name {
    case "String": return .string
    case "bool": return .bool
    case "char": return .char
    case "f64": return .float(.f64)
    case "f32": return .float(.f32)
    default: return RustType.IntegerKind(rawValue: name).map { .integer($0) }
    }
  }

  func checkTupleStructConstructor(_ info: StructInfo, arguments: [Expr], span: SourceSpan)
    -> TypedExpr
  {
    guard info.fields.count == arguments.count else {
      error(
        "this struct takes \(info.fields.count) argument\(info.fields.count == 1 ? "" : "s") but \(arguments.count) argument\(arguments.count == 1 ? " was" : "s were") supplied",
        at: span)
      return invalid(span)
    }
    var fields: [(index: Int, value: TypedExpr)] = []
    for (index, argument) in arguments.enumerated() {
      fields.append((index, coerce(checkExpression(argument), to: info.fields[index].type)))
    }
    return typed(.structLiteral(name: info.name, fields: fields, base: nil), .structure(info.name), span)
  }

  package func argumentCountError(expected: Int, found: Int, span: SourceSpan, isMethod: Bool = false) {
    let noun = isMethod ? "method" : "function"
    var place = span
    if isMethod, let current = methodNameBeingChecked, current.call == span { place = current.name }
    error(
      "this \(noun) takes \(expected) argument\(expected == 1 ? "" : "s") but \(found) argument\(found == 1 ? " was" : "s were") supplied",
      at: place)
  }

  /// A call of a user function; `receiver` is the already adjusted `self` argument of a method call.
  package func checkUserCall(
    _ index: Int, arguments: [Expr], receiver: TypedExpr?, span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr {
    let signature = signatures[index]
    if genericTypes.methodImpls[index] != nil {
      // Its instances are made by `checkGenericMethodCall`; no other call reaches them.
      unsupported("generic methods called this way", at: calleeSpan)
      return invalid(span)
    }
    if unsettledImplReturns.contains(index) {
      // Its result type is known only once its body is checked, after this one.
      unsupported("calling an `impl Trait` method from one written before it", at: calleeSpan)
      return invalid(span)
    }
    checkMethodPrivacy(index, calleeSpan: calleeSpan)
    var parameterTypes = signature.parameterTypes
    var checkedArguments: [TypedExpr] = []
    if let receiver {
      parameterTypes.removeFirst()
      checkedArguments.append(receiver)
    }
    guard parameterTypes.count == arguments.count else {
      argumentCountError(
        expected: parameterTypes.count, found: arguments.count, span: span, isMethod: receiver != nil)
      return invalid(span)
    }
    for (argument, type) in zip(arguments, parameterTypes) {
      // `total_area(&[&sq, &c])`: a borrowed array literal takes the parameter's element type.
      let enclosing = annotatedInitializer
      if case .reference(_, let operand) = argument.kind, case .array = operand.kind {
        annotatedInitializer = (argument.id, type)
      }
      if isBranching(argument) {
        // `show(if c { "a" } else { String::new() })`: the parameter's type is what each
        // branch is measured against, as a return type is.
        annotatedInitializer = (argument.id, type)
        // A wanted reference would coerce each branch on its own, which the borrow check does
        // not follow yet for a promoted `&[]`: only the reports use a non-reference type.
        if let expected = expectedReference(for: argument),
          table.shallow(expected).functionPointerSignature == nil
        {
          annotatedInitializer = enclosing
        }
      }
      checkedArguments.append(coerce(checkExpression(argument, wanting: type), to: type))
      annotatedInitializer = enclosing
    }
    return typed(.call(function: index, arguments: checkedArguments), signature.returnType, span)
  }

  func singleGeneric(_ generics: [TypeExpr]) -> TypeTerm? {
    guard generics.count == 1 else { return nil }
    return resolveType(generics[0], selfType: currentOwner)
  }

}
