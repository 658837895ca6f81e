import MemoryModel
import RustFrontEnd

/// The integer methods of `Checker+IntegerMethods` at run time, with std's results and its
/// debug build's panics (`next_power_of_two` past the type's range, `clamp` with `min > max`,
/// `isqrt` of a negative number).
extension Interpreter {
  func integerBitMethod(
    _ name: String, _ arguments: [Value], kind: RustType.IntegerKind, resultType: Int, at point: SourcePoint
  ) throws -> Value {
    let a = integer(arguments[0])
    let b = arguments.count > 1 ? integer(arguments[1]) : 0
    let width = kind.bitWidth
    let mask = width == 128 ? UInt128.max : (UInt128(1) << width) - 1
    let bits = UInt128(truncatingIfNeeded: a) & mask
    func make(_ value: Int128) -> Value { .integer(value, type: kind.rawValue) }
    func fromBits(_ raw: UInt128) -> Value {
      make(Self.wrap(Int128(truncatingIfNeeded: raw & mask), to: kind))
    }
    func wrapped(_ value: Int128) -> Value { make(Self.wrap(value, to: kind)) }
    func overflowing(_ exact: Int128) -> Value {
      let result = Self.wrap(exact, to: kind)
      return .tuple([make(result), .boolean(result != exact)])
    }
    let negated = 0 &- a
    let fitsNegated = negated >= kind.minimum && negated <= kind.maximum
    switch name {
    case "wrapping_neg": return wrapped(negated)
    case "checked_neg": return fitsNegated ? Self.some(make(negated)) : Self.none
    case "saturating_neg": return make(fitsNegated ? negated : kind.maximum)
    case "overflowing_neg": return overflowing(negated)
    case "wrapping_abs": return wrapped(a < 0 ? negated : a)
    case "checked_abs":
      return a >= 0 ? Self.some(make(a)) : (fitsNegated ? Self.some(make(negated)) : Self.none)
    case "saturating_abs": return make(a >= 0 ? a : (fitsNegated ? negated : kind.maximum))
    case "overflowing_abs": return overflowing(a < 0 ? negated : a)
    case "unsigned_abs": return .integer(a < 0 ? negated : a, type: types[resultType].valueName)
    case "clamp":
      let high = integer(arguments[2])
      if b > high { try panic("min > max. min = \(b), max = \(high)", at: point) }
      return make(min(max(a, b), high))
    case "trailing_ones": return u32(bits == mask ? width : (~bits).trailingZeroBitCount)
    case "leading_ones":
      let inverted = ~bits & mask
      return u32(inverted == 0 ? width : inverted.leadingZeroBitCount - (128 - width))
    case "reverse_bits":
      var reversed: UInt128 = 0
      for position in 0..<width where bits & (UInt128(1) << position) != 0 {
        reversed |= UInt128(1) << (width - 1 - position)
      }
      return fromBits(reversed)
    case "swap_bytes": return fromBits(bits.byteSwapped >> (128 - width))
    case "rotate_left", "rotate_right":
      let shift = Int(b % Int128(width))
      let left = name == "rotate_left" ? shift : (width - shift) % width
      return fromBits(left == 0 ? bits : (bits << left) | (bits >> (width - left)))
    case "wrapping_shl", "wrapping_shr", "checked_shl", "checked_shr", "overflowing_shl", "overflowing_shr":
      let outOfRange = b >= Int128(width)
      let shift = Int(b % Int128(width))
      let result: Value =
        name.hasSuffix("shl")
        ? fromBits(bits << shift) : make(shiftRight(a, by: shift, kind: kind, bits: bits))
      if name.hasPrefix("checked") { return outOfRange ? Self.none : Self.some(result) }
      if name.hasPrefix("overflowing") { return .tuple([result, .boolean(outOfRange)]) }
      return result
    case "overflowing_pow":
      let (result, overflowed) = Self.powerReportingOverflow(a, b, kind: kind)
      return .tuple([make(result), .boolean(overflowed)])
    case "isqrt":
      if a < 0 { try panic("argument of integer square root cannot be negative", at: point) }
      return make(Self.integerSquareRoot(a))
    case "ilog2", "ilog10", "ilog", "checked_ilog2", "checked_ilog10":
      let base: Int128 = name.hasSuffix("2") ? 2 : (name.hasSuffix("10") ? 10 : b)
      if name == "ilog", base < 2 { try panic("base of integer logarithm must be at least 2", at: point) }
      guard a > 0 else {
        if name.hasPrefix("checked") { return Self.none }
        try panic("argument of integer logarithm must be positive", at: point)
      }
      var power: Int128 = 1
      var exponent: Int128 = 0
      while power <= a / base {
        power *= base
        exponent += 1
      }
      return name.hasPrefix("checked") ? Self.some(u32(Int(exponent))) : u32(Int(exponent))
    case "next_power_of_two", "checked_next_power_of_two":
      var power: Int128 = 1
      while power < a { power <<= 1 }
      if power > kind.maximum {
        if name.hasPrefix("checked") { return Self.none }
        try panic("attempt to add with overflow", at: point, location: Self.integerMethodLocation(kind))
      }
      return name.hasPrefix("checked") ? Self.some(make(power)) : make(power)
    default:
      return try integerDivisionMethod(name, a, b, kind: kind, at: point)
    }
  }

