import MemoryModel

/// `Vec::extend` from the sources learners pass: a range, `&w`, an owned `Vec` or array, and
/// `w.iter()` / `w.iter().copied()` / `w.iter().cloned()`. Each becomes the method that behaves
/// the same way in the standard library (slice iterators extend like `extend_from_slice`).
extension Checker {
  /// The method meant by `v.extend(argument)` and the arguments it takes, or nil to refuse.
  func extendCall(_ arguments: [Expr]) -> (method: String, arguments: [Expr])? {
    guard arguments.count == 1 else { return nil }
    let argument = arguments[0]
    func sliceOf(_ source: Expr, _ method: String) -> (method: String, arguments: [Expr]) {
      (method, [Expr(id: argument.id, kind: .reference(mutable: false, source), span: source.span)])
    }
    switch argument.kind {
    case .range(_, _, let inclusive):
      return (inclusive ? "(extend inclusive range)" : "(extend range)", arguments)
    case .reference(false, _):
      return ("extend_from_slice", arguments)
    case .vecList, .vecRepeat:
      return ("(extend vec)", arguments)
    case .array(let items):
      return ("(extend array \(items.count))", arguments)
    case .arrayRepeat(_, let count):
      guard let length = constantInteger(count), length >= 0, length <= 4096 else { return nil }
      return ("(extend array \(length))", arguments)
    case .path(let path, let generics) where path.count == 1 && generics.isEmpty:
      guard let slot = lookupLocal(path[0]) else { return nil }
      switch table.shallow(locals[slot].type) {
      case .vec: return ("(extend vec)", arguments)
      case .array(_, let length): return ("(extend array \(length))", arguments)
      default: return nil
      }
    case .methodCall(let source, "iter", let generics, let none) where generics.isEmpty && none.isEmpty:
      return sliceOf(source, "(extend iter)")
    case .methodCall(let inner, let adapter, let generics, let none)
    where (adapter == "copied" || adapter == "cloned") && generics.isEmpty && none.isEmpty:
      guard case .methodCall(let source, "iter", let innerGenerics, let innerNone) = inner.kind,
        innerGenerics.isEmpty, innerNone.isEmpty
      else { return nil }
      return sliceOf(source, adapter == "copied" ? "(extend iter)" : "(extend cloned)")
    default:
      return nil
    }
  }

  /// The library methods behind `extendCall`'s names, on `Vec<element>`.
  func extendMethod(element: TypeTerm, _ name: String) -> LibraryMethod? {
    let sliceRef = TypeTerm.reference(.slice(element), mutable: false)
    switch name {
    case "(extend iter)" where isCopy(element):
      return LibraryMethod(
        builtin: .vecExtendFromSlice, selfMode: .mutableReference, parameters: [sliceRef], result: .unit)
    case "(extend cloned)" where isCloneMadeHere(element):
      return LibraryMethod(
        builtin: .vecExtendFromSlice, selfMode: .mutableReference, parameters: [sliceRef], result: .unit)
    case "(extend vec)":
      return LibraryMethod(
        builtin: .sliceMethod("extend owned"), selfMode: .mutableReference, parameters: [.vec(element)],
        result: .unit)
    default:
      let prefix = "(extend array "
      guard name.hasPrefix(prefix), name.hasSuffix(")"),
        let length = Int(name.dropFirst(prefix.count).dropLast())
      else { return nil }
      return LibraryMethod(
        builtin: .sliceMethod("extend owned"), selfMode: .mutableReference,
        parameters: [.array(element, length)], result: .unit)
    }
  }
}
