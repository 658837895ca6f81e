import MemoryModel

/// Function pointers, `fn(i32) -> i32`: a named function or a closure that captures nothing,
/// given where such a type is wanted, is one word holding the address of its code; a call
/// through one (`f(3)`, `ops[1](3)`) calls whichever function that address is.
///
/// A function's name used as a value has in rustc a zero-sized type of its own (a "function
/// item"), which becomes a pointer only where a `fn` type is wanted. memtutor models only the
/// pointer, so a name is a value only there (a parameter, a `let` or a field of a `fn` type)
/// and still "not supported" elsewhere (`let f = double;`, where rustc's `f` is 0 bytes).
extension Checker {
  /// The expression kinds that hand a wanted function pointer type on to a part of themselves:
  /// `[double, square]`, `(double, 1)`, `if c { double } else { square }`.
  static func passesFunctionPointerWanted(_ kind: Expr.Kind) -> Bool {
    switch kind {
    case .path, .array, .tuple, .vecList, .ifElse, .match, .block: return true
    default: return false
    }
  }

  /// `expr` checked where a value of `wanted` is expected (nil: nothing known).
  func checkExpression(_ expr: Expr, wanting wanted: TypeTerm?) -> TypedExpr {
    let enclosing = (functionPointerWanted, functionPointerWantedType)
    functionPointerWanted = wanted.map(containsFunctionPointer) ?? false
    functionPointerWantedType =
      functionPointerWanted || wanted.map({ wantedClosureParameters($0) != nil }) ?? false ? wanted : nil
    defer { (functionPointerWanted, functionPointerWantedType) = enclosing }
    return checkExpression(expr)
  }

  /// The parameter types a closure given where `wanted` is expected takes from it: a `fn`
  /// pointer's, or a closure trait object's behind a `Box` or a reference.
  func wantedClosureParameters(_ wanted: TypeTerm) -> [TypeTerm]? {
    let shallow = table.shallow(wanted)
    if let pointer = shallow.functionPointerSignature { return pointer.parameters }
    switch shallow {
    case .box(let inner), .reference(let inner, _): return wantedClosureParameters(inner)
    case .dynTrait(let name): return closureState.objects[name]?.parameters
    default: return nil
    }
  }

  /// `Box::new(|s| s.len())` or `&|s| s.len()` checked where `wanted` is expected: the closure
  /// inside is remembered with the parameter types the wanted trait object gives it.
  func noteWrappedClosure(_ kind: Expr.Kind, wanted: TypeTerm?) {
    guard let wanted, let parameters = wantedClosureParameters(wanted) else { return }
    switch kind {
    case .reference(_, let operand):
      if case .closure = operand.kind { closureObjectParameters = (operand.id, parameters) }
    case .call(let callee, let arguments):
      if case .path(let path, _) = callee.kind, path == ["Box", "new"], arguments.count == 1,
        case .closure = arguments[0].kind
      {
        closureObjectParameters = (arguments[0].id, parameters)
      }
    default: break
    }
  }

  /// Whether a function pointer type appears in `type` (`[fn(i32) -> i32; 2]`, `Vec<fn()>`).
  func containsFunctionPointer(_ type: TypeTerm) -> Bool {
    let shallow = table.shallow(type)
    if shallow.functionPointerSignature != nil { return true }
    switch shallow {
    case .array(let element, _), .vec(let element), .slice(let element), .option(let element),
      .reference(let element, _), .box(let element):
      return containsFunctionPointer(element)
    case .tuple(let items): return items.contains(where: containsFunctionPointer)
    case .result(let value, let error):
      return containsFunctionPointer(value) || containsFunctionPointer(error)
    default: return false
    }
  }

  /// `double` where a `fn(i32) -> i32` is wanted: the address of its code.
  func functionPointerValue(_ index: Int, span: SourceSpan) -> TypedExpr {
    let signature = signatures[index]
    return typed(
      .builtin(.functionAddress(index), arguments: []),
      .functionPointer(parameters: signature.parameterTypes, result: signature.returnType), span)
  }

