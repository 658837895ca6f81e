/// `str::parse::<T>()` for integers, floats, `bool` and `char`, and the std error types it
/// returns (`ParseIntError { kind: IntErrorKind }`, `ParseFloatError { kind: FloatErrorKind }`,
/// `ParseCharError { kind: CharErrorKind }`: one-byte structs; `ParseBoolError`: a unit
/// struct), declared here with derived `Debug` and std's `Display`.
extension Checker {
  static let parseErrorKinds: [String: (kindEnum: String, variants: [String])] = [
    "ParseIntError": ("IntErrorKind", ["Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"]),
    "ParseFloatError": ("FloatErrorKind", ["Empty", "Invalid"]),
    "ParseCharError": ("CharErrorKind", ["EmptyString", "TooManyChars"]),
  ]
  static let parseBoolError = "ParseBoolError"
  /// Where std keeps each parse error (`std::str::ParseBoolError`).
  static let parseErrorModule = [
    "ParseIntError": "num", "ParseFloatError": "num", "ParseBoolError": "str", "ParseCharError": "char",
  ]

  /// The error type of `parse` into `target`, or nil when memtutor does not parse into it.
  func parseErrorName(for target: TypeTerm) -> String? {
    switch table.resolve(target) {
    case .integer: "ParseIntError"
    case .float: "ParseFloatError"
    case .bool: Self.parseBoolError
    case .char: "ParseCharError"
    default: nil
    }
  }

  /// Declares `ParseIntError` or `ParseFloatError` (and its kind enum) the first time it is
  /// needed. False when the program declares a type of that name itself.
  @discardableResult
  func declareParseError(_ name: String) -> Bool {
    if let existing = structs[name] { return existing.derives.contains("Display") }
    if name == Self.parseBoolError {
      guard enums[name] == nil else { return false }
      structs[name] = StructInfo(
        name: name, fields: [], shape: .unit, derives: ["Debug", "Clone", "PartialEq", "Eq", "Display"],
        span: SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1)))
      return true
    }
    guard let kinds = Self.parseErrorKinds[name] else { return false }
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
    if let errorName = parseErrorName(for: target), declareParseError(errorName) {
      // `parse::<u8>()`: rustc knows `<u8 as FromStr>::Err` at once, so `e.to_string()` in a
      // later `match` arm has a receiver of a known type, and an annotation that disagrees is
      // an E0308 at the call, not an E0271.
      _ = table.unify(failure, .structure(errorName))
    } else {
      pendingParses.append((target, failure, methodNameBeingChecked?.name))
    }
    return LibraryMethod(
      builtin: .strParse, selfMode: .reference, parameters: [], result: .result(target, failure))
  }

  /// Gives each `parse` of this function its error type, now that its target type is known.
  func settleParses(in decl: FunctionDecl) {
    settleTryIntos()
    for (target, failure, call) in pendingParses {
      if case .variable = table.resolve(target) { continue }
      if let impl = handWrittenFromStr(target) {
        // The program's own `from_str`, whose `Err` the `parse` returns.
        let failureType = resolveType(impl.failure, selfType: impl.owner)
        if !table.unify(failure, failureType) {
          error(
            "mismatched types: expected `\(table.displayName(failure))`, found `\(table.displayName(failureType))`",
            at: call ?? decl.span)
        }
        continue
      }
      guard let errorName = parseErrorName(for: target) else {
        unsupported(
          "`parse` into `\(table.displayName(target))` (numbers, `bool` and `char` only)",
          at: call ?? decl.span)
        continue
      }
      guard declareParseError(errorName) else {
        unsupported("`parse` next to a type of your own named `\(errorName)`", at: call ?? decl.span)
        continue
      }
      if !table.unify(failure, .structure(errorName)) {
        // The error type was fixed elsewhere (an annotation, a `?` into the function's own
        // error type): rustc reports the projection `FromStr::Err` at the `parse`.
        error(
          "type mismatch resolving `<\(table.displayName(target)) as FromStr>::Err == \(table.displayName(failure))`",
          at: call ?? decl.span)
        diagnostics[diagnostics.count - 1].code = "E0271"
      }
    }
    pendingParses = []
  }
}
