extension Checker {
  package func isCopy(_ type: TypeTerm) -> Bool {
    let resolved = table.resolve(type)
    switch resolved {
    case .variable: return table.kind(of: resolved) != .general
    case .never: return true
    case .iterator: return false
    case .reference(_, let mutable): return !mutable
    case .tuple(let items): return items.allSatisfy { isCopy($0) }
    case .array(let element, _): return isCopy(element)
    case .option(let inner): return isCopy(inner)
    case .result(let value, let error): return isCopy(value) && isCopy(error)
    default:
      if resolved.containsVariables { return false }
      guard let rust = resolved.rustType else { return false }
      return layoutCalculator.isCopy(rust)
    }
  }

  package func isClone(_ type: TypeTerm) -> Bool {
    let resolved = table.resolve(type)
    if isCopy(resolved) { return true }
    switch resolved {
    case .string, .rc, .arc, .library(.weak, _), .library(.sender, _): return true
    case .library(.cell, let inner): return isCopy(inner)
    case .library(.refCell, let inner), .library(.vecDeque, let inner), .library(.binaryHeap, let inner),
      .library(.reverse, let inner):
      return isClone(inner)
    case .vec(let inner), .box(let inner), .option(let inner), .array(let inner, _): return isClone(inner)
    case .tuple(let items): return items.allSatisfy { isClone($0) }
    case .result(let value, let error): return isClone(value) && isClone(error)
    case .hashMap(let key, let value, _, _):
      // A `BTreeMap` or `BTreeSet` is cloned node by node (`Interpreter+TreeClone`), a
      // `HashMap` or `HashSet` bucket by bucket (`cloneHashTable`).
      return isClone(key) && isClone(value)
    case .structure(let name), .enumeration(let name):
      return derivesOf(name).contains("Clone") || handWrittenClone(of: name) != nil
    case .variable: return true
    default: return false
    }
  }

  /// Whether `r.clone()` on this shared reference copies the reference (`Clone for &T`): when
  /// the referent has no `clone` of its own, which the method lookup would otherwise reach
  /// first, one step further in: it is unsized (`&str`, `&[T]`) or not `Clone` (a generic `T`
  /// without the bound, where rustc then finds `&T` where `T` is wanted).
  func clonesTheReference(_ type: TypeTerm) -> Bool {
    guard case .reference(let referent, false) = table.resolve(type) else { return false }
    switch referent {
    case .str, .slice: return true
    default: return !isClone(referent)
    }
  }
}
