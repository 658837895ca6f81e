import MemoryModel

extension Interpreter {
  /// Where core panics when `char::from_digit` gets a radix above 36 (rustc 1.95's library).
  static let fromDigitPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/char/convert.rs:332:9"

  /// `char::from_digit(num, radix)` and `char::from_u32(code)`, as `Option<char>`.
  func charFromNumber(_ name: String, _ arguments: [Value], at point: SourcePoint) throws -> Value {
    let number = integer(arguments[0])
    if name == "from_u32" {
      guard number >= 0, number <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(number)) else {
        return Self.none
      }
      return Self.some(.character(scalar))
    }
    let radix = arguments.count > 1 ? integer(arguments[1]) : 10
    if radix > 36 {
      try panic(
        "from_digit: radix is too high (maximum 36)", at: point, location: Self.fromDigitPanicLocation)
    }
    guard number >= 0, number < radix else { return Self.none }
    let code = number < 10 ? 48 + number : 97 + number - 10
    guard let scalar = Unicode.Scalar(UInt32(code)) else { return Self.none }
    return Self.some(.character(scalar))
  }
}
