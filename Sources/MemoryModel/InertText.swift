/// The one sanitizer for text that came from a file, a file name or a program before it reaches
/// a terminal: the screen's panels and every command-line output use it.
///
/// C0 and C1 control characters (ESC, CSI, OSC starters, BEL…) and the bidirectional controls
/// (a right-to-left override reorders what follows it) become visible escapes (`\x1b`,
/// `\u{202e}`), so such text can neither drive the terminal nor disguise itself.
package enum InertText {
  /// Whether `value` is a scalar that must not reach a terminal as itself.
  package static func needsEscape(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F..<0xA0).contains(value) || isBidirectionalControl(value)
  }

  /// U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: the marks, embeddings, overrides and
  /// isolates of the Unicode bidirectional algorithm.
  package static func isBidirectionalControl(_ value: UInt32) -> Bool {
    value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  /// A character split into printable pieces of one column each: every scalar that needs an
  /// escape becomes its escape text; with `keepingLineBreaks`, newlines and tabs stay as they are
  /// (for line-oriented output such as a command's messages).
  package static func pieces(of character: Character, keepingLineBreaks: Bool = false) -> [String] {
    guard character.unicodeScalars.contains(where: { escapes($0.value, keepingLineBreaks) }) else {
      return [String(character)]
    }
    var pieces: [String] = []
    for scalar in character.unicodeScalars {
      let value = scalar.value
      guard escapes(value, keepingLineBreaks) else {
        pieces.append(String(scalar))
        continue
      }
      pieces.append(contentsOf: escape(value).map { String($0) })
    }
    return pieces
  }

  /// Whether any scalar of `text` would be escaped, read from its UTF-8 bytes (the scalars
  /// that need an escape have short, fixed encodings: C0 and DEL, C2 80–9F, D8 9C, E2 80 8E/8F,
  /// E2 80 AA–AE, E2 81 A6–A9).
  package static func containsEscape(_ text: String, keepingLineBreaks: Bool) -> Bool {
    var text = text
    return text.withUTF8 { containsEscape(utf8: $0, keepingLineBreaks: keepingLineBreaks) }
  }

  /// Whether any scalar of the UTF-8 text `bytes` would be escaped (see the `String` form).
  package static func containsEscape(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingLineBreaks: Bool) -> Bool
  {
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight plain printable ASCII bytes at a time: most text is nothing but those.
      if index + 8 <= count,
        isPlainPrintable(
          UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = bytes[index]
      if byte < 0x20 {
        if !(keepingLineBreaks && (byte == 0x0A || byte == 0x09)) { return true }
      } else if byte == 0x7F {
        return true
      } else if byte >= 0xC2, index + 1 < count {
        let next = bytes[index + 1]
        switch byte {
        case 0xC2 where next >= 0x80 && next <= 0x9F: return true
        case 0xD8 where next == 0x9C: return true
        case 0xE2 where index + 2 < count:
          let third = bytes[index + 2]
          if next == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) {
            return true
          }
          if next == 0x81 && (0xA6...0xA9).contains(third) { return true }
        default: break
        }
      }
      index += 1
    }
    return false
  }

  /// Whether all eight bytes of `word` lie in 0x20...0x7E (the bit tricks of "has a byte less
  /// than n" and "has a zero byte", exact when no byte has its top bit set).
  private static func isPlainPrintable(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    let hasHighByte = word & highBits
    let hasControl = (word &- 0x20 &* ones) & ~word & highBits
    let delete = word ^ (0x7F &* ones)
    let hasDelete = (delete &- ones) & ~delete & highBits
    return hasHighByte | hasControl | hasDelete == 0
  }

  package static func escapes(_ value: UInt32, _ keepingLineBreaks: Bool) -> Bool {
    needsEscape(value) && !(keepingLineBreaks && (value == 0x0A || value == 0x09))
  }

  private static func escape(_ value: UInt32) -> String {
    switch value {
    case 0x09: return "\\t"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0..<0x100:
      let hex = String(value, radix: 16)
      return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    default: return "\\u{" + String(value, radix: 16) + "}"
    }
  }
}

extension String {
  /// The text with control and bidirectional characters replaced by their escapes (`\x1b`,
  /// `\t`, `\u{202e}`), exactly as `ScreenBuffer.put` would draw them, so widths measured on it
  /// match what is drawn.
  package var inert: String { inert(keepingLineBreaks: false) }

  /// The text made inert but for newlines and tabs: for output read line by line.
  package var inertLines: String { inert(keepingLineBreaks: true) }

  private func inert(keepingLineBreaks: Bool) -> String {
    // Most text has nothing to escape: look for a byte sequence that would change before
    // taking the text apart character by character.
    guard InertText.containsEscape(self, keepingLineBreaks: keepingLineBreaks) else { return self }
    var out = ""
    for character in self {
      for piece in InertText.pieces(of: character, keepingLineBreaks: keepingLineBreaks) { out += piece }
    }
    return out
  }
}
