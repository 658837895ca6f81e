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

  /// std's `Display` of `Utf8Error`, and of `FromUtf8Error`, which writes its `Utf8Error`.
  static func utf8ErrorMessage(_ name: String, _ fields: [(String, Formattable)]) -> String? {
    if name == "FromUtf8Error", fields.count == 2, case .structure(let inner, let innerFields) = fields[1].1 {
      return utf8ErrorMessage(inner, innerFields)
    }
    guard name == "Utf8Error", fields.count == 2 else { return nil }
    let validUpTo: String
    switch fields[0].1 {
    case .integer(let number, _), .signed(let number): validUpTo = String(number)
    case .unsigned(let number): validUpTo = String(number)
    default: return nil
    }
    guard case .variant("Some", let payload) = fields[1].1, let length = payload.first else {
      return "incomplete utf-8 byte sequence from index \(validUpTo)"
    }
    switch length {
    case .integer(let number, _), .signed(let number):
      return "invalid utf-8 sequence of \(number) bytes from index \(validUpTo)"
    case .unsigned(let number):
      return "invalid utf-8 sequence of \(number) bytes from index \(validUpTo)"
    default: return nil
    }
  }
}