  private func integerDivisionMethod(
    _ name: String, _ a: Int128, _ b: Int128, kind: RustType.IntegerKind, at point: SourcePoint
  ) throws -> Value {
    func make(_ value: Int128) -> Value { .integer(value, type: kind.rawValue) }
    let location = Self.integerMethodLocation(kind)
    // `MIN / -1` is the one quotient that leaves the type's range.
    let overflows = kind.isSigned && a == kind.minimum && b == -1
    switch name {
    case "wrapping_div", "saturating_div":
      if b == 0 { try panic("attempt to divide by zero", at: point, location: location) }
      if overflows { return make(name == "wrapping_div" ? kind.minimum : kind.maximum) }
      return make(a / b)
    case "wrapping_rem":
      if b == 0 {
        try panic("attempt to calculate the remainder with a divisor of zero", at: point, location: location)
      }
      return make(overflows ? 0 : a % b)
    case "wrapping_div_euclid", "checked_div_euclid":
      if b == 0 {
        if name.hasPrefix("checked") { return Self.none }
        try panic("attempt to divide by zero", at: point, location: location)
      }
      if overflows { return name.hasPrefix("checked") ? Self.none : make(kind.minimum) }
      let quotient = Self.euclideanQuotient(a, b)
      return name.hasPrefix("checked") ? Self.some(make(quotient)) : make(quotient)
    case "wrapping_rem_euclid", "checked_rem_euclid":
      if b == 0 {
        if name.hasPrefix("checked") { return Self.none }
        try panic("attempt to calculate the remainder with a divisor of zero", at: point, location: location)
      }
      if overflows { return name.hasPrefix("checked") ? Self.none : make(0) }
      let remainder = Self.euclideanRemainder(a, b)
      return name.hasPrefix("checked") ? Self.some(make(remainder)) : make(remainder)
    case "div_ceil":
      if b == 0 { try panic("attempt to divide by zero", at: point) }
      return make(a / b + (a % b == 0 ? 0 : 1))
    case "next_multiple_of":
      if b == 0 {
        try panic("attempt to calculate the remainder with a divisor of zero", at: point, location: location)
      }
      let result = a % b == 0 ? a : a + (b - a % b)
      if result > kind.maximum {
        try panic("attempt to add with overflow", at: point, location: location)
      }
      return make(result)
    case "is_multiple_of":
      return .boolean(b == 0 ? a == 0 : a % b == 0)
    default:
      return make(a)
    }
  }

  private func u32(_ value: Int) -> Value { .integer(Int128(value), type: "u32") }

  /// `>>` on the type's own bits: arithmetic for signed types, logical for unsigned ones.
  private func shiftRight(_ a: Int128, by shift: Int, kind: RustType.IntegerKind, bits: UInt128) -> Int128 {
    kind.isSigned ? a >> shift : Int128(truncatingIfNeeded: bits >> shift)
  }

  static func euclideanQuotient(_ a: Int128, _ b: Int128) -> Int128 {
    let quotient = a / b
    guard a % b < 0 else { return quotient }
    return b > 0 ? quotient - 1 : quotient + 1
  }

  static func euclideanRemainder(_ a: Int128, _ b: Int128) -> Int128 {
    let remainder = a % b
    return remainder < 0 ? remainder + (b < 0 ? 0 - b : b) : remainder
  }

  /// `a.pow(b)` by squaring, wrapped to the type, with whether any step left its range.
  static func powerReportingOverflow(_ a: Int128, _ b: Int128, kind: RustType.IntegerKind) -> (Int128, Bool) {
    var result: Int128 = 1
    var overflowed = false
    var base = a
    var exponent = max(0, b)
    while exponent > 0 {
      if exponent & 1 == 1 {
        let (product, carry) = result.multipliedReportingOverflow(by: base)
        if carry || product < kind.minimum || product > kind.maximum { overflowed = true }
        result = wrap(product, to: kind)
      }
      exponent >>= 1
      if exponent > 0 {
        let (square, carry) = base.multipliedReportingOverflow(by: base)
        if carry || square < kind.minimum || square > kind.maximum { overflowed = true }
        base = wrap(square, to: kind)
      }
    }
    return (result, overflowed)
  }

  /// The largest `r` with `r * r <= n`, for `n >= 0`.
  static func integerSquareRoot(_ n: Int128) -> Int128 {
    guard n > 1 else { return n }
    var low: Int128 = 1
    var high: Int128 = min(n, Int128(1) << 64)
    while low < high {
      let middle = low + (high - low + 1) / 2
      if middle <= n / middle { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
