/// Sizes on the command line: `8MiB`, `64KiB`, `64K`, `1M`, `65536`.
enum ByteSize {
  static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingSpaces.lowercased()
    let digits = trimmed.prefix { $0.isNumber || $0 == "." }
    guard !digits.isEmpty, let number = Double(digits) else { return nil }
    let unit = trimmed.dropFirst(digits.count).trimmingSpaces
    let multiplier: Double
    switch unit {
    case "", "b": multiplier = 1
    case "k", "kb", "kib": multiplier = 1024
    case "m", "mb", "mib": multiplier = 1024 * 1024
    case "g", "gb", "gib": multiplier = 1024 * 1024 * 1024
    default: return nil
    }
    let bytes = number * multiplier
    guard bytes >= 1, bytes <= Double(Int32.max) else { return nil }
    return Int(bytes)
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
