extension BorrowLowering {
  /// E0507 / E0508: a value moved out of a place it cannot leave — from behind a reference,
  /// out of a `Vec` by index, out of an `Rc`, or out of an array by index.
  func moveOutError(_ expr: TypedExpr, movedType: TypeTerm) -> Diagnostic? {
    guard let (message, code, wholeName) = forbiddenMove(expr) else { return nil }
    var diagnostic = Diagnostic(message, at: fullSpan(expr))
    diagnostic.code = code
    let typeName = resolved(movedType).name
    diagnostic.primaryLabel =
      "move occurs because \(wholeName.map { "`\($0)`" } ?? "value") has type `\(typeName)`, which does not implement the `Copy` trait"
    return diagnostic
  }

  /// The message, code and (for a named place) the place's name when moving out of `expr` is
  /// not allowed.
  private func forbiddenMove(_ expr: TypedExpr) -> (String, String, String?)? {
    switch expr.kind {
    case .deref(let base):
      if let overloaded = overloadedPlaceName(base) { return (overloaded, "E0507", nil) }
      switch resolved(base.type) {
      case .reference(_, let mutable):
        let name = describe(expr)
        return (
          "cannot move out of `\(name)` which is behind a \(mutable ? "mutable" : "shared") reference",
          "E0507", name
        )
      case .rc:
        return ("cannot move out of an `Rc`", "E0507", nil)
      case .library(let wrapper, let inner) where wrapper.isGuard:
        return (
          "cannot move out of dereference of `\(wrapper.rawValue)<'_, \(inner.name)>`", "E0507", nil
        )
      case .arc:
        return ("cannot move out of an `Arc`", "E0507", nil)
      case .box:
        return forbiddenMove(base)
      default:
        return nil
      }
    case .field(let base, _):
      guard let (_, code, _) = forbiddenMove(base) else {
        return dropTypeName(base.type).map {
          ("cannot move out of type `\($0)`, which implements the `Drop` trait", "E0509", nil)
        }
      }
      let name = describe(expr)
      if code == "E0507", case .deref(let inner) = base.kind,
        case .reference(_, let mutable) = resolved(inner.type)
      {
        return (
          "cannot move out of `\(name)` which is behind a \(mutable ? "mutable" : "shared") reference",
          "E0507", name
        )
      }
      return forbiddenMove(base).map { ($0.0, $0.1, name) }
    case .index(let base, _):
      let baseType = resolved(base.type)
      switch baseType {
      case .array:
        return ("cannot move out of type `\(baseType.name)`, a non-copy array", "E0508", nil)
      case .slice:
        return ("cannot move out of type `\(baseType.name)`, a non-copy slice", "E0508", nil)
      default:
        return ("cannot move out of index of `\(baseType.name)`", "E0507", nil)
      }
    default:
      return nil
    }
  }

  /// The struct or enum `type` names when it implements `Drop`: its fields cannot move out.
  func dropTypeName(_ type: TypeTerm) -> String? {
    switch resolved(type) {
    case .structure(let name), .enumeration(let name):
      return program.declarations.dropImplementations.contains(name) ? name : nil
    default:
      return nil
    }
  }

  /// E0509 for a pattern that moves a binding out of a value whose type implements `Drop`
  /// (`let P { name } = p;`), reported at the matched value as rustc reports it.
  func dropTypePatternError(_ pattern: TypedPattern, value: TypedExpr) -> Diagnostic? {
    guard let name = dropTypeDestructured(pattern) else { return nil }
    return dropTypeMoveError(typeName: name, at: fullSpan(value))
  }

  private func dropTypeDestructured(_ pattern: TypedPattern) -> String? {
    switch pattern.kind {
    case .structure(_, let fields):
      if patternMoves(pattern), let name = dropTypeName(pattern.type) { return name }
      return fields.lazy.compactMap { dropTypeDestructured($0.pattern) }.first
    case .variant(_, _, let items):
      if patternMoves(pattern), let name = dropTypeName(pattern.type) { return name }
      return items.lazy.compactMap { dropTypeDestructured($0) }.first
    case .tuple(let items), .array(let items), .or(let items):
      return items.lazy.compactMap { dropTypeDestructured($0) }.first
    case .binding(_, _, _, let sub?):
      return dropTypeDestructured(sub)
    default:
      return nil
    }
  }

