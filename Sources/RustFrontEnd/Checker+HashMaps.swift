import MemoryModel

extension Checker {
  /// `HashMap<K, V>` and `HashSet<T>` named in a type (after `use std::collections::…`).
  func resolveHashTableType(_ name: String, generics: [TypeExpr], selfType: String?, span: SourceSpan)
    -> TypeTerm
  {
    let isSet = name == "HashSet"
    let expected = isSet ? 1 : 2
    guard generics.count == expected else {
      error(
        "`\(name)` expects \(expected) generic argument\(expected == 1 ? "" : "s"), found \(generics.count)",
        at: span)
      return .unit
    }
    let key = resolveType(generics[0], selfType: selfType)
    let value = isSet ? TypeTerm.unit : resolveType(generics[1], selfType: selfType)
    return .hashMap(key: key, value: value, set: isSet)
  }
}

extension Checker {
  /// `HashMap::new()`, `HashMap::with_capacity(n)` and the `HashSet` ones.
  func checkHashTableConstructor(
    _ typeName: String, _ function: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    unsupported(typeName == "HashSet" ? "hash sets" : "hash maps", at: span)
    return invalid(span)
  }
}
