import MemoryModel

/// A function named where a closure goes (`.map(double)`, `.map(String::from)`): the parser
/// made it the closure `|a| double(a)`; its parameters take the function's types, so a
/// signature the adapter cannot call is rustc's E0631, not a silent deref.
extension Checker {
  /// The parameter types of the named function, empty when the call inside the closure settles
  /// them (a library function), nil when the program was refused.
  func forwardedParameterTypes(_ path: [String], arity: Int, span: SourceSpan) -> [TypeTerm]? {
    let name = path.joined(separator: "::")
    guard path.count == 1 else { return [] }
    if let slot = lookupLocal(path[0]),
      let pointer = table.shallow(locals[slot].type).functionPointerSignature
    {
      // `.map(f)` with `f: fn(i32) -> i32`: a pointer is `Copy`, so calling it in place is the same.
      guard pointer.parameters.count == arity else {
        unsupported(
          "a function taking \(pointer.parameters.count) arguments passed where a closure taking \(arity) goes",
          at: span)
        return nil
      }
      return pointer.parameters
    }
    if let slot = lookupLocal(path[0]) {
      // A closure kept in a variable is moved into the adapter unless it is `Copy`.
      guard case .structure(let structName) = table.shallow(locals[slot].type),
        let signature = closureState.signatures[structName], let info = structs[structName],
        info.fields.allSatisfy({
          if case .reference(_, false) = table.shallow($0.type) { true } else { false }
        })
      else {
        unsupported("closures passed by name that are not `Copy` (write `|x| \(name)(x)`)", at: span)
        return nil
      }
      guard signature.parameterTypes.count == arity else {
        unsupported(
          "closures passed by name taking \(signature.parameterTypes.count) arguments where \(arity) are given",
          at: span)
        return nil
      }
      return signature.parameterTypes
    }
    guard let index = functionsByName[path[0]] else { return [] }
    if genericFunctions.contains(index) {
      unsupported("generic functions passed by name (write `|x| \(name)(x)`)", at: span)
      return nil
    }
    let parameters = signatures[index].parameterTypes
    guard parameters.count == arity else {
      unsupported(
        "a function taking \(parameters.count) arguments passed where a closure taking \(arity) goes",
        at: span)
      return nil
    }
    return parameters
  }
}
