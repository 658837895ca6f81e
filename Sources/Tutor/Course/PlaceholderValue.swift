/// What a placeholder evaluates to at a step.
enum PlaceholderValue: Sendable, Equatable {
  case number(Int)
  case address(UInt64)
  case text(String)

  /// As shown in narration: numbers in decimal, addresses as `0x…` like `{:p}`.
  var rendered: String {
    switch self {
    case .number(let number): String(number)
    case .address(let address): "0x" + String(address, radix: 16)
    case .text(let text): text
    }
  }

  /// The whole number a `number` question compares with, if this is one.
  var integer: Int? {
    if case .number(let number) = self { return number }
    return nil
  }
}

/// Why a placeholder could not be filled in at a step.
struct PlaceholderError: Error, Sendable, Equatable {
  var message: String
}
