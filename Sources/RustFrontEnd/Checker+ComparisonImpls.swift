import MemoryModel

/// `impl PartialEq`, `Eq`, `PartialOrd` and `Ord` written by hand. Their methods are ordinary
/// methods (`a.cmp(&b)`); `a == b` becomes `PartialEq::eq(&a, &b)` and `a < b` a `match` on
/// `PartialOrd::partial_cmp(&a, &b)`, as std's provided `lt` is. `v.sort()` sorts with the
/// impl's `cmp`. Any other comparison that would reach such a type (inside a derive, a `Vec`'s
/// `==`, `max`, `contains`) is refused: memtutor compares those values itself.
extension Checker {
  static let comparisonMethods: [String: String] = [
    "PartialEq": "eq", "PartialOrd": "partial_cmp", "Ord": "cmp", "Eq": "",
  ]

  func collectComparisonImpl(_ block: ImplBlock, trait: String) {
    guard let owner = ownTypeName(of: block), let wanted = Self.comparisonMethods[trait] else { return }
    if derivesOf(owner).contains(trait) {
      error(
        "conflicting implementations of trait `\(trait)` for type `\(owner)`",
        at: deriveSpan(of: owner, trait: trait) ?? block.span)
      diagnostics[diagnostics.count - 1].code = "E0119"
      return
    }
    var function: Int?
    for method in block.methods {
      guard method.name == wanted else {
        if ["ne", "lt", "le", "gt", "ge", "max", "min", "clamp"].contains(method.name) {
          unsupported("writing `\(method.name)` of `\(trait)` by hand", at: method.nameSpan)
        } else {
          reportNotATraitMember(method, trait: trait)
        }
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil, inherentOwner: owner) else {
        continue
      }
      collectBodyGlobals(method)
      function = signatures.count
      methods[owner, default: [:]][wanted] = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as \(trait)>::\(wanted)", declaration: method, owner: owner, parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
    }
    if !wanted.isEmpty, function == nil {
      error("not all trait items implemented, missing: `\(wanted)`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    implementedTraits[owner, default: []].insert(trait)
    handWrittenComparisons[owner, default: [:]][trait] = function ?? -1
  }

  /// The impl's method of `trait` for the type of `type` (a struct or enum of the program's
  /// own, not through a reference).
  func handWrittenComparison(_ type: TypeTerm, _ trait: String) -> Int? {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name):
      guard let function = handWrittenComparisons[name]?[trait], function >= 0 else { return nil }
      return function
    default: return nil
    }
  }

  /// True for a type with a comparison written by hand (the caller then refuses the
  /// comparison memtutor would make itself).
  func holdsHandWrittenComparison(_ type: TypeTerm) -> Bool {
    var pending = [table.resolve(type)]
    var seen: Set<String> = []
    while let next = pending.popLast() {
      switch next {
      case .structure(let name), .enumeration(let name):
        if handWrittenComparisons[name] != nil { return true }
        guard seen.insert(name).inserted else { continue }
        pending += (structs[name]?.fields ?? []).map(\.type)
        pending += (enums[name]?.variants ?? []).flatMap(\.payload)
      case .tuple(let items): pending += items
      case .array(let t, _), .vec(let t), .box(let t), .rc(let t), .option(let t), .slice(let t),
        .reference(let t, _):
        pending.append(t)
      case .result(let value, let failure): pending += [value, failure]
      default: break
      }
    }
    return false
  }

