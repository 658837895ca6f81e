/// Types nothing settles, reported where and as rustc reports them: "type annotations needed"
/// at the binding whose type is unknown (`let v = Vec::new();` points at `v`), with E0283 when
/// the unknown type is what `sum`, `product` or `collect` makes (which type implements `Sum`
/// or `FromIterator` is ambiguous), E0284 when it is what `parse` makes, E0282 otherwise.
extension Checker {
  /// A `sum`, `product` or `collect` with neither a turbofish nor an annotation: its type is
  /// left to what the rest of the body does with the value (`let n: i32 = total;`, a function
  /// argument, the function's tail), as rustc infers it, and is `made` only once that agrees.
  struct PendingTerminal {
    var result: TypeTerm
    var made: TypeTerm
    var method: String
    /// The method's name, where rustc points when no binding holds the value.
    var span: SourceSpan
  }

  private static let ambiguousTerminals: Set<String> = ["sum", "product", "collect"]

  /// `v.iter().sum()`: checked as usual, then given a type of its own to be settled later.
  /// Nil when the call is not such a terminal (a method of the program's own named `sum`).
  func checkTerminalOfUnsettledType(_ expr: Expr) -> TypedExpr? {
    guard case .methodCall(let receiver, let method, let generics, _) = expr.kind,
      Self.ambiguousTerminals.contains(method), generics.isEmpty, terminalBeingChecked != expr.id,
      annotatedInitializer?.id != expr.id
    else { return nil }
    terminalBeingChecked = expr.id
    var checked = checkExpression(expr)
    terminalBeingChecked = nil
    let isLibraryTerminal: Bool
    switch checked.kind {
    case .builtin(.iteratorSum, _), .builtin(.iteratorCollectVec, _), .block: isLibraryTerminal = true
    default: isLibraryTerminal = false
    }
    guard isLibraryTerminal, !table.shallow(checked.type).isNever else { return checked }
    let result = table.fresh()
    pendingTerminals.append(
      PendingTerminal(
        result: result, made: checked.type, method: method,
        span: methodNameSpan(receiver: receiver, method: method, span: expr.span)))
    checked.type = result
    return checked
  }

  /// At the body's end: each terminal whose value something typed takes that type (which
  /// must be the one it makes); one nothing typed stays unknown, for `reportUninferred`.
  func settleTerminals() {
    for pending in pendingTerminals {
      let wanted = table.shallow(pending.result)
      if case .variable = wanted, table.kind(of: wanted) == .general { continue }
      guard !table.unify(pending.result, pending.made) else { continue }
      let wantedName = table.displayName(pending.result)
      if pending.method == "collect" {
        unsupported(
          "`collect` into `\(wantedName)` decided after the call (write `collect::<\(wantedName)>()`)",
          at: pending.span)
      } else {
        let verb = pending.method == "sum" ? "summing" : "multiplying"
        var diagnostic = Diagnostic(
          "a value of type `\(wantedName)` cannot be made by \(verb) an iterator over elements of type `\(table.displayName(pending.made))`",
          at: pending.span)
        diagnostic.code = "E0277"
        diagnostics.append(diagnostic)
      }
    }
  }

