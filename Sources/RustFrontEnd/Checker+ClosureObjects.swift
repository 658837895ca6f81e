import MemoryModel

/// Closure trait objects: `&dyn Fn(i32) -> i32`, `&mut dyn FnMut()`, `Box<dyn Fn(i32) -> i32>`.
/// A closure coerces to one like any type to a trait object (its vtable's call entries all lead
/// to the closure's function); calling one goes through the vtable.
package struct ClosureObject: Sendable {
  package var kind: ClosureBound.Kind
  package var parameters: [TypeTerm]
  package var result: TypeTerm
  /// The bodiless function a call names; the compiler turns it into a call through the vtable.
  package var dispatcher: Int
  /// rustc's vtable for `dyn Fn` holds `call_once`, `call_mut` and `call`; `dyn FnMut` the first two.
  package var entries: Int { kind == .fn ? 3 : 2 }
}

extension Checker {
  /// `dyn Fn(i32) -> i32` in a type: a trait object whose trait is named as rustc writes it.
  func resolveClosureObject(
    _ kind: ClosureBound.Kind, parameters: [TypeTerm], result: TypeTerm, autoTraits: [String] = [],
    at span: SourceSpan
  ) -> TypeTerm {
    guard kind != .fnOnce else {
      unsupported("`dyn FnOnce` trait objects", at: span)
      return .unit
    }
    let arrow = result == .unit ? "" : " -> \(result.name)"
    // `dyn Fn(i32) -> i32 + Send` is an object type of its own, with its own dispatcher.
    let name =
      "\(kind.rawValue)(\(parameters.map(\.name).joined(separator: ", ")))\(arrow)"
      + autoTraits.map { " + " + $0 }.joined()
    if closureState.objects[name] == nil {
      let selfType = TypeTerm.reference(.dynTrait(name), mutable: kind == .fnMut)
      let index = signatures.count
      let stub = FunctionDecl(
        name: "call", nameSpan: span, selfParameter: nil, parameters: [], returnType: nil,
        body: Block(statements: [], tail: nil, span: span), attributes: [], span: span)
      signatures.append(
        FunctionSignature(
          name: "<dyn \(name)>::call", declaration: stub, owner: nil, parameterTypes: [selfType] + parameters,
          selfType: nil, returnType: result))
      bodilessSignatures.insert(index)
      let object = ClosureObject(kind: kind, parameters: parameters, result: result, dispatcher: index)
      dynamicMethods[index] = DynamicMethod(trait: name, slot: object.entries - 1)
      closureState.objects[name] = object
    }
    return .dynTrait(name)
  }

  /// `&add` or `Box::new(|x| x + 1)` where a closure trait object is wanted: the closure's
  /// types must be the object's, and its kind no more than the object's (E0525).
  func closureObjectCoercion(
    _ expr: TypedExpr, closure structName: String, object name: String, wanted: TypeTerm, mutable: Bool
  ) -> TypedExpr? {
    guard let object = closureState.objects[name], let signature = closureState.signatures[structName],
      !signature.isOpaque
    else { return nil }
    guard signature.parameterTypes.count == object.parameters.count else {
      let expected = object.parameters.count
      let taken = signature.parameterTypes.count
      error(
        "closure is expected to take \(expected) argument\(expected == 1 ? "" : "s"), but it takes \(taken) argument\(taken == 1 ? "" : "s")",
        at: closureState.headSpans[structName] ?? expr.span)
      return typed(.coerce(.never, expr), wanted, expr.span)
    }
    for (actual, expected) in zip(signature.parameterTypes, object.parameters)
    where !table.unify(actual, expected) {
      error("type mismatch in closure arguments", at: expr.span)
    }
    if !table.unify(signature.returnType, object.result) {
      error(
        "mismatched types: expected `\(table.displayName(object.result))`, found `\(table.displayName(signature.returnType))`",
        at: expr.span)
    }
    closureState.kindRequirements.append(.init(structName: structName, kind: object.kind, isLiteral: false))
    let key = "<\(structName) as \(name)>"
    if vtables[key] == nil {
      vtables[key] = VTable(
        trait: name, concrete: structName,
        methods: Array(repeating: signature.functionIndex, count: object.entries))
    }
    return typed(.coerce(.traitObject(vtable: key, mutable: mutable), expr), wanted, expr.span)
  }

  /// `f(3)` where `f` is a `&dyn Fn(i32) -> i32` or a `Box<dyn Fn(i32) -> i32>`.
  func checkClosureObjectCall(
    _ object: ClosureObject, callee: TypedExpr, calleeName: String, arguments: [Expr], span: SourceSpan,
    calleeSpan: SourceSpan
  ) -> TypedExpr {
    guard arguments.count == object.parameters.count else {
      argumentCountError(
        expected: object.parameters.count, found: arguments.count, span: span, isMethod: false)
      return invalid(span)
    }
    let mutable = object.kind == .fnMut
    if mutable, isPlaceExpression(callee), !placeIsMutable(callee) {
      if case .deref(let pointer) = callee.kind, case .reference(_, false) = table.shallow(pointer.type) {
        ownershipError(
          "cannot borrow `*\(calleeName)` as mutable, as it is behind a `&` reference", at: calleeSpan,
          code: "E0596", label: "`\(calleeName)` is a `&` reference, so it cannot be borrowed as mutable")
      } else {
        ownershipError(
          "cannot borrow `*\(calleeName)` as mutable, as `\(calleeName)` is not declared as mutable",
          at: calleeSpan, code: "E0596", label: "cannot borrow as mutable")
      }
    }
    var operand = callee
    operand.span = SourceSpan(start: calleeSpan.start, end: calleeSpan.start)
    let receiver = typed(
      .addressOf(operand, mutable: mutable), .reference(callee.type, mutable: mutable), calleeSpan)
    var checked = [receiver]
    for (argument, type) in zip(arguments, object.parameters) {
      checked.append(coerce(checkExpression(argument), to: type))
    }
    return typed(.call(function: object.dispatcher, arguments: checked), object.result, span)
  }
}
