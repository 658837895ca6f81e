import MemoryModel
import RustFrontEnd

/// `str::parse` as std does it: `from_str_radix(s, 10)` for integers (no whitespace, one
/// optional sign), Rust's decimal grammar for floats, and the error each failure gives.
extension Interpreter {
  func parse(_ bytes: [UInt8], as target: TypeTerm) -> Value {
    switch target {
    case .integer(let kind): return parseInteger(bytes, kind: kind)
    case .float(let kind): return parseFloat(bytes, kind: kind)
    case .bool:
      // Exactly `true` or `false`: no spaces, no other case.
      switch bytes {
      case Array("true".utf8): return .variant(enumName: "Result", variant: "Ok", payload: [.boolean(true)])
      case Array("false".utf8): return .variant(enumName: "Result", variant: "Ok", payload: [.boolean(false)])
      default:
        return .variant(
          enumName: "Result", variant: "Err", payload: [.structure(name: "ParseBoolError", fields: [])])
      }
    case .char:
      let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
      guard let first = scalars.first else {
        return parseFailure("ParseCharError", "CharErrorKind", "EmptyString")
      }
      guard scalars.count == 1 else { return parseFailure("ParseCharError", "CharErrorKind", "TooManyChars") }
      return .variant(enumName: "Result", variant: "Ok", payload: [.character(first)])
    default: return parseFailure("ParseFloatError", "FloatErrorKind", "Invalid")
    }
  }

  private func parseFailure(_ error: String, _ kindEnum: String, _ kind: String) -> Value {
    .variant(
      enumName: "Result", variant: "Err",
      payload: [.structure(name: error, fields: [.variant(enumName: kindEnum, variant: kind, payload: [])])])
  }

  private func parseInteger(_ bytes: [UInt8], kind: RustType.IntegerKind) -> Value {
    func failure(_ reason: String) -> Value { parseFailure("ParseIntError", "IntErrorKind", reason) }
    guard let first = bytes.first else { return failure("Empty") }
    var digits = bytes[...]
    var isNegative = false
    if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      if bytes.count == 1 { return failure("InvalidDigit") }
      if first == UInt8(ascii: "+") {
        digits = bytes.dropFirst()
      } else if kind.isSigned {
        digits = bytes.dropFirst()
        isNegative = true
      }
    }
    // Magnitudes in UInt128: `-i128::MIN` and `u128::MAX` do not fit an Int128.
    let limit: UInt128 =
      isNegative ? UInt128(-(kind.minimum + 1)) + 1 : (kind == .u128 ? UInt128.max : UInt128(kind.maximum))
    var result: UInt128 = 0
    for byte in digits {
      // std multiplies, then checks the digit, then reports an overflow of the multiply.
      let (product, multiplyOverflow) = result.multipliedReportingOverflow(by: 10)
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return failure("InvalidDigit") }
      if multiplyOverflow || product > limit { return failure(isNegative ? "NegOverflow" : "PosOverflow") }
      let (sum, addOverflow) = product.addingReportingOverflow(UInt128(byte - UInt8(ascii: "0")))
      if addOverflow || sum > limit { return failure(isNegative ? "NegOverflow" : "PosOverflow") }
      result = sum
    }
    return .variant(
      enumName: "Result", variant: "Ok",
      payload: [.integer(Int128(truncatingIfNeeded: isNegative ? 0 &- result : result), type: kind.rawValue)])
  }

  private func parseFloat(_ bytes: [UInt8], kind: RustType.FloatKind) -> Value {
    func failure(_ reason: String) -> Value { parseFailure("ParseFloatError", "FloatErrorKind", reason) }
    guard !bytes.isEmpty else { return failure("Empty") }
    let text = String(decoding: bytes, as: UTF8.self)
    guard Self.isRustFloatLiteral(bytes) else { return failure("Invalid") }
    let value: Double? = kind == .f32 ? Float(text).map(Double.init) : Double(text)
    guard let value else { return failure("Invalid") }
    return .variant(enumName: "Result", variant: "Ok", payload: [.float(value, type: kind.rawValue)])
  }

  /// Rust's float grammar: sign? (`inf` | `infinity` | `nan` | digits with an optional point
  /// and exponent), letters in any case; no hex, no spaces, no underscores.
  static func isRustFloatLiteral(_ bytes: [UInt8]) -> Bool {
    var rest = bytes[...]
    if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      rest = rest.dropFirst()
    }
    let word = String(decoding: rest, as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" || word == "nan" { return true }
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    let integerDigits = rest.prefix(while: isDigit).count
    rest = rest.dropFirst(integerDigits)
    var fractionDigits = 0
    if rest.first == UInt8(ascii: ".") {
      rest = rest.dropFirst()
      fractionDigits = rest.prefix(while: isDigit).count
      rest = rest.dropFirst(fractionDigits)
    }
    guard integerDigits + fractionDigits > 0 else { return false }
    if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      rest = rest.dropFirst()
      if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        rest = rest.dropFirst()
      }
      let exponentDigits = rest.prefix(while: isDigit).count
      guard exponentDigits > 0 else { return false }
      rest = rest.dropFirst(exponentDigits)
    }
    return rest.isEmpty
  }
}
