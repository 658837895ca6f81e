import MemoryModel

/// `concat()` and `join(&separator)` on a slice of `Vec<T>` or `[T; N]` rows: one `Vec<T>`.
extension Checker {
  func nestedJoinMethod(element: TypeTerm, _ name: String) -> LibraryMethod? {
    let inner: TypeTerm
    switch table.shallow(element) {
    case .vec(let item), .array(let item, _): inner = item
    default: return nil
    }
    guard isCloneMadeHere(inner) else { return nil }
    return LibraryMethod(
      builtin: .sliceMethod(name + " rows"), selfMode: .reference,
      parameters: name == "join" ? [.reference(inner, mutable: false)] : [], result: .vec(inner))
  }

  /// `rows.join(&[0, 0][..])`: a slice separator (`Join<&[T]>`), which memtutor does not run;
  /// the renamed method is refused as `join`.
  func joinMethodName(_ arguments: [Expr]) -> String? {
    guard arguments.count == 1, case .reference(false, let separator) = arguments[0].kind else { return nil }
    switch separator.kind {
    case .array, .arrayRepeat, .vecList, .vecRepeat: return "(join slice)"
    case .index(_, let index):
      if case .range = index.kind { return "(join slice)" }
      return nil
    case .path(let path, _) where path.count == 1:
      guard let slot = lookupLocal(path[0]) else { return nil }
      var type = table.shallow(locals[slot].type)
      if case .reference(let referent, _) = type { type = table.shallow(referent) }
      switch type {
      case .vec, .array, .slice: return "(join slice)"
      default: return nil
      }
    default:
      return nil
    }
  }
}
