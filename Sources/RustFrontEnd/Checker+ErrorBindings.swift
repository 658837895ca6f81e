/// After memtutor refuses something (an unsupported method, a slice pattern it cannot
/// match), the names a pattern would have bound still exist, typed as the error type
/// (`.never`, as rustc's `{type error}`), so later uses of them report nothing more: the
/// learner sees the one true reason.
extension Checker {
  /// Declares every name `pattern` binds with the error type.
  func bindNamesAsErrors(_ pattern: Pattern, isParameter: Bool) {
    var pending = [pattern]
    while let next = pending.popLast() {
      switch next.kind {
      case .identifier(let name, let mutable, _, let subpattern):
        if subpattern == nil, lookupLocal(name) == nil,
          name == "None" || structs[name] != nil || visibleGlobal(name) != nil
        {
          continue
        }
        if orPatternSlots?[name] == nil {
          _ = declareLocal(
            name, type: .never, line: next.span.start.line, isParameter: isParameter, isMutable: mutable)
        }
        if let subpattern { pending.append(subpattern) }
      case .tuple(let items), .slice(let items), .tupleStruct(_, let items):
        pending.append(contentsOf: items.reversed())
      case .or(let options):
        // Every option binds the same names.
        if let first = options.first { pending.append(first) }
      case .reference(_, let inner):
        pending.append(inner)
      case .structure(_, let fields, _):
        pending.append(contentsOf: fields.reversed().map(\.pattern))
      case .wildcard, .rest, .literal, .range, .path:
        break
      }
    }
  }
}
