import MemoryModel

/// `Default::default()` written without a type (`let p: Point = Default::default();`): its
/// type comes from inference, so whether that type has a `Default` is checked at the end of
/// the body, once inference has settled it.
extension Checker {
  /// True for `Default::default` and `std::default::Default::default`.
  func isDefaultTraitPath(_ rawPath: [String]) -> Bool {
    rawPath == ["Default", "default"] || rawPath == ["std", "default", "Default", "default"]
      || rawPath == ["default", "Default", "default"] && imports["default"] == ["std", "default"]
  }

  func checkDefaultTraitCall(arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan) -> TypedExpr {
    guard arguments.isEmpty else {
      argumentCountError(expected: 0, found: arguments.count, span: span, isMethod: false)
      return invalid(span)
    }
    let type = table.fresh()
    pendingDefaults.append((type, calleeSpan))
    return typed(.builtin(.defaultValue, arguments: []), type, span)
  }

  /// Reports each `Default::default()` of this body whose type has no `Default`.
  func settleDefaults() {
    for (type, span) in pendingDefaults {
      let resolved = table.resolve(type)
      if resolved.containsVariables {
        error("type annotations needed", at: span)
      } else if holdsHandWrittenDefault(resolved), handWrittenDefaults[resolved.name] == nil {
        unsupported("a default value built around a hand-written `Default`", at: span)
      } else if resolved == .reference(.str, mutable: false) {
        continue  // `""`, which the compiler makes where the default is written.
      } else if !implementsDefault(resolved) {
        error("the trait bound `\(table.displayName(resolved)): Default` is not satisfied", at: span)
      }
    }
    pendingDefaults = []
  }

  /// The types whose `Default` memtutor builds: the library's own and derived ones.
  func implementsDefault(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .unit, .bool, .char, .integer, .float, .string, .vec, .option: return true
    case .tuple(let items): return items.count <= 12 && items.allSatisfy { implementsDefault($0) }
    case .array(let element, let count): return count <= 32 && (count == 0 || implementsDefault(element))
    case .structure(let name): return derivesOf(name).contains("Default") || handWrittenDefaults[name] != nil
    case .enumeration(let name):
      return handWrittenDefaults[name] != nil
        || (derivesOf(name).contains("Default") && derivedDefaultVariant(of: name) != nil)
    default: return false
    }
  }
}

extension Checker {
  /// The `#[default]` unit variant of the program's enum `name` (its declaration's name for a
  /// generic one's instance), the value `#[derive(Default)]` makes.
  func derivedDefaultVariant(of name: String) -> String? {
    for item in program.items {
      guard case .enumeration(let decl) = item, decl.name == name else { continue }
      let marked = decl.variants.filter(\.isDefault)
      guard marked.count == 1, marked[0].payload.isEmpty, marked[0].fieldNames == nil else { return nil }
      return marked[0].name
    }
    return nil
  }
}
