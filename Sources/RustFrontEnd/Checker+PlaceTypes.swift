extension Checker {
  /// The type of a local or of a field of one (`self.sep`, `cfg.opts.sep`, `pair.0`, through
  /// references), read from the declarations before the expression is checked: what a call
  /// must know of an argument before checking it (a `char` pattern or a `&str` one). Nil when
  /// it cannot be told.
  func placeTypeBeforeChecking(_ expr: Expr) -> TypeTerm? {
    switch expr.kind {
    case .path(let path, _) where path.count == 1:
      guard let slot = resolveLocal(path[0]) else { return nil }
      return table.shallow(locals[slot].type)
    case .field(let base, let name):
      guard var type = placeTypeBeforeChecking(base) else { return nil }
      while case .reference(let inner, _) = type { type = table.shallow(inner) }
      switch type {
      case .structure(let structName):
        guard let field = structs[structName]?.fields.first(where: { $0.name == name }) else { return nil }
        return table.shallow(field.type)
      case .tuple(let items):
        guard let index = Int(name), items.indices.contains(index) else { return nil }
        return table.shallow(items[index])
      default: return nil
      }
    default: return nil
    }
  }
}
