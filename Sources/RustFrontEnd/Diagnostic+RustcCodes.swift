/// rustc's error codes for the checker's type and name errors, so that a learner without rustc
/// still sees `error[E0308]` and can look the code up (`rustc --explain E0308`).
///
/// Each code was read off rustc 1.95's report of a program making that mistake. A message whose
/// code is not known here keeps no code rather than a guessed one.
extension Diagnostic {
  static let rustcCodesByPrefix: [(prefix: String, code: String)] = [
    ("mismatched types", "E0308"),
    ("`if` and `else` have incompatible types", "E0308"),
    ("`if` may be missing an `else` clause", "E0317"),
    ("`else` clause of `let...else` does not diverge", "E0308"),
    ("cannot find value", "E0425"),
    ("cannot find function", "E0425"),
    ("cannot find type", "E0425"),
    ("cannot find struct", "E0422"),
    ("cannot find tuple struct or tuple variant", "E0531"),
    ("expected unit struct, unit variant or constant, found", "E0532"),
    ("no method named", "E0599"),
    ("the method `", "E0599"),
    ("cannot find trait", "E0405"),
    ("not all trait items implemented", "E0046"),
    ("conflicting implementations of trait", "E0119"),
    ("can't compare `", "E0277"),
    ("no variant named", "E0599"),
    ("no variant or associated item named", "E0599"),
    ("no function or associated item named", "E0599"),
    ("no field `", "E0609"),
    ("field `", "E0062"),
    ("missing field", "E0063"),
    ("pattern does not mention field", "E0027"),
    ("type annotations needed", "E0282"),
    ("the trait bound", "E0277"),
    ("expected a `Fn", "E0277"),
    ("closure is expected to take", "E0593"),
    ("no implementation for", "E0277"),
    ("refutable pattern", "E0005"),
    ("non-exhaustive patterns", "E0004"),
    ("the name `", "E0428"),
    ("duplicate definitions with name", "E0592"),
    ("use of undeclared label", "E0426"),
    ("recursive type", "E0072"),
    ("binary operation", "E0369"),
    ("the type `str` cannot be indexed by", "E0277"),
    ("cannot apply unary operator", "E0600"),
    ("cannot index into a value of type", "E0608"),
    ("invalid left-hand side of assignment", "E0070"),
    ("`break` or `continue` outside of a loop", "E0268"),
    ("`break` with value from a", "E0571"),
    ("attempted to take value of method", "E0615"),
    ("`main` function has wrong type", "E0580"),
    ("this enum variant takes", "E0061"),
    ("this function takes", "E0061"),
    ("this method takes", "E0061"),
    ("this struct takes", "E0061"),
    ("`Self` is only available in impls", "E0411"),
    ("`self` value is a keyword", "E0424"),
    ("non-primitive cast", "E0605"),
    ("casting `&", "E0606"),
    ("pattern requires at least", "E0528"),
    ("pattern requires", "E0527"),
    ("method `drop` has a `&mut self` declaration", "E0053"),
  ]

  /// rustc's code for a checker message, by the words it starts with.
  static func rustcCode(forMessage message: String) -> String? {
    if message.hasPrefix("struct `") {
      if message.contains("` has no field named `") { return "E0560" }
      if message.contains("` does not have a field named `") { return "E0026" }
      if message.contains(" generic argument") { return "E0107" }
      return nil
    }
    if message.hasPrefix("this pattern has ") { return "E0023" }
    if let code = traitImplCode(forMessage: message) { return code }
    if message.hasPrefix("type `") && message.hasSuffix("` cannot be dereferenced") { return "E0614" }
    if message.hasPrefix("method `") && message.contains("` is not a member of trait `") { return "E0407" }
    if message.hasPrefix("type `") && message.contains("` is not a member of trait `") { return "E0437" }
    if message.hasPrefix("`") && message.hasSuffix("` is not an iterator") { return "E0277" }
    if message.hasPrefix("a value of type `") && message.contains("` cannot be built from an iterator over") {
      return "E0277"
    }
    if message.hasPrefix("`") && message.contains("` expects ") && message.contains(" generic argument") {
      return "E0107"
    }
    if message.hasPrefix("field `") && !message.hasSuffix("specified more than once") { return nil }
    return rustcCodesByPrefix.first { message.hasPrefix($0.prefix) }?.code
  }
}