  /// `*Deref::deref(&b)` / `*Index::index(&g, i)` of the program's own impls, as rustc names
  /// what a move would leave: "dereference of `MyBox<String>`", "index of `Grid`".
  private func overloadedPlaceName(_ pointer: TypedExpr) -> String? {
    guard case .call(let index, _) = pointer.kind, index < program.functions.count else { return nil }
    let name = program.functions[index].name
    guard name.hasPrefix("<"), let separator = name.firstRange(of: " as ") else { return nil }
    let typeName = name[name.index(after: name.startIndex)..<separator.lowerBound]
    let trait = name[separator.upperBound...]
    if trait.hasPrefix("Deref>::") || trait.hasPrefix("DerefMut>::") {
      return "cannot move out of dereference of `\(typeName)`"
    }
    if trait.hasPrefix("Index<") || trait.hasPrefix("IndexMut<") {
      return "cannot move out of index of `\(typeName)`"
    }
    return nil
  }

  /// An expression's span as rustc underlines it: a method call from its receiver to its
  /// closing parenthesis, an index or field from its base.
  func wholeSpan(_ expr: TypedExpr) -> SourceSpan {
    switch expr.kind {
    case .builtin(_, let arguments), .call(_, let arguments):
      return callSpan(arguments, methodName: expr.span)
    case .coerce(_, let inner): return wholeSpan(inner)
    default: return fullSpan(expr)
    }
  }

  /// An index expression's span from its base (`v[0]`), as rustc underlines it.
  func fullSpan(_ expr: TypedExpr) -> SourceSpan {
    switch expr.kind {
    case .index(let base, _), .field(let base, _):
      let start = fullSpan(base).start
      return SourceSpan(start: min(start, expr.span.start), end: expr.span.end)
    default:
      return expr.span
    }
  }

  /// E0507 for a `match` or `if let` whose pattern moves a binding out of a borrowed value.
  func scrutineeMoveError(_ scrutinee: TypedExpr, patterns: [TypedPattern]) -> Diagnostic? {
    guard let moving = patterns.first(where: patternMoves), let (message, code, _) = forbiddenMove(scrutinee)
    else { return nil }
    var text = message
    if case .variant(let enumName, let index, _) = moving.kind, code == "E0507",
      case .deref(let base) = scrutinee.kind, case .reference(_, let mutable) = resolved(base.type)
    {
      let variantName =
        program.declarations.enums[enumName].flatMap {
          index < $0.variants.count ? $0.variants[index].name : nil
        }
        ?? (enumName == "Option" ? (index == 1 ? "Some" : "None") : "variant")
      text =
        "cannot move out of `\(describe(base))` as enum variant `\(variantName)` which is behind a \(mutable ? "mutable" : "shared") reference"
    }
    var diagnostic = Diagnostic(text, at: fullSpan(scrutinee))
    diagnostic.code = code
    return diagnostic
  }

  /// A place as rustc names it in these reports: `*r`, `self.body`, `v[_]`.
  func describe(_ expr: TypedExpr) -> String {
    switch expr.kind {
    case .local(let slot): return function.locals[slot].name
    case .deref(let base): return "*" + describe(base)
    case .field(let base, let index):
      var name = String(index)
      if case .structure(let structName) = resolved(base.type),
        let declaration = program.declarations.structs[structName], index < declaration.fields.count
      {
        name = declaration.fields[index].name
      }
      let baseName = describe(base)
      return (baseName.hasPrefix("*") ? String(baseName.dropFirst()) : baseName) + "." + name
    case .index(let base, _): return describe(base) + "[_]"
    default: return "value"
    }
  }
}
