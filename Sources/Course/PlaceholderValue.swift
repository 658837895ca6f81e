/// What a placeholder evaluates to at a step.
package enum PlaceholderValue: Sendable, Equatable {
  case number(Int)
  case address(UInt64)
  case text(String)

  /// As shown in narration: numbers in decimal, addresses as `0x…` like `{:p}`.
  package var rendered: String {
    switch self {
    case .number(let number): String(number)
    case .address(let address): "0x" + String(address, radix: 16)
    case .text(let text): text
    }
  }

  /// As shown in running text: like `rendered`, but counts of 10,000 and more get
  /// thousands separators (16,777,232 bytes), which a reader takes in at a glance.
  package var readable: String {
    guard case .number(let number) = self, abs(number) >= 10_000 else { return rendered }
    let digits = String(abs(number))
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return number < 0 ? "-" + grouped : grouped
  }

  /// The whole number a `number` question compares with, if this is one.
  package var integer: Int? {
    if case .number(let number) = self { return number }
    return nil
  }
}

/// Why a placeholder could not be filled in at a step.
package struct PlaceholderError: Error, Sendable, Equatable {
  package var message: String
}