  /// rustc's report for the first local whose type is still unknown at the body's end, at
  /// its binding; else for a terminal whose value nothing typed, at the method's name.
  func reportUninferred(parseTargets: [TypeTerm], fallback: SourceSpan) {
    let unknownLocal = locals.indices.first { table.resolve(locals[$0].type).containsVariables }
    if let wildcard = wildcardLets.first(where: { table.resolve($0.type).containsVariables }),
      unknownLocal.flatMap({ bindingSpans[$0] }).map({ wildcard.span.start < $0.start }) ?? true
    {
      reportAnnotationsNeeded(type: wildcard.type, at: wildcard.span, code: nil, parseTargets: parseTargets)
      return
    }
    if let slot = unknownLocal {
      reportAnnotationsNeeded(slot: slot, code: nil, parseTargets: parseTargets, fallback: fallback)
      return
    }
    for pending in pendingTerminals where table.resolve(pending.result).containsVariables {
      var diagnostic = Diagnostic("type annotations needed", at: pending.span)
      diagnostic.code = "E0283"
      diagnostics.append(diagnostic)
      return
    }
    for pending in pendingTextIntos where table.resolve(pending.type).containsVariables {
      // `println!("{}", "a".into())`: at the method's name.
      var diagnostic = Diagnostic("type annotations needed", at: pending.span)
      diagnostic.code = "E0283"
      diagnostics.append(diagnostic)
      return
    }
    for call in unsettledGenericCalls {
      // `make();`: at the callee.
      var diagnostic = Diagnostic("type annotations needed", at: call.span)
      diagnostic.code = call.bounded ? "E0283" : "E0282"
      diagnostics.append(diagnostic)
      return
    }
  }

  /// A value whose type must be known here (a method's receiver, an operand) and is not:
  /// reported at the binding of the local it is, else at the value.
  func reportAnnotationsNeeded(for value: TypedExpr, code: String?, at span: SourceSpan) {
    if case .local(let slot) = value.kind, bindingSpans[slot] != nil {
      reportAnnotationsNeeded(
        slot: slot, code: code, parseTargets: pendingParses.map(\.target), fallback: span)
      return
    }
    var diagnostic = Diagnostic("type annotations needed", at: span)
    diagnostic.code = code ?? annotationCode(for: value.type, parseTargets: pendingParses.map(\.target))
    diagnostics.append(diagnostic)
  }

  private func reportAnnotationsNeeded(
    slot: Int, code: String?, parseTargets: [TypeTerm], fallback: SourceSpan
  ) {
    reportAnnotationsNeeded(
      type: locals[slot].type, at: bindingSpans[slot] ?? fallback, code: code, parseTargets: parseTargets)
  }

  private func reportAnnotationsNeeded(
    type: TypeTerm, at span: SourceSpan, code: String?, parseTargets: [TypeTerm]
  ) {
    let type = table.resolve(type)
    var message = "type annotations needed"
    if case .variable = type {
    } else {
      message +=
        " for `\(table.displayName(type).replacing("{integer}", with: "_").replacing("{float}", with: "_"))`"
    }
    var diagnostic = Diagnostic(message, at: span)
    diagnostic.code = code ?? annotationCode(for: type, parseTargets: parseTargets)
    diagnostics.append(diagnostic)
  }

  /// E0283 for a type a terminal makes, E0284 for one `parse` makes, else E0282.
  private func annotationCode(for type: TypeTerm, parseTargets: [TypeTerm]) -> String {
    let unknown = Self.variables(in: table.resolve(type))
    func mentioned(_ term: TypeTerm) -> Bool {
      if case .variable(let index) = table.resolve(term) { return unknown.contains(index) }
      return false
    }
    if pendingTerminals.contains(where: { mentioned($0.result) }) { return "E0283" }
    if pendingTryIntos.contains(where: { mentioned($0.target) }) { return "E0283" }
    if pendingTextIntos.contains(where: { mentioned($0.type) }) { return "E0283" }
    if unsettledGenericCalls.contains(where: { $0.bounded && mentioned($0.type) }) { return "E0283" }
    if parseTargets.contains(where: mentioned) { return "E0284" }
    return "E0282"
  }

  private static func variables(in term: TypeTerm) -> Set<Int> {
    switch term {
    case .variable(let index): return [index]
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .range(let t, _), .library(_, let t):
      return variables(in: t)
    case .iterator(_, let item, _, _): return variables(in: item)
    case .tuple(let items): return items.reduce(into: []) { $0.formUnion(variables(in: $1)) }
    case .result(let value, let error): return variables(in: value).union(variables(in: error))
    case .hashMap(let key, let value, _, _): return variables(in: key).union(variables(in: value))
    default: return []
    }
  }
}
