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
        error("no variant or associated item named `\(path[1])` found for enum `\(path[0])`", at: callee.span)
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

  private func checkTupleStructConstructor(_ info: StructInfo, arguments: [Expr], span: SourceSpan)
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
        if expectedReference(for: argument) != nil { annotatedInitializer = enclosing }
      }
      checkedArguments.append(coerce(checkExpression(argument, wanting: type), to: type))
      annotatedInitializer = enclosing
    }
    return typed(.call(function: index, arguments: checkedArguments), signature.returnType, span)
  }

  private func singleGeneric(_ generics: [TypeExpr]) -> TypeTerm? {
    guard generics.count == 1 else { return nil }
    return resolveType(generics[0], selfType: currentOwner)
  }

  // MARK: - Library functions

  private func checkBuiltinCall(
    _ fullPath: [String], generics: [TypeExpr], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr? {
    var path = fullPath
    if path.first == "std" { path.removeFirst() }
    // Prelude names: `drop`, `size_of` (since Rust 1.80), `Box`, `String`, `Vec`.
    let memFunctions = ["size_of", "size_of_val", "align_of", "drop", "forget", "swap", "replace", "take"]
    if path.count == 1, ["drop", "size_of", "size_of_val", "align_of"].contains(path[0]) {
      path = ["mem", path[0]]
    }
    if path.count == 3, path[0] == "rc", path[1] == "Rc" { path.removeFirst() }
    if path.count == 3, path[0] == "sync", path[1] == "Arc" { path.removeFirst() }
    if path.count == 3, path[0] == "collections", path[1] == "VecDeque" {
      return checkVecDequeConstructor(path[2], generics: generics, arguments: arguments, span: span)
    }
    if path == ["cmp", "Reverse"] {
      guard arguments.count == 1 else {
        argumentCountError(expected: 1, found: arguments.count, span: span)
        return invalid(span)
      }
      let value = checkExpression(arguments[0])
      return typed(.builtin(.binaryHeap("Reverse"), arguments: [value]), .library(.reverse, value.type), span)
    }
    if path.count == 3, path[0] == "collections", path[1] == "BinaryHeap" {
      return checkBinaryHeapConstructor(path[2], generics: generics, arguments: arguments, span: span)
    }
    if path.count == 3, path[0] == "collections",
      ["HashMap", "HashSet", "BTreeMap", "BTreeSet"].contains(path[1])
    {
      return checkHashTableConstructor(path[1], path[2], generics: generics, arguments: arguments, span: span)
    }
    if path.count == 3, path[0] == "string" || path[0] == "vec" || path[0] == "boxed" { path.removeFirst() }
    if let call = checkCellCall(path, arguments: arguments, span: span) { return call }
    func args(_ count: Int) -> [TypedExpr]? {
      guard arguments.count == count else {
        argumentCountError(expected: count, found: arguments.count, span: span)
        return nil
      }
      return arguments.map { checkExpression($0) }
    }
    func result(_ builtin: Builtin, _ arguments: [TypedExpr], _ type: TypeTerm) -> TypedExpr {
      typed(.builtin(builtin, arguments: arguments), type, span)
    }
    switch path {
    case ["String", "new"]:
      guard let checked = args(0) else { return invalid(span) }
      return result(.stringNew, checked, .string)
    case ["String", "from"]:
      guard let checked = args(1) else { return invalid(span) }
      if case .char = table.shallow(checked[0].type) {
        unsupported("the conversion `String::from(char)`", at: span)
        return invalid(span)
      }
      guard isStringLike(checked[0].type) else {
        error(
          "the trait bound `String: From<\(table.displayName(checked[0].type))>` is not satisfied",
          at: checked[0].span)
        return invalid(span)
      }
      return result(.strToString, [asStrReference(checked[0])], .string)
    case ["char", "from_digit"], ["std", "char", "from_digit"]:
      guard let checked = args(2) else { return invalid(span) }
      return result(
        .charMethod("from_digit"), checked.map { coerce($0, to: .integer(.u32)) }, .option(.char))
    case ["char", "from_u32"], ["std", "char", "from_u32"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.charMethod("from_u32"), [coerce(checked[0], to: .integer(.u32))], .option(.char))
    case ["String", "with_capacity"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.stringWithCapacity, [coerce(checked[0], to: .usize)], .string)
    case ["Vec", "new"]:
      guard let checked = args(0) else { return invalid(span) }
      return result(.vecNew, checked, .vec(singleGeneric(generics) ?? table.fresh()))
    case ["Vec", "with_capacity"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(
        .vecWithCapacity, [coerce(checked[0], to: .usize)], .vec(singleGeneric(generics) ?? table.fresh()))
    case ["Vec", "from"]:
      guard let checked = args(1) else { return invalid(span) }
      guard case .array(let element, _) = table.shallow(checked[0].type) else {
        unsupported("the conversion `Vec::from` of anything but an array", at: span)
        return invalid(span)
      }
      return result(.vecFromArray, checked, .vec(element))
    case ["Box", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.boxNew, checked, .box(checked[0].type))
    case ["Box", "from"] where errorDisplayDispatcher != nil:
      // `Box::<dyn Error>::from("bad input")`, `Err(Box::from(e))`: std's `From` impls.
      guard let checked = args(1) else { return invalid(span) }
      guard let boxed = boxedError(checked[0], span: span) else {
        unsupported("`Box::from` of anything but an error or a text", at: span)
        return invalid(span)
      }
      return boxed
    case ["Box", "leak"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .box(inner))
      return result(.boxLeak, [value], .reference(inner, mutable: true))
    case ["Rc", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.rcNew, checked, .rc(checked[0].type))
    case ["Arc", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.arcNew, checked, .arc(checked[0].type))
    case ["Arc", "clone"], ["Arc", "strong_count"], ["Arc", "weak_count"]:
      // `Arc` runs as `Rc` does: the same block of strong count, weak count and value.
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .reference(.arc(inner), mutable: false))
      switch path[1] {
      case "clone": return result(.rcClone, [value], .arc(inner))
      case "strong_count": return result(.rcStrongCount, [value], .usize)
      default: return result(.rcWeakCount, [value], .usize)
      }
    case ["Rc", "clone"], ["Rc", "strong_count"], ["Rc", "weak_count"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .reference(.rc(inner), mutable: false))
      switch path[1] {
      case "clone": return result(.rcClone, [value], .rc(inner))
      case "strong_count": return result(.rcStrongCount, [value], .usize)
      default: return result(.rcWeakCount, [value], .usize)
      }
    case ["Rc", "try_unwrap"], ["Arc", "try_unwrap"], ["Rc", "into_inner"], ["Arc", "into_inner"]:
      // `Ok(value)` (`Some`) when this is the last strong owner, else the `Rc` back (`None`,
      // after dropping it).
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let owner: TypeTerm = path[0] == "Rc" ? .rc(inner) : .arc(inner)
      let value = coerce(checked[0], to: owner)
      let answer: TypeTerm = path[1] == "try_unwrap" ? .result(inner, owner) : .option(inner)
      return result(.cell("Rc::\(path[1])"), [value], answer)
    case ["Rc", "ptr_eq"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let values = checked.map { coerce($0, to: .reference(.rc(inner), mutable: false)) }
      return result(.rcPointerEqual, values, .bool)
    case ["mem", "size_of"], ["mem", "align_of"]:
      guard let checked = args(0) else { return invalid(span) }
      guard let type = singleGeneric(generics) else {
        error("type annotations needed: `\(path[1])` needs a type (`\(path[1])::<T>()`)", at: span)
        return invalid(span)
      }
      return result(path[1] == "size_of" ? .sizeOf(type) : .alignOf(type), checked, .usize)
    case ["mem", "size_of_val"]:
      guard let checked = args(1) else { return invalid(span) }
      guard case .reference = table.shallow(checked[0].type) else {
        error(
          "mismatched types: expected `&_`, found `\(table.displayName(checked[0].type))`",
          at: checked[0].span)
        return invalid(span)
      }
      return result(.sizeOfValue, checked, .usize)
    case ["mem", "drop"], ["mem", "forget"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(path[1] == "drop" ? .drop : .forget, checked, .unit)
    case ["mem", "swap"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let values = checked.map { coerce($0, to: .reference(inner, mutable: true)) }
      return result(.swap, values, .unit)
    case ["mem", "replace"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let target = coerce(checked[0], to: .reference(inner, mutable: true))
      return result(.replace, [target, coerce(checked[1], to: inner)], inner)
    case ["mem", "take"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let target = coerce(checked[0], to: .reference(inner, mutable: true))
      return result(.take, [target], inner)
    case ["cmp", "max"], ["cmp", "min"]:
      guard let checked = args(2) else { return invalid(span) }
      let left = checked[0]
      let right = coerce(checked[1], to: left.type)
      guard isIntegerLike(left.type) else {
        unsupported("calls of `std::cmp::\(path[1])` on anything but integers", at: span)
        return invalid(span)
      }
      return result(.integerMethod(path[1]), [left, right], left.type)
    case ["process", "exit"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.processExit, [coerce(checked[0], to: .i32)], .never)
    default:
      if path.count == 2, path[0] == "mem", memFunctions.contains(path[1]) == false {
        unsupported("the function `std::mem::\(path[1])`", at: calleeSpan)
        return invalid(span)
      }
      return nil
    }
  }
}
