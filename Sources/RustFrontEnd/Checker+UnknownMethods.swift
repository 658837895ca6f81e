import MemoryModel

/// A method that `str`, `String`, `Vec`, `Option` and the integers do not have is rustc's E0599,
/// at the method's name, worded as rustc words it (`found for reference `&str``, `found for
/// struct `Vec<{integer}>``, `found for enum `Option<T>``, `found for type `i32``). A name
/// those types do have (`StandardMethodNames`) is never called an error.
extension Checker {
  /// Reports E0599 when `method` is none of the type's methods; false when the type is not one
  /// whose methods memtutor knows, or the method exists.
  func reportUnknownStandardMethod(
    _ method: String, receiver: Expr, receiverType: TypeTerm, ownType: TypeTerm?, at span: SourceSpan
  ) -> Bool {
    guard !method.hasPrefix("("), let ownType else { return false }
    // A trait of the program's own may give the type this method (memtutor refuses such
    // impls for std's types, so it cannot tell): never an error then.
    guard !traits.values.contains(where: { $0.methods.contains { $0.name == method } }) else { return false }
    let known: Set<String>
    let ownDescription: String
    switch table.shallow(ownType) {
    case .str:
      known = StandardMethodNames.str
      ownDescription = "type `str`"
    case .string:
      known = StandardMethodNames.string
      ownDescription = "struct `String`"
    case .vec:
      known = StandardMethodNames.vec
      ownDescription = "struct `\(table.displayName(ownType))`"
    case .option:
      known = StandardMethodNames.option
      // rustc names the enum by its declaration here.
      ownDescription = "enum `Option<T>`"
    case .integer(let kind):
      known = kind.isSigned ? StandardMethodNames.signedInteger : StandardMethodNames.unsignedInteger
      ownDescription = "type `\(table.displayName(ownType))`"
    default:
      return false
    }
    let written = table.shallow(receiverType)
    guard !known.contains(method), !(written.isReference && StandardMethodNames.reference.contains(method))
    else {
      return false
    }
    let description: String
    if case .reference(_, let mutable) = written {
      // A string literal is `&'static str` to rustc's message.
      let name = isStringLiteral(receiver) ? "&'static str" : table.displayName(written)
      description = "\(mutable ? "mutable reference" : "reference") `\(name)`"
    } else {
      description = ownDescription
    }
    var diagnostic = Diagnostic(
      "no method named `\(method)` found for \(description) in the current scope", at: span)
    diagnostic.code = "E0599"
    diagnostics.append(diagnostic)
    return true
  }

  private func isStringLiteral(_ expr: Expr) -> Bool {
    if case .string = expr.kind { return true }
    return false
  }
}
