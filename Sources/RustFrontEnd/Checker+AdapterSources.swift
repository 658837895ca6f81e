/// Helpers for the iterator chains of `Checker+Adapters`: which receivers are iterators made
/// right there, and functions named where a closure is expected (`.map(square)`).
extension Checker {
  /// `(1..=n)`, `v.iter()`, `s.chars()`, `text.split(' ')`: an expression that makes an iterator.
  func isIteratorSource(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .range: return true
    case .methodCall(_, let made, _, _):
      return [
        "chars", "bytes", "iter", "iter_mut", "into_iter", "rev", "enumerate", "split_whitespace",
        "lines", "windows", "chunks", "chunks_exact", "rchunks", "chunks_mut", "skip", "take", "step_by",
        "keys", "values", "values_mut", "into_keys",
        "into_values",
      ].contains(made) || TextSplitter.methodNames.contains(made) || SetOperation(rawValue: made) != nil
    default: return false
    }
  }

  /// An iterator source or an adapter on one (`v.iter().filter(…)`), not an `Option`
  /// (`map.get(&k).copied()` is `Option::copied`).
  func isIteratorChain(_ expr: Expr) -> Bool {
    if isIteratorSource(expr) || isKeptLibraryIterator(expr) { return true }
    guard case .methodCall(let inner, let name, _, _) = expr.kind,
      ["map", "filter", "filter_map", "take_while", "skip_while", "cloned", "copied", "flat_map", "scan"]
        .contains(name)
    else { return false }
    return isIteratorChain(inner)
  }

  /// The closure a chain's stage runs: written in place, or `|x| f(x)` for a function `f`
  /// named there (calling the function is what the adapter does with it).
  func stageClosure(_ argument: Expr) -> ClosureExpr? {
    if case .closure(let closure) = argument.kind { return closure }
    guard case .path(let path, let generics) = argument.kind, path.count == 1, generics.isEmpty,
      resolveLocal(path[0]) == nil, functionsByName[path[0]] != nil
    else { return nil }
    let name = "(\(path[0]) argument)"
    let syntheticID = -1_000_000 - argument.id
    let parameter = Pattern(
      kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: argument.span)
    let use = Expr(id: syntheticID, kind: .path([name], generics: []), span: argument.span)
    let call = Expr(id: syntheticID - 1, kind: .call(callee: argument, arguments: [use]), span: argument.span)
    return ClosureExpr(
      isMove: false, parameters: [.init(pattern: parameter, type: nil)], returnType: nil, body: call,
      headSpan: argument.span)
  }

  /// `s.contains('e')`, `s.starts_with(c)`: a `char` pattern, seen from the argument's syntax
  /// (a literal, or a `char` variable, or `*c` for a `&char` one).
  func isCharPattern(method: String, arguments: [Expr]) -> Bool {
    let takesCount = TextSplitter(methodName: method)?.takesCount ?? false
    guard
      [
        "contains", "starts_with", "ends_with", "find", "rfind", "split_once", "rsplit_once",
        "strip_prefix", "strip_suffix", "trim_start_matches", "trim_end_matches", "trim_matches",
        "matches", "rmatches", "match_indices", "rmatch_indices",
      ]
      .contains(method) || TextSplitter.methodNames.contains(method),
      arguments.count == (takesCount ? 2 : 1), let last = arguments.last
    else {
      return false
    }
    // `splitn(2, ',')`: the pattern follows the count.
    return isKnownChar(last)
  }

  /// Whether an expression is a `char` as far as can be told before it is checked: a literal,
  /// a `char` local, field (`self.sep`) or constant (through `*`), `c.to_ascii_lowercase()`, `cs[1]` of a `char`
  /// array, slice or vector, or a call of a function returning `char`.
  private func isKnownChar(_ expression: Expr) -> Bool {
    var argument = expression
    var dereferences = 0
    while case .unary(.dereference, let inner) = argument.kind {
      argument = inner
      dereferences += 1
    }
    switch argument.kind {
    case .character: return dereferences == 0
    case .methodCall(let receiver, let method, _, let arguments)
    where dereferences == 0 && arguments.isEmpty
      && ["to_ascii_lowercase", "to_ascii_uppercase"].contains(method):
      return isKnownChar(receiver)
    case .index(let base, let index) where dereferences == 0:
      if case .range = index.kind { return false }
      guard case .path(let path, _) = base.kind, path.count == 1, let slot = resolveLocal(path[0]) else {
        return false
      }
      var type = table.shallow(locals[slot].type)
      while case .reference(let inner, _) = type { type = table.shallow(inner) }
      switch type {
      case .array(let element, _), .slice(let element), .vec(let element):
        return table.shallow(element) == .char
      default: return false
      }
    case .call(let callee, _) where dereferences == 0:
      guard case .path(let path, let generics) = callee.kind, path.count == 1, generics.isEmpty,
        lookupLocal(path[0]) == nil, let index = functionsByName[path[0]], index < signatures.count
      else { return false }
      return table.shallow(signatures[index].returnType) == .char
    default: break
    }
    if dereferences == 0, case .path(let path, _) = argument.kind, let index = constantIndex(path) {
      // `text.split(SEPARATOR)`, `text.split(Self::SEPARATOR)`: a `char` constant.
      if case .char = table.shallow(globalTypes[index]) { return true }
      return false
    }
    guard var type = placeTypeBeforeChecking(argument) else { return false }
    for _ in 0..<dereferences {
      guard case .reference(let inner, _) = type else { return false }
      type = table.shallow(inner)
    }
    if case .char = type { return true }
    return false
  }

  /// The global a path names when it is a constant (`SEP`, `Self::SEP`, `Lexer::SEP`) and not
  /// shadowed by a local.
  func constantIndex(_ path: [String]) -> Int? {
    if path.count == 1 {
      guard lookupLocal(path[0]) == nil else { return nil }
      return visibleGlobal(path[0])
    }
    guard path.count == 2 else { return nil }
    let owner = path[0] == "Self" ? (currentOwner ?? path[0]) : path[0]
    return visibleGlobal("\(owner)::\(path[1])")
  }

  /// `v.iter()…` with the slice reference (or range) it walks put in a local first.
  func hoistSource(of iterator: TypedExpr, _ builder: inout PipelineBuilder) -> TypedExpr {
    var result = iterator
    switch iterator.kind {
    case .builtin(let builtin, let arguments) where arguments.count == 1:
      if builtin == .clone {
        result.kind = .builtin(.clone, arguments: [hoistSource(of: arguments[0], &builder)])
      } else if builtin == .sliceIterator || builtin == .strChars || builtin == .strBytes,
        isRepeatable(arguments[0])
      {
        let source = arguments[0]
        let slot = builder.declare(self, "(source)", type: source.type, mutable: false, value: source)
        result.kind = .builtin(builtin, arguments: [typed(.local(slot), source.type, source.span)])
      }
    case .adaptIterator(let inner):
      result.kind = .adaptIterator(hoistSource(of: inner, &builder))
    case .iterate(let source):
      // Only a borrow of a place: a temporary's borrow would end with the `let` that held it.
      switch table.shallow(source.type) {
      case .reference(let referent, let mutable) where isRepeatable(source):
        var value = source
        if mutable, isMutableReferencePlace(source) {
          // `a.iter_mut()` on `a: &mut [T]`: rustc reborrows `&mut *a`, leaving `a` usable
          // (and a closure that captured it `FnMut`, not `FnOnce`).
          value = typed(
            .addressOf(typed(.deref(source), referent, source.span), mutable: true), source.type, source.span)
          noteReborrow(of: source)
        } else if case .coerce(let coercion, let inner) = source.kind, coercion != .never,
          isMutableReferencePlace(inner), case .reference(let innerReferent, true) = table.shallow(inner.type)
        {
          // `a.iter_mut()` on `a: &mut Vec<T>`: the same reborrow, then seen as a slice.
          let reborrowed = typed(
            .addressOf(typed(.deref(inner), innerReferent, inner.span), mutable: true), inner.type, inner.span
          )
          value = typed(.coerce(coercion, reborrowed), source.type, source.span)
          noteReborrow(of: inner)
        }
        let slot = builder.declare(self, "(source)", type: source.type, mutable: false, value: value)
        result.kind = .iterate(typed(.local(slot), source.type, source.span))
      default: break
      }
    default: break
    }
    return result
  }

  /// Checks a chain's closure and keeps it in a local of the chain's block.
  func holdClosure(
    _ closure: ClosureExpr, named name: String, expecting parameters: [TypeTerm],
    _ builder: inout PipelineBuilder
  ) -> (Int, ClosureState.Signature)? {
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: parameters)
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else {
      return nil
    }
    let slot = builder.declare(
      self, "(\(name) closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    return (slot, signature)
  }

  /// `f(argument…)` on the closure held in `slot`.
  func callHeldClosure(
    _ slot: Int, _ signature: ClosureState.Signature, _ arguments: [TypedExpr], span: SourceSpan
  )
    -> TypedExpr
  {
    if signature.functionIndex == Self.repeatedValueFunction {
      // `repeat(x)`'s value: a copy, or a clone (`Repeat::next` clones what it holds).
      let held = typed(.local(slot), locals[slot].type, span)
      if isCopy(held.type) { return held }
      let borrowed = typed(.addressOf(held, mutable: false), .reference(held.type, mutable: false), span)
      return typed(.builtin(.clone, arguments: [borrowed]), held.type, span)
    }
    let closure = typed(.local(slot), locals[slot].type, SourceSpan(start: span.start, end: span.start))
    let environment = typed(
      .addressOf(closure, mutable: signature.mutatesCaptures),
      .reference(closure.type, mutable: signature.mutatesCaptures), span)
    let checked = zip(arguments, signature.parameterTypes).map { coerce($0, to: $1) }
    return typed(
      .call(function: signature.functionIndex, arguments: [environment] + checked), signature.returnType, span
    )
  }

  /// A mutable reborrow through a captured `&mut` makes the closure `FnMut`.
  private func noteReborrow(of place: TypedExpr) {
    var root = place
    while true {
      switch root.kind {
      case .field(let base, _), .deref(let base): root = base
      case .local(let slot):
        noteMutableUse(of: slot, at: place.span)
        return
      default: return
      }
    }
  }

  /// A variable, field or dereference holding a `&mut`, which using as a value would move.
  private func isMutableReferencePlace(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .field: return true
    case .deref(let inner): return isMutableReferencePlace(inner)
    default: return false
    }
  }
}
