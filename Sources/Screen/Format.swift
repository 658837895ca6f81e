/// Numbers, sizes and addresses as the screen writes them.
package enum Format {
  /// How much of an address to show: `…a2a0`, `0x5555…a2a0` or `0x5555555da2a0`.
  package enum AddressForm: Sendable, Equatable, Comparable {
    case short
    case medium
    case full

    package var width: Int {
      switch self {
      case .short: 5
      case .medium: 11
      case .full: 14
      }
    }
  }

  package static func hex(_ value: UInt64) -> String {
    String(value, radix: 16)
  }

  package static func address(_ value: UInt64, _ form: AddressForm, ellipsis: String = "…") -> String {
    let digits = hex(value)
    switch form {
    case .full:
      return "0x" + digits
    case .medium:
      guard digits.count > 8 else { return "0x" + digits }
      return "0x" + digits.prefix(4) + ellipsis + digits.suffix(4)
    case .short:
      guard digits.count > 4 else { return "0x" + digits }
      return ellipsis + digits.suffix(4)
    }
  }

  /// `170412` → `170,412`.
  package static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
  }

  /// `48 B`, `1.2 KiB`, `8 MiB`, `7.9 MiB`.
  package static func bytes(_ count: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB"]
    if count < 1024 { return "\(count) B" }
    var scaled = Double(count)
    var unit = 0
    while scaled >= 1024, unit < units.count - 1 {
      scaled /= 1024
      unit += 1
    }
    let tenths = (scaled * 10).rounded()
    if tenths.truncatingRemainder(dividingBy: 10) == 0 {
      return "\(Int(tenths / 10)) \(units[unit])"
    }
    return "\(Int(tenths) / 10).\(Int(tenths) % 10) \(units[unit])"
  }

  /// Pads or clips `text` to exactly `width` columns.
  package static func padded(_ text: String, to width: Int) -> String {
    let current = DisplayWidth.of(text)
    if current == width { return text }
    if current < width { return text + String(repeating: " ", count: width - current) }
    return clipped(text, to: width)
  }

  /// The longest prefix of `text` that fits in `width` columns.
  package static func clipped(_ text: String, to width: Int, ellipsis: String = "") -> String {
    guard DisplayWidth.of(text) > width else { return text }
    let room = max(0, width - DisplayWidth.of(ellipsis))
    var out = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      if used + characterWidth > room { break }
      out.append(character)
      used += characterWidth
    }
    return out + (width >= DisplayWidth.of(ellipsis) ? ellipsis : "")
  }
}
