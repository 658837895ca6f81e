import MemoryModel

/// `name: impl Into<String>` and `T: Into<String>`: the generic body sees `name.into()` as a
/// `String`; each instance converts its own argument (`&str` copies the text to the heap,
/// `String` is moved as it is). Other `Into` targets are refused.
extension Checker {
  /// The bound is `Into<String>` exactly.
  func isIntoStringBound(_ parameter: GenericParameter, written: String) -> Bool {
    guard written.split(separator: ":").last == "Into", let arguments = parameter.boundArguments[written],
      arguments.associated.isEmpty, arguments.types.count == 1,
      case .path(let path, let generics) = arguments.types[0].kind
    else { return false }
    return generics.isEmpty && (path == ["String"] || path == ["std", "string", "String"])
  }

  /// Gives the opaque `typeName` the `into(self) -> String` its `Into<String>` bound promises.
  func registerOpaqueConversions(_ parameter: GenericParameter, typeName: String) {
    guard let written = parameter.bounds.first(where: { isIntoStringBound(parameter, written: $0) }),
      methods[typeName]?["into"] == nil
    else { return }
    let at = parameter.boundArguments[written]?.span ?? parameter.span
    let stub = FunctionDecl(
      name: "into", nameSpan: at, selfParameter: .value, parameters: [],
      returnType: TypeExpr(kind: .path(path: ["String"], generics: []), span: at),
      body: Block(statements: [], tail: nil, span: at), attributes: [], span: at)
    let index = signatures.count
    signatures.append(
      FunctionSignature(
        name: "<\(typeName) as Into<String>>::into", declaration: stub, owner: typeName, parameterTypes: [],
        selfType: nil, returnType: .unit))
    bodilessSignatures.insert(index)
    methods[typeName, default: [:]]["into"] = index
    opaqueIntoStrings.insert(typeName)
  }

  /// The types whose `into()` memtutor makes a `String` of.
  func convertsIntoString(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .string, .reference(.str, mutable: false): return true
    default: return false
    }
  }

  /// Types std converts into a `String` that memtutor does not (a `char`, a `&String`, …).
  func convertsIntoStringOnlyInRust(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .char, .reference(.string, _), .reference(.str, mutable: true), .box(.str): return true
    default: return false
    }
  }
}
