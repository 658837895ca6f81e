import MemoryModel

/// What must borrow nothing that ends (`'static`): the closure `thread::spawn` runs, a variable
/// annotated `&'static str`, the argument of a parameter whose lifetimes are all `'static`, a
/// struct field or variant payload declared `&'static str`.
/// `BorrowAnalysis` keeps such loans alive for good (E0597, E0716 when their owner ends) and
/// `ReturnLifetimeCheck` reports one borrowed from a parameter (E0521).
extension BorrowLowering {
  /// A `s.spawn(…)` in a `thread::scope` (its first argument the `&Scope`), which may borrow.
  func isScopedSpawn(_ arguments: [TypedExpr]) -> Bool {
    guard arguments.count == 2, let scope = arguments.first else { return false }
    return resolved(scope.type).isReference
  }

  /// `thread::spawn(closure)` and `Builder::spawn(builder, closure)`: `F: 'static`.
  mutating func lowerThreadSpawn(_ arguments: [TypedExpr], span: SourceSpan) -> [Int] {
    let span = callSpan(arguments, methodName: span)
    let perArgument = arguments.map { lowerValue($0) }
    let all = perArgument.flatMap { $0 }
    emit(.nothing, uses: all.map { ($0, span) })
    if let closure = perArgument.last {
      graph.staticRequirements.append(.init(carriers: closure, span: span, cause: .argument))
    }
    return []
  }

  /// Each local whose `let` is annotated with only `'static` lifetimes holds such a value for
  /// its whole life (its type is one, whatever is assigned later).
  mutating func requireStaticAnnotations() {
    for (slot, local) in function.locals.enumerated() {
      guard let annotation = local.staticAnnotation,
        carriesLoans(local.type) || declaredTypeHoldsReferences(local.type)
      else { continue }
      graph.staticRequirements.append(.init(carriers: [slot], span: annotation, cause: .typeAnnotation))
    }
  }

  /// A struct or enum of the program with a reference somewhere in its fields or payloads
  /// (`View<'static>` of `struct View<'a> { name: &'a str }`): its value carries the loans its
  /// literal's fields took, so a `'static` annotation on it constrains them.
  func declaredTypeHoldsReferences(_ type: TypeTerm) -> Bool {
    guard let rust = resolved(type).rustType else { return false }
    var visited: Set<String> = []
    return holdsReference(rust, visited: &visited)
  }

  private func holdsReference(_ type: RustType, visited: inout Set<String>) -> Bool {
    switch type {
    case .reference: return true
    case .structure(let name):
      guard visited.insert(name).inserted, let declaration = program.declarations.structs[name] else {
        return false
      }
      return declaration.fields.contains { holdsReference($0.type, visited: &visited) }
    case .enumeration(let name):
      guard visited.insert(name).inserted, let declaration = program.declarations.enums[name] else {
        return false
      }
      return declaration.variants.contains { $0.payload.contains { holdsReference($0, visited: &visited) } }
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .library(_, let inner), .array(let inner, _), .slice(let inner), .range(let inner, _):
      return holdsReference(inner, visited: &visited)
    case .hashMap(let key, let value, _, _):
      return holdsReference(key, visited: &visited) || holdsReference(value, visited: &visited)
    case .result(let value, let error):
      return holdsReference(value, visited: &visited) || holdsReference(error, visited: &visited)
    case .tuple(let items): return items.contains { holdsReference($0, visited: &visited) }
    default: return false
    }
  }

  /// A struct literal's field or a variant's payload (`owner` is the struct's name or
  /// `Enum#variant`) declared with only `'static` lifetimes must be given such a value.
  mutating func requireStatic(
    _ carriers: [Int], ifDeclaredIn owner: String, at position: Int, value: TypedExpr
  ) {
    guard program.staticFields[owner]?.contains(position) == true else { return }
    graph.staticRequirements.append(.init(carriers: carriers, span: wholeSpan(value), cause: .usage))
  }

  /// A field declared with only `'static` lifetimes (`self.name` of `name: &'static str`).
  func isStaticField(_ expr: TypedExpr) -> Bool {
    guard case .field(let base, let index) = expr.kind, case .structure(let name) = resolved(base.type) else {
      return false
    }
    return program.staticFields[name]?.contains(index) == true
  }

  /// The arguments of a call of `callee` whose parameters name only `'static` lifetimes.
  func staticParameters(of callee: Int) -> Set<Int> {
    guard callee < program.functions.count, let lifetimes = program.functions[callee].returnLifetimes else {
      return []
    }
    return Set(
      lifetimes.parameterLifetimes.indices.filter { index in
        let own = lifetimes.parameterLifetimes[index]
        return !own.isEmpty && own.allSatisfy { $0 == "static" }
      })
  }
}