  /// `a == b` / `a < b` on a type whose impl is written by hand; nil when it has none for
  /// the operator (the operands are already without references and of one type).
  func checkHandWrittenComparison(
    _ op: BinaryOperator, _ left: TypedExpr, _ right: TypedExpr, span: SourceSpan
  )
    -> TypedExpr?
  {
    let ordering = op != .equal && op != .notEqual
    guard let function = handWrittenComparison(left.type, ordering ? "PartialOrd" : "PartialEq") else {
      return nil
    }
    let type = left.type
    let arguments = [
      typed(.addressOf(left, mutable: false), .reference(type, mutable: false), left.span),
      typed(.addressOf(right, mutable: false), .reference(type, mutable: false), right.span),
    ]
    if !ordering {
      let equal = typed(.call(function: function, arguments: arguments), .bool, span)
      return op == .equal ? equal : typed(.not(equal), .bool, span)
    }
    // `partial_cmp(&a, &b)` matched as std's `lt`, `le`, `gt`, `ge` do.
    let orderingType = TypeTerm.enumeration(Self.orderingName)
    let compared = typed(.call(function: function, arguments: arguments), .option(orderingType), span)
    let accepted: [Int]
    switch op {
    case .less: accepted = [0]
    case .lessEqual: accepted = [0, 1]
    case .greater: accepted = [2]
    default: accepted = [2, 1]
    }
    var arms: [TypedArm] = accepted.map { variant in
      let inner = TypedPattern(
        kind: .variant(enumName: Self.orderingName, variant: variant, []), type: orderingType, span: span)
      let pattern = TypedPattern(
        kind: .variant(enumName: "Option", variant: 1, [inner]), type: .option(orderingType), span: span)
      return arm(pattern, typed(.boolean(true), .bool, span), span: span)
    }
    arms.append(
      arm(
        TypedPattern(kind: .wildcard, type: .option(orderingType), span: span),
        typed(.boolean(false), .bool, span), span: span))
    return typed(.match(compared, arms), .bool, span)
  }

  private func arm(_ pattern: TypedPattern, _ body: TypedExpr, span: SourceSpan) -> TypedArm {
    TypedArm(pattern: pattern, guardExpression: nil, body: body, span: span)
  }

  /// Structs and enums that derive a comparison over a field whose comparison is written by
  /// hand: the derived one is memtutor's own, which cannot call it.
  func refuseDerivesOverHandWrittenComparisons() {
    guard !handWrittenComparisons.isEmpty else { return }
    for (name, info) in structs.sorted(by: { $0.key < $1.key }) {
      let compared = info.derives.intersection(["PartialEq", "PartialOrd", "Ord"])
      guard let trait = compared.sorted().first, handWrittenComparisons[name] == nil,
        info.fields.contains(where: { holdsHandWrittenComparison($0.type) })
      else { continue }
      unsupported(
        "a derived comparison over a type whose comparison is written by hand",
        at: deriveSpan(of: name, trait: trait) ?? info.span)
    }
    for (name, info) in enums.sorted(by: { $0.key < $1.key }) {
      let compared = info.derives.intersection(["PartialEq", "PartialOrd", "Ord"])
      guard let trait = compared.sorted().first, handWrittenComparisons[name] == nil,
        info.variants.contains(where: { $0.payload.contains { holdsHandWrittenComparison($0) } })
      else { continue }
      unsupported(
        "a derived comparison over a type whose comparison is written by hand",
        at: deriveSpan(of: name, trait: trait) ?? info.span)
    }
  }

  /// `people.sort()` over a local `Vec` (or array) whose element's `Ord` is written by hand:
  /// `people.sort_by(|a, b| a.cmp(b))`, the same stable sort calling the impl's `cmp`.
  func sortWithHandWrittenOrd(_ receiver: Expr, method: String, arguments: [Expr], id: Int, span: SourceSpan)
    -> TypedExpr?
  {
    guard arguments.isEmpty, !handWrittenComparisons.isEmpty else { return nil }
    if method == "max" || method == "min",
      case .methodCall(let source, let walk, _, let none) = receiver.kind,
      walk == "iter" || walk == "into_iter", none.isEmpty, holdsHandWrittenOrd(source)
    {
      // `people.iter().max()`: std's `max` is `max_by(Ord::cmp)`.
      return compareWith(receiver, method: method + "_by", id: id, span: span)
    }
    guard method == "sort" || method == "sort_unstable", holdsHandWrittenOrd(receiver) else { return nil }
    // std sorts with `T::lt` (the `partial_cmp` `<` calls), not `cmp`: the closure answers
    // `Less` exactly when `*a < *b`, which is all `sort_by` asks of it.
    return compareWith(
      receiver, method: method == "sort" ? "sort_by" : "sort_unstable_by", id: id, span: span, byLess: true)
  }

