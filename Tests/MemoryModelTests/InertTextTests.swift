import MemoryModel
import Testing

@Suite struct InertTextTests {
  @Test(arguments: [
    ("\u{1b}]0;title\u{07}", "\\x1b]0;title\\x07"),
    ("a\u{9b}2J", "a\\x9b2J"),
    ("\u{202e}evil", "\\u{202e}evil"),
    ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
    ("tab\tline\n", "tab\\tline\\n"),
    ("crlf\r\n", "crlf\\r\\n"),
    ("plain ünïcödé 内存", "plain ünïcödé 内存"),
  ])
  func escapesEveryControl(raw: String, shown: String) {
    #expect(raw.inert == shown)
  }

  @Test func linesKeepTheirBreaksAndTabsOnly() {
    #expect("a\tb\nc\u{1b}[0m\r\n".inertLines == "a\tb\nc\\x1b[0m\\r\n")
  }

  @Test func everyPieceIsPrintable() {
    let all = String(String.UnicodeScalarView((0..<0x2100).compactMap(Unicode.Scalar.init)))
    for scalar in all.inert.unicodeScalars {
      #expect(!InertText.needsEscape(scalar.value), "U+\(String(scalar.value, radix: 16)) left raw")
    }
  }
}

extension InertTextTests {
  /// The byte scan that lets harmless text through untouched agrees with the per-scalar rule
  /// for every scalar of the first planes, alone and between other text.
  @Test func theByteScanAgreesWithTheScalarRule() {
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for keeping in [true, false] {
        let expected = InertText.escapes(value, keeping)
        #expect(InertText.containsEscape(String(scalar), keepingLineBreaks: keeping) == expected)
        #expect(InertText.containsEscape("é│" + String(scalar) + "x", keepingLineBreaks: keeping) == expected)
      }
    }
  }
}
