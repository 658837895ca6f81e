extension Checker {
  /// Whether dropping a value of `type` runs a `Drop` implementation of the program's own.
  func hasUserDrop(_ type: TypeTerm, visited: inout Set<String>) -> Bool {
    switch table.shallow(type) {
    case .structure(let name):
      if dropFunctions[name] != nil { return true }
      guard visited.insert(name).inserted, let info = structs[name] else { return false }
      return info.fields.contains { hasUserDrop($0.type, visited: &visited) }
    case .enumeration(let name):
      if dropFunctions[name] != nil { return true }
      guard visited.insert(name).inserted, let info = enums[name] else { return false }
      return info.variants.contains { $0.payload.contains { hasUserDrop($0, visited: &visited) } }
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .array(let inner, _), .library(.cell, let inner), .library(.refCell, let inner):
      return hasUserDrop(inner, visited: &visited)
    case .tuple(let items):
      return items.contains { hasUserDrop($0, visited: &visited) }
    default:
      return false
    }
  }
}
