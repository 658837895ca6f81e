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
      guard let annotation = local.staticAnnotation, carriesLoans(local.type) else { continue }
      graph.staticRequirements.append(.init(carriers: [slot], span: annotation, cause: .typeAnnotation))
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
