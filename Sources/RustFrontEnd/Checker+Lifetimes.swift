extension Checker {
  /// The elided references of a type, in order: each `&` without a lifetime.
  func elidedReferences(in type: TypeExpr) -> [SourceSpan] {
    switch type.kind {
    case .reference(_, let lifetime, let referent):
      let here = SourceSpan(
        start: type.span.start,
        end: SourceLocation(line: type.span.start.line, column: type.span.start.column + 1))
      return (lifetime == nil ? [here] : []) + elidedReferences(in: referent)
    case .path(_, let generics): return generics.flatMap { elidedReferences(in: $0) }
    case .array(let element, _), .slice(let element): return elidedReferences(in: element)
    case .tuple(let items): return items.flatMap { elidedReferences(in: $0) }
    case .inferred, .never: return []
    }
  }

  /// E0106 for a function: its return type holds a reference, and the elision rules do not say
  /// where it comes from (no `&self`, and not exactly one reference among the parameters).
  func checkReturnLifetime(_ decl: FunctionDecl) {
    guard let returnType = decl.returnType, let missing = elidedReferences(in: returnType).first else {
      return
    }
    if decl.selfParameter == .reference || decl.selfParameter == .mutableReference { return }
    let borrowed = decl.parameters.filter { !elidedReferences(in: $0.type).isEmpty }
    let inputs = decl.parameters.reduce(0) { $0 + elidedReferences(in: $1.type).count }
    if inputs == 1 { return }
    var diagnostic = Diagnostic("missing lifetime specifier", at: missing)
    diagnostic.code = "E0106"
    diagnostic.primaryLabel = "expected named lifetime parameter"
    if inputs == 0 {
      diagnostic.helps = [
        "this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
      ]
    } else {
      let names = borrowed.map { parameter -> String in
        if case .identifier(let name, _, _, _) = parameter.pattern.kind { return "`\(name)`" }
        return "argument"
      }
      let list: String
      if names.count == 2 {
        list = "\(names[0]) or \(names[1])"
      } else {
        list = "one of " + names.dropLast().joined(separator: ", ") + ", or " + (names.last ?? "")
      }
      diagnostic.helps = [
        "this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from \(list)"
      ]
      diagnostic.labels = borrowed.flatMap { parameter in
        elidedReferences(in: parameter.type).isEmpty
          ? [] : [Diagnostic.Label(span: parameter.type.span, text: "")]
      }
    }
    diagnostics.append(diagnostic)
  }

  /// E0106 for a struct field or enum payload holding a reference without a lifetime.
  func checkFieldLifetime(_ type: TypeExpr) {
    guard let missing = elidedReferences(in: type).first else { return }
    var diagnostic = Diagnostic("missing lifetime specifier", at: missing)
    diagnostic.code = "E0106"
    diagnostic.primaryLabel = "expected named lifetime parameter"
    diagnostics.append(diagnostic)
  }
}
