extension TypedPattern {
  /// Whether matching moves something out of the matched value: a by-value binding of a type
  /// that is not `Copy` (`isCopy` says which are), anywhere in the pattern but behind a `&`.
  func moves(isCopy: (TypeTerm) -> Bool) -> Bool {
    switch kind {
    case .binding(_, let byReference, _, let sub):
      return (!byReference && !isCopy(type)) || (sub?.moves(isCopy: isCopy) ?? false)
    case .tuple(let items), .array(let items), .or(let items), .variant(_, _, let items):
      return items.contains { $0.moves(isCopy: isCopy) }
    case .structure(_, let fields):
      return fields.contains { $0.pattern.moves(isCopy: isCopy) }
    case .arrayRest(let binding):
      return binding.moves(isCopy: isCopy)
    case .deref, .slice, .wildcard, .literal, .range:
      return false
    }
  }
}
