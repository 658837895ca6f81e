/// The file's traits, declared in any module: in scope where they are used, or named by a path.
extension ModuleResolver {
  /// A trait the file declares, in any module.
  func isFileTrait(_ name: String) -> Bool { traitNames.contains(name) }

  /// Whether the trait is declared in the module being resolved or brought in by its `use`.
  func isTraitInScope(_ name: String) -> Bool {
    if case .trait = entryInScope(name)?.kind { return true }
    return false
  }

  /// `impl Area for Sq` or `T: shapes::Area`: a path is followed (E0603 for a private trait),
  /// a bare name must be in scope (rustc's E0405).
  mutating func checkTraitNamed(_ path: [String], at span: SourceSpan) {
    if path.count > 1 {
      _ = lookup(path, at: span.start, position: .type)
      return
    }
    guard let name = path.first, !isTraitInScope(name) else { return }
    var diagnostic = Diagnostic(
      "cannot find trait `\(name)` in this scope",
      at: SourceSpan(
        start: span.start,
        end: SourceLocation(line: span.start.line, column: span.start.column + name.unicodeScalars.count)))
    diagnostic.code = "E0405"
    diagnostics.append(diagnostic)
    missingTraitsReported.insert(name)
  }

  /// A generic parameter whose bounds naming the file's traits are checked and written by the
  /// trait's own name, which is the one the checker knows.
  mutating func traitBoundsNamed(_ parameter: GenericParameter) -> GenericParameter {
    var result = parameter
    for (index, bound) in parameter.bounds.enumerated() {
      let path = bound.split(separator: "::").map(String.init)
      guard let last = path.last, isFileTrait(last) else { continue }
      let span = parameter.boundSpans.indices.contains(index) ? parameter.boundSpans[index] : parameter.span
      checkTraitNamed(path, at: span)
      result.bounds[index] = last
    }
    return result
  }

  /// The traits whose methods a body may call without the trait in scope, as rustc allows: a
  /// generic parameter's bounds (`T: zoo::Animal`, `impl zoo::Animal`) and the trait of a trait
  /// object among the parameters (`&dyn zoo::Animal`).
  func traitsOfBoundsAndObjects(_ decl: FunctionDecl) -> Set<String> {
    var traits = Set(
      decl.generics.flatMap(\.bounds).compactMap { $0.split(separator: ":").last.map(String.init) })
    for parameter in decl.parameters { traits.formUnion(objectTraits(in: parameter.type)) }
    return traits.filter(isFileTrait)
  }

  /// The traits of the trait objects a written type holds (`Vec<Box<dyn Animal>>`: `Animal`).
  func objectTraits(in type: TypeExpr) -> Set<String> {
    switch type.kind {
    case .path(let path, let generics):
      var traits = generics.reduce(into: Set<String>()) { $0.formUnion(objectTraits(in: $1)) }
      if path.count == 1, path[0].hasPrefix("dyn ") {
        traits.insert(Checker.traitObjectParts(String(path[0].dropFirst(4))).trait)
      }
      return traits
    case .reference(_, _, let referent): return objectTraits(in: referent)
    case .array(let element, _), .slice(let element): return objectTraits(in: element)
    case .tuple(let elements): return elements.reduce(into: []) { $0.formUnion(objectTraits(in: $1)) }
    case .inferred, .never: return []
    }
  }
}
