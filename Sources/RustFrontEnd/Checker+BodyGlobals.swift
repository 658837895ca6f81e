/// `const` and `static` items written at the top of a function's body (`const LIMIT: u32 = 10;`
/// inside `main`): they are items, not statements, so they are collected with the file's items
/// and are visible anywhere in that body, even above their declaration, and nowhere else.
extension Checker {
  func collectBodyGlobals(_ function: FunctionDecl) {
    for statement in function.body.statements {
      guard case .item(.global(let decl)) = statement.kind, globalIndex[decl.name] == nil else { continue }
      globalIndex[decl.name] = globalDeclarations.count
      functionScopedGlobals[globalDeclarations.count] = function.body.span
      globalDeclarations.append(decl)
    }
  }

  /// The global a name refers to here, leaving out constants of other functions' bodies.
  func visibleGlobal(_ name: String) -> Int? {
    guard let index = globalIndex[name] else { return nil }
    if let scope = functionScopedGlobals[index], scope != currentBodySpan { return nil }
    return index
  }
}
