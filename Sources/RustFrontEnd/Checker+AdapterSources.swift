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
        "lines", "windows", "chunks", "skip", "take", "step_by", "keys", "values", "values_mut", "into_keys",
        "into_values",
      ].contains(made) || TextSplitter.methodNames.contains(made)
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
}
