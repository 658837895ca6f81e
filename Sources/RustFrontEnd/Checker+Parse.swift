/// `str::parse::<T>()` for integers and floats, and the std error types it returns
/// (`ParseIntError { kind: IntErrorKind }`, `ParseFloatError { kind: FloatErrorKind }`),
/// declared here as the one-byte structs they are, with derived `Debug` and std's `Display`.
extension Checker {
  static let parseErrorKinds: [String: (kindEnum: String, variants: [String])] = [
    "ParseIntError": ("IntErrorKind", ["Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"]),
    "ParseFloatError": ("FloatErrorKind", ["Empty", "Invalid"]),
  ]

  /// Declares `ParseIntError` or `ParseFloatError` (and its kind enum) the first time it is
  /// needed. False when the program declares a type of that name itself.
  @discardableResult
  func declareParseError(_ name: String) -> Bool {
    guard let kinds = Self.parseErrorKinds[name] else { return false }
    if let existing = structs[name] { return existing.derives.contains("Display") }
    if enums[name] != nil || structs[kinds.kindEnum] != nil || enums[kinds.kindEnum] != nil { return false }
    let nowhere = SourceSpan(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    enums[kinds.kindEnum] = EnumInfo(
      name: kinds.kindEnum, variants: kinds.variants.map { ($0, [], nil) },
      derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq"], span: nowhere)
    // "Display" marks a std type whose `Display` the formatter writes (see `parseErrorMessage`).
    structs[name] = StructInfo(
      name: name, fields: [("kind", .enumeration(kinds.kindEnum))], shape: .named,
      derives: ["Debug", "Clone", "PartialEq", "Eq", "Display"], span: nowhere)
    return true
  }

  /// `parse` on a `str`: `Result<T, ParseIntError>` or `Result<T, ParseFloatError>`. With no
  /// turbofish the error type is settled when the function's types are (`settleParses`).
  func parseMethod(generics: [TypeExpr]) -> LibraryMethod? {
    let target = generics.first.map { resolveType($0, selfType: currentOwner) } ?? table.fresh()
    let failure = table.fresh()
    pendingParses.append((target, failure))
    return LibraryMethod(
      builtin: .strParse, selfMode: .reference, parameters: [], result: .result(target, failure))
  }

  /// Gives each `parse` of this function its error type, now that its target type is known.
  func settleParses(in decl: FunctionDecl) {
    settleTryIntos()
    for (target, failure) in pendingParses {
      let errorName: String
      switch table.resolve(target) {
      case .integer: errorName = "ParseIntError"
      case .float: errorName = "ParseFloatError"
      case .variable: continue
      default:
        unsupported("`parse` into `\(table.displayName(target))` (integers and floats only)", at: decl.span)
        continue
      }
      guard declareParseError(errorName) else {
        unsupported("`parse` next to a type of your own named `\(errorName)`", at: decl.span)
        continue
      }
      if !table.unify(failure, .structure(errorName)) {
        error(
          "mismatched types: expected `\(table.displayName(failure))`, found `\(errorName)`", at: decl.span)
      }
    }
    pendingParses = []
  }
}
