import MemoryModel

/// A method that `str`, `String`, `Vec`, `Option` and the integers do not have, or a method only
/// `Vec` has called on an array or slice (`arr.push(4)`), is rustc's E0599,
/// at the method's name, worded as rustc words it (`found for reference `&str``, `found for
/// struct `Vec<{integer}>``, `found for enum `Option<T>``, `found for type `i32``). A name
/// those types do have (`StandardMethodNames`) is never called an error.
extension Checker {
  /// Methods std's blanket impls give every type (`Into` for every `From`, `TryInto`, both in the prelude):
  /// a missing one is a conversion memtutor does not know, never E0599.
  static let blanketMethods: Set<String> = ["into", "try_into"]

  /// Reports E0599 when `method` is none of the type's methods; false when the type is not one
  /// whose methods memtutor knows, or the method exists.
  func reportUnknownStandardMethod(
    _ method: String, receiver: Expr, receiverType: TypeTerm, ownType: TypeTerm?, at span: SourceSpan
  ) -> Bool {
    guard !method.hasPrefix("("), let ownType, !Self.blanketMethods.contains(method) else { return false }
    // A trait of the program's own may give the type this method (memtutor refuses such
    // impls for std's types, so it cannot tell): never an error then.
    if traits.values.contains(where: { $0.methods.contains { $0.name == method } }) {
      return reportMissingTraitMethod(method, receiver: receiver, receiverType: receiverType, at: span)
    }
    if case .variable = table.shallow(ownType), let kind = ambiguousNumericKind(ownType, method) {
      let written = table.shallow(receiverType)
      var diagnostic: Diagnostic
      if case .reference(_, let mutable) = written {
        // Through a reference (`|a, b| a.total_cmp(b)`) rustc finds no method at all.
        diagnostic = Diagnostic(
          "no method named `\(method)` found for \(mutable ? "mutable reference" : "reference") `\(table.displayName(written))` in the current scope",
          at: span)
        diagnostic.code = "E0599"
        diagnostics.append(diagnostic)
        return true
      }
      diagnostic = Diagnostic("can't call method `\(method)` on ambiguous numeric type `\(kind)`", at: span)
      diagnostic.code = "E0689"
      diagnostics.append(diagnostic)
      return true
    }
    if method == "len", case .option = table.shallow(ownType) {
      // `Option` has a private `len` (its iterators use it), so rustc finds it and refuses it.
      var diagnostic = Diagnostic("method `len` is private", at: span)
      diagnostic.code = "E0624"
      diagnostics.append(diagnostic)
      return true
    }
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
    case .array, .slice:
      // Only the growing and shrinking methods of `Vec` are known to be missing here: an array
      // or slice has every other name in `Vec`'s set, and methods of its own besides.
      guard StandardMethodNames.vecOnly.contains(method) else { return false }
      known = []
      ownDescription = "array `\(table.displayName(ownType))`"
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

extension Checker {
  /// `{integer}` or `{float}` when a literal whose type is not settled yet receives a method
  /// every type of its kind has (`(-5).pow(2)`): rustc must know the type first (E0689).
  fileprivate func ambiguousNumericKind(_ type: TypeTerm, _ method: String) -> String? {
    switch table.kind(of: type) {
    case .integer where libraryMethod(on: .i32, method, generics: []) != nil: return "{integer}"
    case .float where libraryMethod(on: .float(.f64), method, generics: []) != nil: return "{float}"
    default: return nil
    }
  }
}

extension Checker {
  /// A method only a program's trait has, on a standard type the trait is not implemented for
  /// (`2.5.describe()` with `impl Describe for i32` alone): rustc's E0599, or its E0689 when the
  /// receiver is a literal whose type is not settled.
  fileprivate func reportMissingTraitMethod(
    _ method: String, receiver: Expr, receiverType: TypeTerm, at span: SourceSpan
  ) -> Bool {
    let written = table.shallow(receiverType)
    var own = written
    while case .reference(let inner, _) = own { own = table.shallow(inner) }
    let description: String
    let settled = table.resolve(own)
    if settled.containsVariables, table.kind(of: own) == nil, !foreignCandidates(for: settled, method).isEmpty
    {
      unsupported(
        "the choice among a trait's implementations by a number literal's fallback type", at: span)
      return true
    }
    switch own {
    case .variable:
      let kind = table.kind(of: own)
      guard kind == .integer || kind == .float else { return false }
      var diagnostic = Diagnostic(
        "can't call method `\(method)` on ambiguous numeric type `{\(kind == .integer ? "integer" : "float")}`",
        at: span)
      diagnostic.code = "E0689"
      diagnostics.append(diagnostic)
      return true
    case .integer, .float, .bool, .char, .str, .string, .vec, .option, .box, .hashMap, .result, .tuple,
      .array,
      .slice, .unit:
      if case .reference(_, let mutable) = written {
        let name = isStringLiteral(receiver) ? "&'static str" : table.displayName(written)
        description = "\(mutable ? "mutable reference" : "reference") `\(name)`"
      } else {
        switch own {
        case .string, .vec, .box, .hashMap: description = "struct `\(table.displayName(own))`"
        case .option: description = "enum `Option<T>`"
        case .result: description = "enum `Result<T, E>`"
        default: description = "type `\(table.displayName(own))`"
        }
      }
    default:
      return false
    }
    var diagnostic = Diagnostic(
      "no method named `\(method)` found for \(description) in the current scope", at: span)
    diagnostic.code = "E0599"
    diagnostics.append(diagnostic)
    return true
  }
}
