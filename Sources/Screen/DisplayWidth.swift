import MemoryModel

/// Terminal display width of characters, without asking the C library, so tests and the
/// backend agree. Wide: East Asian Wide/Fullwidth and emoji presentation; zero: combining marks.
package enum DisplayWidth {
  package static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  package static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return of(first)
  }

  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if isZeroWidth(value) { return 0 }
    if isWide(value) { return 2 }
    return 1
  }

  /// A character split into printable pieces: control and bidirectional characters become
  /// their escape text (see `InertText`).
  package static func inertPieces(of character: Character) -> [String] {
    InertText.pieces(of: character)
  }

  private static func isZeroWidth(_ value: UInt32) -> Bool {
    (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value)
      || (0x20D0...0x20FF).contains(value) || (0xFE00...0xFE0F).contains(value)
      || (0xFE20...0xFE2F).contains(value) || value == 0x2060 || value == 0xFEFF
  }

  private static func isWide(_ value: UInt32) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
      || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
      || (0x1F900...0x1F9FF).contains(value) || (0x1F680...0x1F6FF).contains(value)
      || (0x20000...0x3FFFD).contains(value)
  }
}
