import MemoryModel

/// `String::from_utf8(v)` and `std::str::from_utf8(&bytes)`, and the std error types they
/// return: `Utf8Error { valid_up_to: usize, error_len: Option<u8> }` (16 bytes, `Copy`) and
/// `FromUtf8Error { bytes: Vec<u8>, error: Utf8Error }`, which owns the bytes that failed.
/// Both are declared here with derived `Debug` (std derives it) and std's `Display`, which
/// the formatter writes (`RustFormatter.utf8ErrorMessage`).
extension Checker {
  package static let utf8ErrorName = "Utf8Error"
  package static let fromUtf8ErrorName = "FromUtf8Error"
  /// Where std keeps each (`std::str::Utf8Error`, `std::string::FromUtf8Error`).
  package static let utf8ErrorModules = [utf8ErrorName: "str", fromUtf8ErrorName: "string"]

  /// Declares both error types the first time either is needed. False when the program
  /// declares a type of one of those names itself.
  @discardableResult
  func declareUtf8Errors() -> Bool {
    let names = [Self.utf8ErrorName, Self.fromUtf8ErrorName]
    if names.allSatisfy({ structs[$0]?.derives.contains("Display") == true }) { return true }
    if names.contains(where: { structs[$0] != nil || enums[$0] != nil }) { return false }
    let nowhere = SourceSpan(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    // "Display" marks a std type whose `Display` the formatter writes.
    structs[Self.utf8ErrorName] = StructInfo(
      name: Self.utf8ErrorName, fields: [("valid_up_to", .usize), ("error_len", .option(.u8))], shape: .named,
      derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Display"], span: nowhere)
    structs[Self.fromUtf8ErrorName] = StructInfo(
      name: Self.fromUtf8ErrorName,
      fields: [("bytes", .vec(.u8)), ("error", .structure(Self.utf8ErrorName))], shape: .named,
      derives: ["Debug", "Clone", "PartialEq", "Eq", "Display"], span: nowhere)
    // Declared while bodies are checked: the layouts (and `Utf8Error`'s `Copy`) are known now.
    layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    return true
  }

  /// `std::string::FromUtf8Error` or `std::str::Utf8Error` written as a type (after `use`,
  /// the path is already written out).
  func utf8ErrorType(_ path: [String]) -> TypeTerm? {
    guard let name = path.last, let module = Self.utf8ErrorModules[name] else { return nil }
    guard path == ["std", module, name], declareUtf8Errors() else { return nil }
    return .structure(name)
  }

  /// `String::from_utf8(v)`, `str::from_utf8(&bytes)`; nil for any other path.
  func checkUtf8Conversion(_ path: [String], arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    let name: String
    switch path {
    case ["String", "from_utf8"]: name = "String::from_utf8"
    case ["str", "from_utf8"]: name = "str::from_utf8"
    default: return nil
    }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    guard declareUtf8Errors() else {
      unsupported("`\(name)` next to a type of your own named `Utf8Error` or `FromUtf8Error`", at: span)
      return invalid(span)
    }
    let argument = checkExpression(arguments[0])
    if name == "String::from_utf8" {
      let bytes = coerce(argument, to: .vec(.u8))
      return typed(
        .builtin(.textMethod(name), arguments: [bytes]),
        .result(.string, .structure(Self.fromUtf8ErrorName)), span)
    }
    let bytes = coerce(argument, to: .reference(.slice(.u8), mutable: false))
    return typed(
      .builtin(.textMethod(name), arguments: [bytes]),
      .result(.reference(.str, mutable: false), .structure(Self.utf8ErrorName)), span)
  }

  /// The methods of the two error types: `utf8_error`, `into_bytes` and `as_bytes` on a
  /// `FromUtf8Error`, `valid_up_to` and `error_len` on a `Utf8Error`.
  func utf8ErrorMethod(on type: TypeTerm, _ name: String) -> LibraryMethod? {
    guard case .structure(let typeName) = type, Self.utf8ErrorModules[typeName] != nil,
      structs[typeName]?.derives.contains("Display") == true
    else { return nil }
    func method(_ mode: SelfMode, _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(
        builtin: .textMethod("\(typeName)::\(name)"), selfMode: mode, parameters: [], result: result)
    }
    switch (typeName, name) {
    case (Self.fromUtf8ErrorName, "utf8_error"): return method(.reference, .structure(Self.utf8ErrorName))
    case (Self.fromUtf8ErrorName, "into_bytes"): return method(.value, .vec(.u8))
    case (Self.fromUtf8ErrorName, "as_bytes"):
      return method(.reference, .reference(.slice(.u8), mutable: false))
    case (Self.utf8ErrorName, "valid_up_to"): return method(.reference, .usize)
    case (Self.utf8ErrorName, "error_len"): return method(.reference, .option(.usize))
    default: return nil
    }
  }
}
