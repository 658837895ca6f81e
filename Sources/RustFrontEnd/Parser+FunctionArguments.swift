/// A function passed by name where a closure goes (`words.map(String::from)`,
/// `v.iter().map(double)`, `nums.fold(0, add)`) becomes the closure that calls it, so the
/// adapters and `Option` methods, which take closures, run it; the checker keeps the name.
extension Parser {
  /// How many arguments the closure of each closure-taking method gets. Methods whose
  /// closure arity depends on the receiver (`unwrap_or_else` on `Option` or `Result`) are left out.
  private static let closureArity: [String: Int] = [
    "map": 1, "filter": 1, "for_each": 1, "any": 1, "all": 1, "find": 1, "position": 1,
    "filter_map": 1, "flat_map": 1, "take_while": 1, "skip_while": 1, "max_by_key": 1,
    "min_by_key": 1, "sort_by_key": 1, "sort_unstable_by_key": 1, "retain": 1, "retain_mut": 1,
    "dedup_by_key": 1, "dedup_by": 2, "inspect": 1,
    "partition": 1, "and_then": 1, "is_some_and": 1, "map_err": 1, "map_or": 1, "is_ok_and": 1,
    "find_map": 1, "scan": 2,
    "fold": 2, "try_fold": 2, "try_for_each": 1, "sort_by": 2, "sort_unstable_by": 2, "max_by": 2,
    "min_by": 2, "reduce": 2,
  ]

  func forwardingFunctions(in arguments: [Expr], method: String) -> [Expr] {
    guard let arity = Self.closureArity[method], let last = arguments.last,
      case .path(let path, let generics) = last.kind, generics.isEmpty,
      path.first != "None"
    else { return arguments }
    let span = last.span
    let names = (1...arity).map { "(argument \($0))" }
    let parameters = names.map { name in
      ClosureExpr.Parameter(
        pattern: Pattern(
          kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span),
        type: nil)
    }
    let call = expression(
      .call(callee: last, arguments: names.map { expression(.path([$0], generics: []), span: span) }),
      span: span)
    let closure = ClosureExpr(
      isMove: false, parameters: parameters, returnType: nil, body: call, headSpan: span,
      forwardedFunction: path)
    return arguments.dropLast() + [expression(.closure(closure), span: span)]
  }
}
