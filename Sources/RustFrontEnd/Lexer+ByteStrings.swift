/// Byte strings (`b"abc"`, `br"a\b"`, `br#"…"#`) and the escapes of bytes and byte strings:
/// ASCII only, `\xHH` up to `\xFF`, no `\u{…}`.
extension Lexer {
  /// At the `b` of `b"` or `br`.
  package func lexByteString(start: SourceLocation, startIndex: Int) {
    advance()
    if peek() == "r" {
      advance()
      lexRawByteString(start: start, startIndex: startIndex)
      return
    }
    advance()
    var bytes: [UInt8] = []
    let reported = diagnostics.count
    while true {
      guard let scalar = peek() else {
        report("unterminated double quote byte string", from: start, length: 2)
        return
      }
      if scalar == "\"" {
        advance()
        break
      }
      if scalar == "\\" {
        if let escaped = readByteEscape(inString: true) { bytes.append(escaped) }
        continue
      }
      if !scalar.isASCII {
        report("non-ASCII character in byte string literal", from: location, length: 1)
      }
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      advance()
    }
    // After a bad escape, a stand-in byte, so parsing goes on without a second, bogus error.
    if bytes.isEmpty, diagnostics.count > reported { bytes = [0] }
    emit(.byteString(bytes), start: start, startIndex: startIndex)
  }

  /// At the `#`s or `"` after `br`.
  private func lexRawByteString(start: SourceLocation, startIndex: Int) {
    var hashes = 0
    while peek() == "#" {
      hashes += 1
      advance()
    }
    guard peek() == "\"" else {
      report(
        "found invalid character; only `#` is allowed in raw string delimitation", from: location, length: 1)
      return
    }
    advance()
    var bytes: [UInt8] = []
    while true {
      guard let scalar = peek() else {
        report("unterminated raw string", from: start, length: 2)
        return
      }
      if scalar == "\"", (0..<hashes).allSatisfy({ peek($0 + 1) == "#" }) {
        advance(by: hashes + 1)
        break
      }
      if !scalar.isASCII {
        report("non-ASCII character in raw byte string literal", from: location, length: 1)
      }
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
      advance()
    }
    emit(.byteString(bytes), start: start, startIndex: startIndex)
  }

  /// At a `\` in a byte or byte string; the escaped byte, or nil for a line continuation or a
  /// bad escape (reported).
  func readByteEscape(inString: Bool) -> UInt8? {
    let backslash = location
    switch peek(1) {
    case "x":
      advance()
      return readHexEscape(backslash: backslash, limit: 0xFF)
    case "u":
      report("unicode escape in byte string", from: backslash, length: 2)
      advance(by: 2)
      if peek() == "{" {
        while let next = peek(), next != "}", next != "\"", next != "'", next != "\n" { advance() }
        if peek() == "}" { advance() }
      }
      return nil
    default:
      guard let escaped = readEscape(inString: inString) else { return nil }
      return UInt8(truncatingIfNeeded: escaped.value)
    }
  }
}
