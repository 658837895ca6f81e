/// rustc resolves every name in the crate before it checks a single type, so its name errors
/// come first whatever their place in the file: `println!("{}", totl)` on line 7 is reported
/// before `add(1, 2, 3)`'s wrong argument count on line 6.
extension Checker {
  /// Codes of rustc's resolver. A call of an unknown function (`undefined_fn()`, E0425
  /// "cannot find function") is not among them: rustc reports it while checking types, in
  /// its place among the type errors.
  private static let resolutionCodes: Set<String> = [
    "E0405", "E0411", "E0412", "E0422", "E0424", "E0425", "E0426", "E0433", "E0531", "E0532",
  ]

  static func isResolutionError(_ diagnostic: Diagnostic) -> Bool {
    guard let code = diagnostic.code, resolutionCodes.contains(code) else { return false }
    return !diagnostic.message.hasPrefix("cannot find function")
  }

  /// The checker's reports in rustc's order: name errors first, then the rest, each group in
  /// the order it was found. When part of the program is outside what memtutor runs, only
  /// that is reported: the errors found around it may follow from it (a type left unknown, a
  /// name whose `use` was refused), and rustc may well accept the program.
  static func inRustcOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let refusals = diagnostics.filter(\.isUnsupported)
    if !refusals.isEmpty { return refusals }
    return diagnostics.filter(isResolutionError) + diagnostics.filter { !isResolutionError($0) }
  }
}
