/// `use Direction::{North, South};` and `use Direction::*;`: an enum's variants by their own
/// names, at the top of the file or inside a function (until the function's end).
extension Checker {
  /// The enum a program declares under this name, with its variant names.
  private func declaredEnum(_ name: String) -> EnumDecl? {
    for item in program.items {
      if case .enumeration(let decl) = item, decl.name == name { return decl }
    }
    return nil
  }

  /// Brings in the variants `path` names if it names an enum's variant or `Enum::*`; refuses
  /// any other glob. False when the path is not about an enum of this program.
  func importEnumVariants(_ path: [String], span: SourceSpan) -> Bool {
    var path = path
    if path.first == "crate" || path.first == "self" { path.removeFirst() }
    if path.count == 2, let decl = declaredEnum(path[0]) {
      if path[1] == "*" {
        for variant in decl.variants { imports[variant.name] = [decl.name, variant.name] }
        return true
      }
      if decl.variants.contains(where: { $0.name == path[1] }) {
        imports[path[1]] = path
        return true
      }
      return false
    }
    if path.last == "*" {
      let prefix = Array(path.dropLast())
      let start = pathSpan(prefix, in: span).start
      let column = start.column + prefix.joined(separator: "::").unicodeScalars.count + 2
      let star = SourceLocation(line: start.line, column: column)
      unsupported(
        "glob imports", at: SourceSpan(start: star, end: SourceLocation(line: star.line, column: column + 1)))
      return true
    }
    return false
  }

  /// True when `name` was imported as a unit variant (`use Color::*;` then `Red` in a pattern).
  func importedUnitVariant(_ name: String) -> Bool {
    guard let path = imports[name], path.count == 2, let info = enums[path[0]] else { return false }
    return info.variants.contains { $0.name == path[1] && $0.payload.isEmpty }
  }
}
