/// Seeded mutations of source files for fuzz tests: bit flips, truncations, duplicated lines and
/// inserted control, escape and bidirectional characters, one to three per input.
package struct SourceMutator {
  /// What gets inserted: terminal escapes (OSC title and clipboard, clear screen, 8-bit CSI),
  /// lone controls, a right-to-left override, a bare CR, a CRLF, a byte-order mark.
  package static let insertions: [String] = [
    "\u{1b}]0;FUZZ\u{07}", "\u{1b}[2J", "\u{1b}]52;c;ZnV6eg==\u{07}", "\u{9b}31m", "\u{1b}", "\u{07}",
    "\u{0}",
    "\u{7f}", "\u{202e}", "\u{2066}", "\r", "\r\n", "\u{feff}", "\t",
  ]

  private var random: SplitMix

  package init(seed: UInt64) {
    random = SplitMix(seed: seed)
  }

  /// `source` with one to three mutations applied; the result may not be valid UTF-8.
  package mutating func mutate(_ source: [UInt8]) -> [UInt8] {
    var bytes = source
    for _ in 0...pick(2) {
      switch pick(3) {
      case 0: flipBit(&bytes)
      case 1: truncate(&bytes)
      case 2: duplicateLine(&bytes)
      default: insertControl(&bytes)
      }
    }
    return bytes
  }

  /// A number in 0...upTo.
  package mutating func pick(_ upTo: Int) -> Int { Int(random.next() % UInt64(upTo + 1)) }

  private mutating func flipBit(_ bytes: inout [UInt8]) {
    guard !bytes.isEmpty else { return }
    bytes[pick(bytes.count - 1)] ^= UInt8(1) << UInt8(pick(7))
  }

  private mutating func truncate(_ bytes: inout [UInt8]) {
    guard !bytes.isEmpty else { return }
    bytes.removeLast(bytes.count - pick(bytes.count - 1))
  }

  private mutating func duplicateLine(_ bytes: inout [UInt8]) {
    let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    let start = lineStarts[pick(lineStarts.count - 1)]
    guard start < bytes.count else { return }
    let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
    bytes.insert(contentsOf: bytes[start..<end], at: end)
  }

  private mutating func insertControl(_ bytes: inout [UInt8]) {
    let text = Self.insertions[pick(Self.insertions.count - 1)]
    bytes.insert(contentsOf: Array(text.utf8), at: pick(bytes.count))
  }
}