  /// A local `Vec` or array whose element's `Ord` is written by hand.
  private func holdsHandWrittenOrd(_ expr: Expr) -> Bool {
    guard case .path(let path, _) = expr.kind, path.count == 1,
      let slot = resolveLocal(path[0], at: expr.span)
    else { return false }
    var type = locals[slot].type
    while case .reference(let inner, _) = table.shallow(type) { type = inner }
    switch table.shallow(type) {
    case .vec(let element), .array(let element, _): return handWrittenComparison(element, "Ord") != nil
    default: return false
    }
  }

  /// `receiver.method(|a, b| a.cmp(b))`, or with `byLess`
  /// `receiver.method(|a, b| if *a < *b { Less } else { Greater })`.
  private func compareWith(
    _ receiver: Expr, method meant: String, id: Int, span: SourceSpan, byLess: Bool = false
  ) -> TypedExpr {
    let base = -5_000_000 - 16 * id
    let at = receiver.span
    func name(_ text: String, _ offset: Int) -> Expr {
      Expr(id: base - offset, kind: .path([text], generics: []), span: at)
    }
    func parameter(_ text: String) -> ClosureExpr.Parameter {
      ClosureExpr.Parameter(
        pattern: Pattern(
          kind: .identifier(name: text, mutable: false, byReference: false, subpattern: nil), span: at),
        type: nil)
    }
    var body = Expr(
      id: base - 2,
      kind: .methodCall(receiver: name("a", 0), method: "cmp", generics: [], arguments: [name("b", 1)]),
      span: at)
    if byLess {
      func make(_ offset: Int, _ kind: Expr.Kind) -> Expr { Expr(id: base - offset, kind: kind, span: at) }
      func ordering(_ variant: String, _ offset: Int) -> Expr {
        make(offset, .path(["std", "cmp", "Ordering", variant], generics: []))
      }
      let less = make(
        9,
        .binary(
          .less, make(10, .unary(.dereference, name("a", 0))), make(11, .unary(.dereference, name("b", 1)))))
      body = make(
        12,
        .ifElse(
          condition: less, then: Block(statements: [], tail: ordering("Less", 13), span: at),
          elseBranch: make(14, .block(Block(statements: [], tail: ordering("Greater", 15), span: at)))))
    }
    let closure = Expr(
      id: base - 3,
      kind: .closure(
        ClosureExpr(
          isMove: false, parameters: [parameter("a"), parameter("b")], returnType: nil, body: body,
          headSpan: at)),
      span: at)
    return checkExpression(
      Expr(
        id: base - 4,
        kind: .methodCall(receiver: receiver, method: meant, generics: [], arguments: [closure]),
        span: span))
  }

  /// std's comparing methods (`contains`, `max`, `binary_search`, a hash table's keys) over a
  /// type whose comparison is written by hand: memtutor would compare the values itself.
  func refuseLibraryComparisons(in body: TypedBlock) {
    guard !handWrittenComparisons.isEmpty else { return }
    var pending: [TypedExpr] = []
    func add(_ block: TypedBlock) {
      for statement in block.statements {
        switch statement.kind {
        case .expression(let expr): pending.append(expr)
        case .binding(_, let value, let elseBlock):
          if let value { pending.append(value) }
          if let elseBlock { add(elseBlock) }
        }
      }
      if let tail = block.tail { pending.append(tail) }
    }
    add(body)
    while let expr = pending.popLast() {
      if case .builtin(let builtin, let arguments) = expr.kind {
        let name = String(describing: builtin).lowercased()
        let compares =
          ["max", "min", "sort", "contains", "search", "dedup", "hashtable", "binaryheap"].contains {
            name.contains($0)
          }
          && !name.contains("by")
        if compares,
          holdsHandWrittenComparison(expr.type)
            || arguments.contains(where: { holdsHandWrittenComparison($0.type) })
        {
          unsupported(
            "comparisons made this way of values whose `PartialEq` or `Ord` is written by hand", at: expr.span
          )
          return
        }
      }
      for child in expr.children {
        switch child {
        case .expression(let inner): pending.append(inner)
        case .block(let block): add(block)
        }
      }
    }
  }
}
