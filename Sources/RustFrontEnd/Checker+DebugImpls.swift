import MemoryModel

/// `impl fmt::Debug` written by hand: `{:?}` on the value calls its `fmt` as `{}` calls a
/// `Display` impl (see `Checker+DisplayImpls`). Everywhere else memtutor prints a value's
/// `Debug` itself (inside a `Vec`, a derived `Debug`, `assert_eq!`, `unwrap`), so a value
/// holding such a type is refused there rather than printed as if derived.
extension Checker {
  /// The function `{:?}` calls for a value of `type` (through references), when the program
  /// implements `Debug` for it by hand.
  func debugFunction(for type: TypeTerm) -> Int? {
    switch table.shallow(type) {
    case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner),
      .library(.ref, let inner),
      .library(.refMut, let inner):
      return debugFunction(for: inner)
    case .structure(let name), .enumeration(let name):
      return debugFunctions[name] ?? genericFormattingFunction(on: name, debug: true)
    default: return nil
    }
  }

  /// True when a value of `type` holds, anywhere inside it, a type with a hand-written `Debug`:
  /// memtutor prints such a value itself, so it cannot call that `fmt` (refused, not misprinted).
  func holdsHandWrittenDebug(_ type: TypeTerm) -> Bool {
    guard !debugFunctions.isEmpty || !genericDebugImpls.isEmpty else { return false }
    var visited: Set<String> = []
    var pending = [type]
    while let next = pending.popLast() {
      switch table.shallow(next) {
      case .structure(let name):
        if debugFunctions[name] != nil || genericFormattingFunction(on: name, debug: true) != nil {
          return true
        }
        if visited.insert(name).inserted { pending += structs[name]?.fields.map(\.type) ?? [] }
      case .enumeration(let name):
        if debugFunctions[name] != nil || genericFormattingFunction(on: name, debug: true) != nil {
          return true
        }
        if visited.insert(name).inserted { pending += enums[name]?.variants.flatMap(\.payload) ?? [] }
      case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner), .vec(let inner),
        .option(let inner), .array(let inner, _), .slice(let inner), .library(_, let inner):
        pending.append(inner)
      case .tuple(let items): pending += items
      case .result(let value, let failure), .hashMap(let value, let failure, _, _):
        pending += [value, failure]
      case .dynTrait("Error") where traits["Error"] == nil:
        // Any error type may be in the box.
        if errorImpls.keys.contains(where: { debugFunctions[$0] != nil }) { return true }
      default: break
      }
    }
    return false
  }

  /// Where `Debug` is written in the type's `#[derive(…)]`: rustc reports a second `Debug` there.
  func derivedDebugSpan(of typeName: String) -> SourceSpan? {
    for item in program.items {
      let attributes: [Attribute]
      switch item {
      case .structure(let decl) where decl.name == typeName: attributes = decl.attributes
      case .enumeration(let decl) where decl.name == typeName: attributes = decl.attributes
      default: continue
      }
      for attribute in attributes where attribute.name == "derive" {
        let line = attribute.span.start.line
        guard line >= 1, line <= sourceLines.count else { continue }
        let text = Array(sourceLines[line - 1])
        let needle = Array("Debug".unicodeScalars)
        var index = max(0, attribute.span.start.column - 1)
        while index + needle.count <= text.count {
          if Array(text[index..<index + needle.count]) == needle {
            let start = SourceLocation(line: line, column: index + 1)
            return SourceSpan(start: start, end: SourceLocation(line: line, column: index + 1 + needle.count))
          }
          index += 1
        }
      }
    }
    return nil
  }
}
