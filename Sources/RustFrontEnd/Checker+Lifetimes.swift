extension Checker {
  /// The elided lifetimes of a type, in order: each `&` without a lifetime (or with `'_`), and
  /// each lifetime parameter of a struct or enum named without its lifetime arguments.
  func elidedReferences(in type: TypeExpr) -> [SourceSpan] {
    switch type.kind {
    case .reference(_, let lifetime, let referent):
      let here = SourceSpan(
        start: type.span.start,
        end: SourceLocation(line: type.span.start.line, column: type.span.start.column + 1))
      return (lifetime == nil || lifetime == "_" ? [here] : []) + elidedReferences(in: referent)
    case .path(let path, _) where Self.bindsItsOwnLifetimes(path):
      // `fn(&str) -> bool`, `dyn Fn(&str) -> String`: the elided lifetimes are higher-ranked,
      // bound by the pointer or trait itself, and need no name outside.
      return []
    case .path(let path, let generics):
      var elided = type.lifetimes.filter { $0.name == "_" }.map(\.span)
      if type.lifetimes.isEmpty {
        let span = path.count == 1 && generics.isEmpty ? type.span : elidedLifetimeSpan(of: type, path: path)
        elided += Array(repeating: span, count: lifetimeParameterCount(ofPath: path))
      }
      return elided + generics.flatMap { elidedReferences(in: $0) }
    case .array(let element, _), .slice(let element): return elidedReferences(in: element)
    case .tuple(let items): return items.flatMap { elidedReferences(in: $0) }
    case .inferred, .never: return []
    }
  }

  /// A `fn` pointer type or a closure trait object, written as a path by the parser.
  static func bindsItsOwnLifetimes(_ path: [String]) -> Bool {
    guard path.count == 1, let name = path.first else { return false }
    return name == "fn" || name.hasPrefix("dyn Fn")
  }

  /// Where rustc points at a path's left-out lifetime parameters: the `<` of its arguments
  /// (`Ref<i32>`), or its last segment (`fmt::Formatter`). Paths are written without spaces.
  private func elidedLifetimeSpan(of type: TypeExpr, path: [String]) -> SourceSpan {
    guard case .path(_, let generics) = type.kind, let last = path.last,
      type.span.start.line == type.span.end.line
    else { return type.span }
    var start = type.span.start
    if generics.isEmpty {
      start.column = max(start.column, type.span.end.column - last.unicodeScalars.count)
      return SourceSpan(start: start, end: type.span.end)
    }
    start.column += path.joined(separator: "::").unicodeScalars.count
    return SourceSpan(start: start, end: SourceLocation(line: start.line, column: start.column + 1))
  }

  /// Every lifetime written in a type, in order (`'static` and `'_` included).
  func namedLifetimes(in type: TypeExpr) -> [LifetimeName] {
    switch type.kind {
    case .reference(_, let lifetime, let referent):
      let here = SourceSpan(
        start: SourceLocation(line: type.span.start.line, column: type.span.start.column + 1),
        end: SourceLocation(
          line: type.span.start.line, column: type.span.start.column + 2 + (lifetime?.count ?? 0)))
      return (lifetime.map { [LifetimeName(name: $0, span: here)] } ?? []) + namedLifetimes(in: referent)
    case .path(_, let generics):
      return type.lifetimes + generics.flatMap { namedLifetimes(in: $0) }
    case .array(let element, _), .slice(let element): return namedLifetimes(in: element)
    case .tuple(let items): return items.flatMap { namedLifetimes(in: $0) }
    case .inferred, .never: return []
    }
  }

  /// How many lifetime parameters the type a path names has, written or not: those a struct or
  /// enum of the program declares (`Parser<'a>`), or one for a std type that holds a borrow
  /// (`Ref<'b, T>`, `fmt::Formatter<'a>`), which a signature usually leaves out.
  func lifetimeParameterCount(ofPath path: [String]) -> Int {
    if path.count == 1, let name = path.last {
      let declared = declaredLifetimes(of: name).count
      if declared > 0 || structs[name] != nil || enums[name] != nil { return declared }
    }
    return Self.borrowingLibraryTypes.contains(expandPath(path)) ? 1 : 0
  }

  /// std's types with one lifetime parameter (the borrow they hold), by full path.
  static let borrowingLibraryTypes: Set<[String]> = [
    ["std", "cell", "Ref"], ["std", "cell", "RefMut"], ["std", "fmt", "Formatter"],
    ["std", "fmt", "Arguments"],
    ["std", "sync", "MutexGuard"], ["std", "sync", "RwLockReadGuard"], ["std", "sync", "RwLockWriteGuard"],
    ["std", "slice", "Iter"], ["std", "slice", "IterMut"], ["std", "str", "Chars"],
    ["std", "str", "CharIndices"], ["std", "str", "Bytes"], ["std", "str", "SplitWhitespace"],
    ["std", "str", "Lines"], ["std", "vec", "Drain"], ["std", "borrow", "Cow"],
  ]

  /// The lifetime parameters a struct or enum declares (`'a` of `struct Excerpt<'a>`).
  func declaredLifetimes(of typeName: String) -> [LifetimeName] {
    for item in program.items {
      switch item {
      case .structure(let decl) where decl.name == typeName: return decl.lifetimeParameters
      case .enumeration(let decl) where decl.name == typeName: return decl.lifetimeParameters
      default: continue
      }
    }
    return []
  }

  /// True when a type names lifetimes and all are `'static` (`&'static str`,
  /// `Vec<&'static str>`), none left out: a value of it borrows nothing that ends.
  func namesOnlyStatic(_ type: TypeExpr) -> Bool {
    let named = namedLifetimes(in: type)
    return !named.isEmpty && named.allSatisfy { $0.name == "static" } && elidedReferences(in: type).isEmpty
  }

  /// E0106 for a function: its return type holds a reference, and the elision rules do not say
  /// where it comes from (no `&self`, and not exactly one lifetime among the parameters).
  func checkReturnLifetime(_ decl: FunctionDecl) {
    guard let returnType = decl.returnType, let missing = elidedReferences(in: returnType).first else {
      return
    }
    if decl.selfParameter == .reference || decl.selfParameter == .mutableReference { return }
    let borrowed = decl.parameters.filter { inputLifetimeCount($0.type) > 0 }
    let inputs = decl.parameters.reduce(0) { $0 + inputLifetimeCount($1.type) }
    if inputs == 1 { return }
    var diagnostic = Diagnostic("missing lifetime specifier", at: missing)
    diagnostic.code = "E0106"
    diagnostic.primaryLabel = "expected named lifetime parameter"
    if inputs == 0 {
      diagnostic.helps = [
        "this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
      ]
    } else if decl.parameters.contains(where: { !namedLifetimes(in: $0.type).isEmpty }) {
      diagnostic.helps = [
        "this function's return type contains a borrowed value with an elided lifetime, but the lifetime cannot be derived from the arguments"
      ]
    } else if borrowed.count == 1, let only = borrowed.first {
      // One parameter with several lifetimes: `&Ref<Node>` has the `&` and `Ref`'s own.
      var name = "argument"
      if case .identifier(let identifier, _, _, _) = only.pattern.kind { name = identifier }
      diagnostic.helps = [
        "this function's return type contains a borrowed value, but the signature does not say which one of `\(name)`'s \(inputs) lifetimes it is borrowed from"
      ]
    } else {
      let names = borrowed.map { parameter -> String in
        if case .identifier(let name, _, _, _) = parameter.pattern.kind { return "`\(name)`" }
        return "argument"
      }
      let list: String
      if names.count == 2 {
        list = "\(names[0]) or \(names[1])"
      } else {
        list = "one of " + names.dropLast().joined(separator: ", ") + ", or " + (names.last ?? "")
      }
      diagnostic.helps = [
        "this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from \(list)"
      ]
    }
    if inputs > 0 {
      diagnostic.labels = borrowed.map { Diagnostic.Label(span: $0.type.span, text: "") }
    }
    diagnostics.append(diagnostic)
  }

  /// The lifetime positions of a parameter's type, elided or named (`'static` aside).
  private func inputLifetimeCount(_ type: TypeExpr) -> Int {
    elidedReferences(in: type).count
      + namedLifetimes(in: type).filter { $0.name != "_" && $0.name != "static" }.count
  }

  /// E0106 for a struct field or enum payload holding a reference without a lifetime.
  func checkFieldLifetime(_ type: TypeExpr) {
    guard let missing = elidedReferences(in: type).first else { return }
    var diagnostic = Diagnostic("missing lifetime specifier", at: missing)
    diagnostic.code = "E0106"
    diagnostic.primaryLabel = "expected named lifetime parameter"
    diagnostics.append(diagnostic)
  }
}
