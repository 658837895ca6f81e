extension RustFormatter {
  /// std's `Display` of `ParseIntError`, `ParseFloatError` and `ParseCharError`, by kind.
  static func parseErrorMessage(_ name: String, _ fields: [(String, Formattable)]) -> String? {
    guard fields.count == 1, case .variant(let kind, _) = fields[0].1 else { return nil }
    switch (name, kind) {
    case ("ParseIntError", "Empty"): return "cannot parse integer from empty string"
    case ("ParseIntError", "InvalidDigit"): return "invalid digit found in string"
    case ("ParseIntError", "PosOverflow"): return "number too large to fit in target type"
    case ("ParseIntError", "NegOverflow"): return "number too small to fit in target type"
    case ("ParseIntError", "Zero"): return "number would be zero for non-zero type"
    case ("ParseFloatError", "Empty"): return "cannot parse float from empty string"
    case ("ParseFloatError", "Invalid"): return "invalid float literal"
    case ("ParseCharError", "EmptyString"): return "cannot parse char from empty string"
    case ("ParseCharError", "TooManyChars"): return "too many characters in string"
    default: return nil
    }
  }
}
