/// Checks a function's returned values against its signature's lifetimes, as rustc's region
/// check does: a value borrowed from a parameter whose lifetimes cannot outlive the returned
/// one is "lifetime may not live long enough", or E0621 when that parameter's lifetime was left
/// out. Only what the borrow graph proves reaches the result is reported, so nothing is invented.
struct ReturnLifetimeCheck {
  let graph: BorrowGraph
  let function: CheckedFunction
  var diagnostics: [Diagnostic] = []
  private var reported: Set<Int> = []

  /// Each parameter's slot to its position in `parameterSlots` (`self` first).
  private let parameterIndex: [Int: Int]

  init(graph: BorrowGraph, function: CheckedFunction) {
    self.graph = graph
    self.function = function
    parameterIndex = Dictionary(
      function.parameterSlots.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  mutating func check(_ returned: [(carriers: [Int], value: TypedExpr)]) {
    guard let lifetimes = function.returnLifetimes else { return }
    let mismatched = Set(
      lifetimes.parameterLifetimes.indices.filter { index in
        let own = lifetimes.parameterLifetimes[index]
        return !own.isEmpty && !own.contains { lifetimes.mayReturn($0) }
      })
    checkOwnedBorrows(returned, lifetimes: lifetimes, index: parameterIndex, mismatched: mismatched)
    guard !mismatched.isEmpty else { return }
    for (carriers, value) in returned {
      let reached = parameters(reachedFrom: carriers, index: parameterIndex).intersection(mismatched)
      guard let parameter = reached.sorted().first, reported.insert(parameter).inserted else { continue }
      let leaf =
        leaves(of: value).first { leaf in
          !parameters(reachedFrom: locals(in: leaf), index: parameterIndex).intersection(mismatched).isEmpty
        } ?? value
      report(parameter: parameter, at: leaf.span, lifetimes: lifetimes)
    }
  }

  /// A closure bound by a plain `let` whose result borrows a parameter written with an
  /// elided lifetime (`let f = |s: &str| s.trim();`): that lifetime belongs to one call, the
  /// result's to the closure, so rustc says "lifetime may not live long enough" at the value.
  mutating func checkCallOnlyParameters(_ returned: [(carriers: [Int], value: TypedExpr)]) {
    let callOnly = function.callOnlyParameterPositions
    guard !callOnly.isEmpty else { return }
    for (carriers, value) in returned {
      let reached = parameters(reachedFrom: carriers, index: parameterIndex).intersection(callOnly)
      guard let parameter = reached.sorted().first, reported.insert(parameter).inserted else { continue }
      let leaf =
        leaves(of: value).first { leaf in
          !parameters(reachedFrom: locals(in: leaf), index: parameterIndex).intersection(callOnly).isEmpty
        } ?? value
      var span = leaf.span
      span.start = Self.receiverStart(of: leaf)
      var diagnostic = Diagnostic("lifetime may not live long enough", at: span)
      diagnostic.primaryLabel = "returning this value requires that `'1` must outlive `'2`"
      diagnostics.append(diagnostic)
      return
    }
  }

  /// Where a method chain's whole expression starts (`s` of `s.split(' ').next()`): a call's
  /// span starts at the method name.
  static func receiverStart(of expr: TypedExpr) -> SourceLocation {
    switch expr.kind {
    case .call(_, let arguments), .builtin(_, let arguments):
      guard let receiver = arguments.first else { return expr.span.start }
      return min(expr.span.start, receiverStart(of: receiver))
    case .addressOf(let inner, _), .deref(let inner), .field(let inner, _), .coerce(_, let inner),
      .index(let inner, _):
      return min(expr.span.start, receiverStart(of: inner))
    default: return expr.span.start
    }
  }

  /// A value stored through a `&mut` parameter must live as long as the lifetimes that
  /// parameter's referent names (`self.part = p` needs `p: 'a` in `impl<'a> Excerpt<'a>`).
  mutating func checkStores(_ stores: [(root: Int, carriers: [Int], span: SourceSpan, byCall: Bool)]) {
    guard let lifetimes = function.returnLifetimes else { return }
    for store in stores {
      guard let target = parameterIndex[store.root], target < lifetimes.parameterLifetimes.count else {
        continue
      }
      var required = lifetimes.parameterLifetimes[target]
      if let outer = lifetimes.parameterOuterLifetimes.indices.contains(target)
        ? lifetimes.parameterOuterLifetimes[target] : nil
      {
        required.remove(outer)
      } else {
        continue
      }
      guard !required.isEmpty else { continue }
      let sources = parameters(reachedFrom: store.carriers, index: parameterIndex).subtracting([target])
      for source in sources.sorted() {
        let own = lifetimes.parameterLifetimes[source]
        guard !own.isEmpty, !own.contains(where: { lifetimes.outlivesAny($0, of: required) }),
          reported.insert(source).inserted
        else { continue }
        // A call's argument that must outlive `'static` is data escaping the function (E0521);
        // an assignment in a function is not, for rustc.
        if store.byCall, ReturnLifetimes.firstNamed(required) == nil, required.contains("static") {
          reportEscape(parameter: source, at: store.span, lifetimes: lifetimes)
        } else {
          report(
            parameter: source, at: store.span, lifetimes: lifetimes,
            required: ReturnLifetimes.firstNamed(required))
        }
        break
      }
    }
  }

  /// A value that must be `'static` (`BorrowGraph.StaticRequirement`) may not hold a borrow a
  /// parameter brought in: E0521 for an argument (`thread::spawn(move || … s …)` with
  /// `s: &str`), "lifetime may not live long enough" for a `let`'s annotation. Only a parameter
  /// that names no `'static` lifetime counts, so a `&Holder<'static>` is never blamed.
  mutating func checkStaticRequirements() {
    guard let lifetimes = function.returnLifetimes,
      function.parameterSlots.first.map({ function.locals[$0].name != "(captures)" }) ?? true
    else { return }
    for requirement in graph.staticRequirements {
      let reached = parameters(reachedFrom: requirement.carriers, index: parameterIndex)
      guard
        let parameter = reached.sorted().first(where: { index in
          guard index < lifetimes.parameterLifetimes.count else { return false }
          let own = lifetimes.parameterLifetimes[index]
          return !own.isEmpty && !own.contains("static")
        }), reported.insert(parameter).inserted
      else { continue }
      if requirement.cause == .argument {
        reportEscape(parameter: parameter, at: requirement.span, lifetimes: lifetimes)
      } else {
        var diagnostic = Diagnostic("lifetime may not live long enough", at: requirement.span)
        diagnostic.primaryLabel =
          "\(requirement.cause == .typeAnnotation ? "type annotation" : "this usage") requires that the lifetime of `\(lifetimes.parameterNames[parameter])` must outlive `'static`"
        diagnostics.append(diagnostic)
      }
    }
  }

  /// E0521: a borrow a parameter brought in is handed to what outlives the function.
  private mutating func reportEscape(parameter: Int, at span: SourceSpan, lifetimes: ReturnLifetimes) {
    let name = lifetimes.parameterNames[parameter]
    let kind = lifetimes.parameterNames.first == "self" ? "method" : "function"
    var diagnostic = Diagnostic("borrowed data escapes outside of \(kind)", at: span)
    diagnostic.code = "E0521"
    diagnostic.primaryLabel = "`\(name)` escapes the \(kind) body here"
    diagnostics.append(diagnostic)
  }

  private mutating func report(
    parameter: Int, at span: SourceSpan, lifetimes: ReturnLifetimes, required: String?
  ) {
    let name = lifetimes.parameterNames[parameter]
    let own = lifetimes.parameterLifetimes[parameter].filter { !$0.hasPrefix("#") }.sorted().first
    if lifetimes.parameterHasElidedLifetime[parameter], own == nil, let required {
      var diagnostic = Diagnostic("explicit lifetime required in the type of `\(name)`", at: span)
      diagnostic.code = "E0621"
      diagnostic.primaryLabel = "lifetime `'\(required)` required"
      diagnostics.append(diagnostic)
      return
    }
    var diagnostic = Diagnostic("lifetime may not live long enough", at: span)
    if let own, let required {
      diagnostic.primaryLabel = "assignment requires that `'\(own)` must outlive `'\(required)`"
      diagnostic.helps = ["consider adding the following bound: `'\(own): '\(required)`"]
    }
    diagnostics.append(diagnostic)
  }

  private mutating func report(parameter: Int, at span: SourceSpan, lifetimes: ReturnLifetimes) {
    let name = lifetimes.parameterNames[parameter]
    let own = lifetimes.parameterLifetimes[parameter].filter { !$0.hasPrefix("#") }.sorted().first
    if lifetimes.parameterHasElidedLifetime[parameter], own == nil, let required = lifetimes.returnedName {
      var diagnostic = Diagnostic("explicit lifetime required in the type of `\(name)`", at: span)
      diagnostic.code = "E0621"
      diagnostic.primaryLabel = "lifetime `'\(required)` required"
      diagnostics.append(diagnostic)
      return
    }
    var diagnostic = Diagnostic("lifetime may not live long enough", at: span)
    let kind = lifetimes.parameterNames.first == "self" ? "method" : "function"
    if let own, let required = lifetimes.returnedName {
      diagnostic.primaryLabel =
        "\(kind) was supposed to return data with lifetime `'\(required)` but it is returning data with lifetime `'\(own)`"
      diagnostic.helps = ["consider adding the following bound: `'\(own): '\(required)`"]
    } else {
      diagnostic.primaryLabel =
        "\(kind) was supposed to return data with a lifetime that `\(name)` does not have"
    }
    diagnostics.append(diagnostic)
  }

  /// A borrow of what a reference parameter's referent owns (`&self.body`, `self.name.as_str()`)
  /// lives only as long as that reference: returning it under a longer lifetime
  /// (`fn body(&self) -> &'a str` in `impl<'a> Notes<'a>`) is "lifetime may not live long enough".
  private mutating func checkOwnedBorrows(
    _ returned: [(carriers: [Int], value: TypedExpr)], lifetimes: ReturnLifetimes, index: [Int: Int],
    mismatched: Set<Int>
  ) {
    let shortLived = Set(
      lifetimes.parameterOuterLifetimes.indices.filter { position in
        guard let outer = lifetimes.parameterOuterLifetimes[position], !mismatched.contains(position) else {
          return false
        }
        return !lifetimes.mayReturn(outer)
      })
    guard !shortLived.isEmpty, let required = lifetimes.returnedName else { return }
    for (carriers, value) in returned {
      let reached = ownedBorrowParameters(reachedFrom: carriers, index: index).intersection(shortLived)
      guard let parameter = reached.sorted().first, reported.insert(parameter).inserted else { continue }
      let leaf =
        leaves(of: value).first { leaf in
          !ownedBorrowParameters(reachedFrom: locals(in: leaf), index: index).intersection(shortLived).isEmpty
        } ?? value
      let outer = lifetimes.parameterOuterLifetimes[parameter] ?? "1"
      let own = outer.hasPrefix("#") ? "1" : outer
      let kind = lifetimes.parameterNames.first == "self" ? "method" : "function"
      var diagnostic = Diagnostic("lifetime may not live long enough", at: leaf.span)
      diagnostic.primaryLabel =
        "\(kind) was supposed to return data with lifetime `'\(required)` but it is returning data with lifetime `'\(own)`"
      diagnostics.append(diagnostic)
    }
  }

  /// The reference parameters whose referents' own data (reached through that reference
  /// alone) these variables may borrow.
  private func ownedBorrowParameters(reachedFrom carriers: [Int], index: [Int: Int]) -> Set<Int> {
    var seen = Set(carriers)
    var frontier = carriers
    var found = Set<Int>()
    while let variable = frontier.popLast() {
      guard variable < graph.flowsFrom.count else { continue }
      for loan in graph.carriedLoans[variable] {
        let place = graph.loans[loan].place
        guard let parameter = index[place.root], place.projections.first == .derefReference,
          !place.projections.dropFirst().contains(.derefReference)
        else { continue }
        found.insert(parameter)
      }
      for source in graph.flowsFrom[variable] where seen.insert(source).inserted {
        frontier.append(source)
      }
    }
    return found
  }

  /// The parameters whose references may flow into these variables.
  private func parameters(reachedFrom carriers: [Int], index: [Int: Int]) -> Set<Int> {
    var seen = Set(carriers)
    var frontier = carriers
    var found = Set<Int>()
    while let variable = frontier.popLast() {
      guard variable < graph.flowsFrom.count else { continue }
      if let parameter = index[variable] { found.insert(parameter) }
      for loan in graph.carriedLoans[variable] {
        let place = graph.loans[loan].place
        if !place.isOwnedByRoot, let parameter = index[place.root] { found.insert(parameter) }
      }
      for source in graph.flowsFrom[variable] where seen.insert(source).inserted {
        frontier.append(source)
      }
    }
    return found
  }

  /// The expressions a returned value may come from: each branch's tail, each arm's body.
  private func leaves(of expr: TypedExpr) -> [TypedExpr] {
    switch expr.kind {
    case .block(let block): return block.tail.map { leaves(of: $0) } ?? []
    case .ifElse(_, let then, let otherwise), .ifLet(_, _, let then, let otherwise):
      return (then.tail.map { leaves(of: $0) } ?? []) + (otherwise.map { leaves(of: $0) } ?? [])
    case .match(_, let arms): return arms.flatMap { leaves(of: $0.body) }
    case .coerce(_, let inner): return leaves(of: inner)
    default: return [expr]
    }
  }

  /// The locals an expression reads to make its value (through fields, borrows and calls).
  private func locals(in expr: TypedExpr) -> [Int] {
    switch expr.kind {
    case .local(let slot): return [slot]
    case .field(let inner, _), .deref(let inner), .addressOf(let inner, _), .coerce(_, let inner),
      .index(let inner, _):
      return locals(in: inner)
    case .call(_, let arguments), .builtin(_, let arguments), .tuple(let arguments), .array(let arguments):
      return arguments.flatMap { locals(in: $0) }
    case .structLiteral(_, let fields, _): return fields.flatMap { locals(in: $0.value) }
    case .variant(_, _, let payload): return payload.flatMap { locals(in: $0) }
    default: return []
    }
  }
}
