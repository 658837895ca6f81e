import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// Where overflow inside an integer method (`pow`, `abs`) is reported: the line of
  /// rustc 1.95's `core/src/num/mod.rs` that instantiates that type's methods.
  package static func integerMethodLocation(_ kind: RustType.IntegerKind) -> String {
    let lines: [RustType.IntegerKind: Int] = [
      .i8: 346, .i16: 370, .i32: 394, .i64: 418, .i128: 442, .isize: 519,
      .u8: 546, .u16: 1188, .u32: 1243, .u64: 1274, .u128: 1305, .usize: 1400,
    ]
    return
      "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs:\(lines[kind] ?? 394):5"
  }

  package static let iteratorSumLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/traits/accum.rs:204:1"

  func integerMethod(
    _ name: String, _ arguments: [Value], type: Int, resultType: Int, at point: SourcePoint
  )
    throws -> Value
  {
    let kind = integerKind(type)
    let a = integer(arguments[0])
    let b = arguments.count > 1 ? integer(arguments[1]) : 0
    let typeName = kind.rawValue
    func make(_ value: Int128) -> Value { .integer(value, type: typeName) }
    func checked(_ op: BinaryOperator) -> Value {
      guard let result = try? integerOperationQuiet(op, a, b, kind: kind) else { return Self.none }
      return Self.some(make(result))
    }
    switch name {
    case "try_into":
      // `Ok(n as T)` when `n` fits the target (the `Ok` payload's type), else std's error.
      let okType = types[resultType].variantPayloads.first?.first ?? resultType
      let target = types[okType].integerKind ?? kind
      guard a >= target.minimum, a <= target.maximum else {
        let error = Value.structure(name: "TryFromIntError", fields: [.unit])
        return .variant(enumName: "Result", variant: "Err", payload: [error])
      }
      return .variant(enumName: "Result", variant: "Ok", payload: [.integer(a, type: target.rawValue)])
    case "abs":
      if a == kind.minimum && kind.isSigned {
        try panic("attempt to negate with overflow", at: point, location: Self.integerMethodLocation(kind))
      }
      return make(a < 0 ? -a : a)
    case "signum": return make(a > 0 ? 1 : (a < 0 ? -1 : 0))
    case "pow", "wrapping_pow", "checked_pow", "saturating_pow":
      let (result, overflowed) = Self.powerReportingOverflow(a, b, kind: kind)
      switch name {
      case "pow":
        if overflowed {
          try panic(
            "attempt to multiply with overflow", at: point, location: Self.integerMethodLocation(kind))
        }
        return make(result)
      case "checked_pow": return overflowed ? Self.none : Self.some(make(result))
      case "saturating_pow":
        if overflowed { return make(a < 0 && b % 2 == 1 ? kind.minimum : kind.maximum) }
        return make(result)
      default: return make(result)
      }
    case "min": return make(min(a, b))
    case "max": return make(max(a, b))
    case "wrapping_add": return make(Self.wrap(a &+ b, to: kind))
    case "wrapping_sub": return make(Self.wrap(a &- b, to: kind))
    case "wrapping_mul": return make(Self.wrap(a &* b, to: kind))
    case "saturating_add": return make(min(max(a + b, kind.minimum), kind.maximum))
    case "saturating_sub": return make(min(max(a - b, kind.minimum), kind.maximum))
    case "saturating_mul":
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { return make((a < 0) != (b < 0) ? kind.minimum : kind.maximum) }
      return make(min(max(r, kind.minimum), kind.maximum))
    case "overflowing_add", "overflowing_sub", "overflowing_mul":
      // The wrapped result and whether it wrapped.
      let (exact, overflow): (Int128, Bool)
      switch name {
      case "overflowing_add": (exact, overflow) = a.addingReportingOverflow(b)
      case "overflowing_sub": (exact, overflow) = a.subtractingReportingOverflow(b)
      default: (exact, overflow) = a.multipliedReportingOverflow(by: b)
      }
      let wrapped = Self.wrap(exact, to: kind)
      return .tuple([make(wrapped), .boolean(overflow || exact != wrapped)])
    case "checked_add": return checked(.add)
    case "checked_sub": return checked(.subtract)
    case "checked_mul": return checked(.multiply)
    case "checked_div": return b == 0 ? Self.none : checked(.divide)
    case "checked_rem": return b == 0 ? Self.none : checked(.remainder)
    case "rem_euclid":
      if b == 0 { try panic("attempt to calculate the remainder with a divisor of zero", at: point) }
      if kind.isSigned, a == kind.minimum, b == -1 {
        try panic("attempt to calculate the remainder with overflow", at: point)
      }
      return make(Self.euclideanRemainder(a, b))
    case "div_euclid":
      if b == 0 { try panic("attempt to divide by zero", at: point) }
      if kind.isSigned, a == kind.minimum, b == -1 { try panic("attempt to divide with overflow", at: point) }
      return make(Self.euclideanQuotient(a, b))
    case "abs_diff":
      return .integer(a > b ? a - b : b - a, type: types[resultType].valueName)
    case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros":
      let bits =
        UInt128(truncatingIfNeeded: a)
        & (kind.bitWidth == 128 ? UInt128.max : (UInt128(1) << kind.bitWidth) - 1)
      let width = kind.bitWidth
      let value: Int
      switch name {
      case "count_ones": value = bits.nonzeroBitCount
      case "count_zeros": value = width - bits.nonzeroBitCount
      case "leading_zeros": value = bits.leadingZeroBitCount - (128 - width)
      default: value = bits == 0 ? width : bits.trailingZeroBitCount
      }
      return .integer(Int128(value), type: "u32")
    case "is_positive": return .boolean(a > 0)
    case "is_negative": return .boolean(a < 0)
    case "is_power_of_two": return .boolean(a > 0 && (a & (a - 1)) == 0)
    default:
      return try integerBitMethod(name, arguments, kind: kind, resultType: resultType, at: point)
    }
  }

  /// Integer arithmetic that reports overflow by throwing instead of panicking.
  func integerOperationQuiet(
    _ op: BinaryOperator, _ a: Int128, _ b: Int128, kind: RustType.IntegerKind
  ) throws
    -> Int128
  {
    struct Overflow: Error {}
    let result: (Int128, Bool)
    switch op {
    case .add: result = a.addingReportingOverflow(b)
    case .subtract: result = a.subtractingReportingOverflow(b)
    case .multiply: result = a.multipliedReportingOverflow(by: b)
    case .divide:
      if b == 0 || (kind.isSigned && a == kind.minimum && b == -1) { throw Overflow() }
      result = (a / b, false)
    case .remainder:
      if b == 0 || (kind.isSigned && a == kind.minimum && b == -1) { throw Overflow() }
      result = (a % b, false)
    default: result = (a, false)
    }
    if result.1 || result.0 < kind.minimum || result.0 > kind.maximum { throw Overflow() }
    return result.0
  }

  /// `powi` as compiler-rt's `__powidf2` runs it: square and multiply, the reciprocal last.
  package static func integerPower(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    var square = base
    var remaining = exponent.magnitude
    while remaining > 0 {
      if remaining & 1 == 1 { result *= square }
      remaining >>= 1
      if remaining > 0 { square *= square }
    }
    return exponent < 0 ? 1 / result : result
  }

  func charMethod(_ name: String, _ arguments: [Value], at point: SourcePoint) throws -> Value {
    if name == "from_digit" || name == "from_u32" { return try charFromNumber(name, arguments, at: point) }
    if case .integer(let byte, "u8") = arguments[0],
      let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: byte))
    {
      // `u8::is_ascii_digit` and friends: the same test on the byte's code point.
      let answer = try charMethod(name, [.character(scalar)], at: point)
      if case .character(let mapped) = answer { return .integer(Int128(mapped.value), type: "u8") }
      return answer
    }
    guard case .character(let c) = arguments[0] else { return arguments[0] }
    let properties = c.properties
    switch name {
    case "is_alphabetic": return .boolean(properties.isAlphabetic)
    case "is_numeric": return .boolean(properties.numericType != nil)
    case "is_alphanumeric": return .boolean(properties.isAlphabetic || properties.numericType != nil)
    case "is_whitespace": return .boolean(properties.isWhitespace)
    case "is_uppercase": return .boolean(properties.isUppercase)
    case "is_lowercase": return .boolean(properties.isLowercase)
    case "is_ascii": return .boolean(c.isASCII)
    case "is_ascii_digit": return .boolean(c.isASCII && c.value >= 48 && c.value <= 57)
    case "is_ascii_alphabetic": return .boolean(c.isASCII && properties.isAlphabetic)
    case "is_ascii_uppercase": return .boolean(c.value >= 65 && c.value <= 90)
    case "is_ascii_lowercase": return .boolean(c.value >= 97 && c.value <= 122)
    case "is_ascii_alphanumeric":
      return .boolean(
        (48...57).contains(c.value) || (65...90).contains(c.value) || (97...122).contains(c.value))
    // Rust's ASCII whitespace: space, tab, line feed, form feed and carriage return (not \x0B).
    case "is_ascii_whitespace": return .boolean([32, 9, 10, 12, 13].contains(c.value))
    case "is_ascii_punctuation":
      let v = c.value
      return .boolean(
        (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v))
    case "to_uppercase", "to_lowercase":
      // `c.to_uppercase().collect::<String>()` / `.to_string()`: the first push (or the
      // reserve for the one to three chars) makes room for 8 bytes, doubled if they overflow.
      let text = name == "to_uppercase" ? String(c).uppercased() : String(c).lowercased()
      let bytes = Array(text.utf8)
      return try makeString(bytes, capacity: bytes.count > 8 ? 16 : 8)
    case "to_ascii_uppercase":
      return .character(c.value >= 97 && c.value <= 122 ? Unicode.Scalar(c.value - 32) ?? c : c)
    case "to_ascii_lowercase":
      return .character(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32) ?? c : c)
    case "len_utf8": return usize(String(c).utf8.count)
    case "to_digit":
      let radix = arguments.count > 1 ? UInt32(truncatingIfNeeded: integer(arguments[1])) : 10
      var digit: UInt32?
      switch c.value {
      case 48...57: digit = c.value - 48
      case 97...122: digit = c.value - 97 + 10
      case 65...90: digit = c.value - 65 + 10
      default: digit = nil
      }
      guard let digit, digit < radix else { return Self.none }
      return Self.some(.integer(Int128(digit), type: "u32"))
    default:
      return arguments[0]
    }
  }
}