  /// `apply(|x| x + 1, 5)` where `apply` takes a `fn(i32) -> i32`: a closure that captures
  /// nothing becomes a pointer to its code; one that captures is rustc's E0308.
  func closureAsFunctionPointer(_ expr: TypedExpr, to wanted: TypeTerm) -> TypedExpr? {
    guard let pointer = table.shallow(wanted).functionPointerSignature,
      case .structure(let name) = table.shallow(expr.type), let closure = closureState.signatures[name],
      !closure.isOpaque
    else { return nil }
    let found = closure.parameterTypes.map { table.displayName($0) }
    let foundName =
      "fn(\(found.joined(separator: ", ")))"
      + (table.shallow(closure.returnType) == .unit ? "" : " -> \(table.displayName(closure.returnType))")
    guard structs[name]?.fields.isEmpty ?? false else {
      error(
        "mismatched types: expected fn pointer `\(table.displayName(wanted))`, found closure", at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    let fits =
      closure.parameterTypes.count == pointer.parameters.count
      && zip(closure.parameterTypes, pointer.parameters).allSatisfy { table.unify($0, $1) }
      && table.unify(closure.returnType, pointer.result)
    let parametersFit =
      closure.parameterTypes.count == pointer.parameters.count
      && zip(closure.parameterTypes, pointer.parameters).allSatisfy { table.unify($0, $1) }
    if !fits, parametersFit, case .structLiteral = expr.kind {
      // rustc checks a closure written where a fn pointer is wanted against the pointer's
      // signature, so a result of another type is reported where the body makes it.
      guard let resultSpan = closure.resultSpan else {
        unsupported("a closure whose result differs from the fn pointer's", at: expr.span)
        return typed(.coerce(.never, expr), wanted, expr.span)
      }
      error(
        "mismatched types: expected `\(table.displayName(pointer.result))`, found `\(table.displayName(closure.returnType))`",
        at: resultSpan)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    guard fits else {
      error(
        "mismatched types: expected fn pointer `\(table.displayName(wanted))`, found closure `\(foundName)`",
        at: expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    return typed(.builtin(.functionAddress(closure.functionIndex), arguments: [expr]), wanted, expr.span)
  }

  /// `f(3)` where `f` (after dereferencing) is a function pointer: a call of the pointer's
  /// dispatcher, which the compiler turns into a call of whatever function the address is.
  func checkFunctionPointerCall(
    _ callee: TypedExpr, arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr? {
    var pointer = callee
    while case .reference(let inner, _) = table.shallow(pointer.type) {
      pointer = typed(.deref(pointer), inner, pointer.span)
    }
    let pointerType = table.shallow(pointer.type)
    guard let signature = pointerType.functionPointerSignature else { return nil }
    guard arguments.count == signature.parameters.count else {
      let expected = signature.parameters.count
      var diagnostic = Diagnostic(
        "this function takes \(expected) argument\(expected == 1 ? "" : "s") but \(arguments.count) argument\(arguments.count == 1 ? " was" : "s were") supplied",
        at: calleeSpan)
      diagnostic.code = "E0061"
      diagnostics.append(diagnostic)
      return invalid(span)
    }
    var checked = [pointer]
    for (argument, type) in zip(arguments, signature.parameters) {
      checked.append(coerce(checkExpression(argument, wanting: type), to: type))
    }
    return typed(
      .call(function: functionPointerDispatcher(pointerType), arguments: checked), signature.result, span)
  }

  /// The bodiless function a call through a pointer of this type names (one per type).
  private func functionPointerDispatcher(_ pointerType: TypeTerm) -> Int {
    let name = "<\(table.displayName(pointerType))>::call"
    if let index = functionPointerDispatchers[name] { return index }
    let signature = pointerType.functionPointerSignature
    let index = signatures.count
    let span = SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    let stub = FunctionDecl(
      name: "call", nameSpan: span, selfParameter: nil, parameters: [], returnType: nil,
      body: Block(statements: [], tail: nil, span: span), attributes: [], span: span)
    signatures.append(
      FunctionSignature(
        name: name, declaration: stub, owner: nil,
        parameterTypes: [pointerType] + (signature?.parameters ?? []), selfType: nil,
        returnType: signature?.result ?? .unit))
    bodilessSignatures.insert(index)
    dynamicMethods[index] = DynamicMethod(trait: name, slot: 0, throughFunctionPointer: true)
    functionPointerDispatchers[name] = index
    return index
  }
}

extension Checker {
  /// The span of a closure body's value when one plain expression makes it: no `return`
  /// anywhere and no branching tail, so it is the one place the result's type comes from.
  func plainResultSpan(of body: TypedBlock) -> SourceSpan? {
    guard let tail = body.tail, !Self.containsReturn(body) else { return nil }
    switch tail.kind {
    case .block, .ifElse, .ifLet, .match, .loop, .whileLoop: return nil
    default: return tail.span
    }
  }

  private static func containsReturn(_ block: TypedBlock) -> Bool {
    for statement in block.statements {
      switch statement.kind {
      case .binding(_, let value, let elseBlock):
        if let value, containsReturn(value) { return true }
        if let elseBlock, containsReturn(elseBlock) { return true }
      case .expression(let expr):
        if containsReturn(expr) { return true }
      }
    }
    return block.tail.map(containsReturn) ?? false
  }

  private static func containsReturn(_ expr: TypedExpr) -> Bool {
    if case .returnValue = expr.kind { return true }
    return expr.children.contains { child in
      switch child {
      case .expression(let inner): return containsReturn(inner)
      case .block(let block): return containsReturn(block)
      }
    }
  }
}
