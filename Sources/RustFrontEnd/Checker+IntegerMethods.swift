import MemoryModel

/// The integer methods beyond plain arithmetic that learners reach for: negation and absolute
/// value in their wrapping, checked, saturating and overflowing forms, shifts and rotations,
/// bit counts, integer roots and logarithms, `clamp` and the unsigned-only rounding helpers.
/// Each takes `self` by value, as std's do.
extension Checker {
  private static let signedOnly: Set<String> = [
    "saturating_neg", "saturating_abs", "wrapping_abs", "checked_abs", "overflowing_abs", "unsigned_abs",
  ]

  private static let unsignedOnly: Set<String> = [
    "next_power_of_two", "checked_next_power_of_two", "div_ceil", "next_multiple_of", "is_multiple_of",
  ]

  /// The signature of one of these methods on `type` (an integer of `kind`), or nil when the
  /// name is not one of them or the type does not have it.
  func integerBitMethod(kind: RustType.IntegerKind, type: TypeTerm, _ name: String) -> LibraryMethod? {
    func method(_ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .integerMethod(name), selfMode: .value, parameters: parameters, result: result)
    }
    if Self.signedOnly.contains(name), !kind.isSigned { return nil }
    if Self.unsignedOnly.contains(name), kind.isSigned { return nil }
    let u32 = TypeTerm.integer(.u32)
    switch name {
    case "wrapping_neg", "saturating_neg", "wrapping_abs", "saturating_abs", "reverse_bits", "swap_bytes",
      "isqrt", "next_power_of_two":
      return method([], type)
    case "checked_neg", "checked_abs", "checked_next_power_of_two":
      return method([], .option(type))
    case "overflowing_neg", "overflowing_abs":
      return method([], .tuple([type, .bool]))
    case "unsigned_abs":
      return method([], .integer(unsignedCounterpart(kind)))
    case "clamp":
      return method([type, type], type)
    case "trailing_ones", "leading_ones", "ilog2", "ilog10":
      return method([], u32)
    case "checked_ilog2", "checked_ilog10":
      return method([], .option(u32))
    case "ilog":
      return method([type], u32)
    case "rotate_left", "rotate_right", "wrapping_shl", "wrapping_shr":
      return method([u32], type)
    case "checked_shl", "checked_shr":
      return method([u32], .option(type))
    case "overflowing_shl", "overflowing_shr", "overflowing_pow":
      return method([u32], .tuple([type, .bool]))
    case "wrapping_div", "wrapping_rem", "saturating_div", "wrapping_div_euclid", "wrapping_rem_euclid",
      "div_ceil", "next_multiple_of":
      return method([type], type)
    case "checked_div_euclid", "checked_rem_euclid":
      return method([type], .option(type))
    case "is_multiple_of":
      return method([type], .bool)
    default:
      return nil
    }
  }

  func unsignedCounterpart(_ kind: RustType.IntegerKind) -> RustType.IntegerKind {
    switch kind {
    case .i8: return .u8
    case .i16: return .u16
    case .i32: return .u32
    case .i64: return .u64
    case .i128: return .u128
    case .isize: return .usize
    default: return kind
    }
  }
}
