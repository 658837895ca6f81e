/// Numbers, strings and characters, with Rust's escapes, separators and suffixes.
extension Lexer {
  package static let integerSuffixes: Set<String> = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
  ]
  package static let floatSuffixes: Set<String> = ["f32", "f64"]

  // MARK: - Numbers

  package func lexNumber(start: SourceLocation, startIndex: Int) {
    var radix: UInt128 = 10
    if peek() == "0", let marker = peek(1), marker == "x" || marker == "o" || marker == "b" {
      radix = marker == "x" ? 16 : marker == "o" ? 8 : 2
      advance(by: 2)
    }
    var text = ""
    var value: UInt128 = 0
    var overflowed = false
    var digitCount = 0
    while let scalar = peek() {
      if scalar == "_" {
        advance()
        continue
      }
      guard let digit = Self.digitValue(scalar, hex: radix == 16) else { break }
      if digit >= radix {
        report("invalid digit for a base \(radix) literal", from: location, length: 1)
      }
      let (shifted, overflow1) = value.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = shifted.addingReportingOverflow(digit)
      overflowed = overflowed || overflow1 || overflow2
      value = sum
      text.unicodeScalars.append(scalar)
      digitCount += 1
      advance()
    }
    var isFloat = false
    if radix == 10 {
      isFloat = lexFraction(into: &text)
      if lexExponent(into: &text) { isFloat = true }
    }
    var suffix: String?
    if let scalar = peek(), Self.isIdentifierStart(scalar) {
      suffix = readIdentifier()
    }
    let span = SourceSpan(start: start, end: location)
    if digitCount == 0 {
      report("no valid digits found for number", span: span)
    }
    if let suffix, radix == 10, !isFloat, Self.floatSuffixes.contains(suffix) {
      isFloat = true
    }
    if isFloat {
      if let suffix, !Self.floatSuffixes.contains(suffix) {
        report("invalid suffix `\(suffix)` for float literal", span: span)
      }
      let number = Double(text.hasSuffix(".") ? String(text.dropLast()) : text) ?? 0
      emit(.float(number, suffix: suffix), start: start, startIndex: startIndex)
      return
    }
    if let suffix, !Self.integerSuffixes.contains(suffix) {
      report("invalid suffix `\(suffix)` for number literal", span: span)
    }
    if overflowed {
      report("integer literal is too large", span: span)
    }
    emit(.integer(value, suffix: suffix), start: start, startIndex: startIndex)
  }

  /// `.5` after the integer part. `1.` alone is a float too, but `1..2`, `1.max(2)` and
  /// `t.0.1`'s inner `0.` are not.
  private func lexFraction(into text: inout String) -> Bool {
    guard peek() == ".", peek(1) != "." else { return false }
    if let next = peek(1), Self.isIdentifierStart(next) { return false }
    advance()
    text += "."
    while let scalar = peek(), Self.isDecimalDigit(scalar) || scalar == "_" {
      if scalar != "_" { text.unicodeScalars.append(scalar) }
      advance()
    }
    return true
  }

  private func lexExponent(into text: inout String) -> Bool {
    guard let marker = peek(), marker == "e" || marker == "E" else { return false }
    var offset = 1
    if let sign = peek(1), sign == "+" || sign == "-" { offset = 2 }
    guard let digit = peek(offset), Self.isDecimalDigit(digit) else { return false }
    text += "e"
    advance()
    if offset == 2, let sign = peek() {
      text.unicodeScalars.append(sign)
      advance()
    }
    while let scalar = peek(), Self.isDecimalDigit(scalar) || scalar == "_" {
      if scalar != "_" { text.unicodeScalars.append(scalar) }
      advance()
    }
    return true
  }

  private static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> UInt128? {
    switch scalar {
    case "0"..."9": UInt128(scalar.value - 48)
    case "a"..."f" where hex: UInt128(scalar.value - 87)
    case "A"..."F" where hex: UInt128(scalar.value - 55)
    default: nil
    }
  }

  // MARK: - Strings

  package func lexString(start: SourceLocation, startIndex: Int) {
    advance()
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = peek() else {
        report("unterminated double quote string", from: start, length: 1)
        return
      }
      if scalar == "\"" {
        advance()
        break
      }
      if scalar == "\\" {
        if let escaped = readEscape(inString: true) { text.append(escaped) }
        continue
      }
      text.append(scalar)
      advance()
    }
    emit(.string(String(text)), start: start, startIndex: startIndex)
  }

  /// At the `#`s or `"` after `r`.
  package func lexRawString(start: SourceLocation, startIndex: Int) {
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
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = peek() else {
        report("unterminated raw string", from: start, length: 1)
        return
      }
      if scalar == "\"", (0..<hashes).allSatisfy({ peek($0 + 1) == "#" }) {
        advance(by: hashes + 1)
        break
      }
      text.append(scalar)
      advance()
    }
    emit(.string(String(text)), start: start, startIndex: startIndex)
  }

  /// At a `\`; returns the escaped scalar, or nil for a line continuation or a bad escape.
  func readEscape(inString: Bool) -> Unicode.Scalar? {
    let backslash = location
    advance()
    let escapeStart = location
    guard let scalar = peek() else { return nil }
    switch scalar {
    case "n": advance(); return "\n"
    case "t": advance(); return "\t"
    case "r": advance(); return "\r"
    case "\\": advance(); return "\\"
    case "0": advance(); return "\0"
    case "'": advance(); return "'"
    case "\"": advance(); return "\""
    case "x": return readHexEscape(backslash: backslash, limit: 0x7F).map { Unicode.Scalar($0) }
    case "u": return readUnicodeEscape(escapeStart: escapeStart)
    case "\n" where inString:
      while let next = peek(), next.properties.isWhitespace { advance() }
      return nil
    default:
      advance()
      report("unknown character escape: `\(scalar)`", from: escapeStart, length: 1)
      return nil
    }
  }

  /// At the `x` of `\xHH`: the escaped value, at most `limit` (`0x7F` in a string or a
  /// `char`, `0xFF` in a byte or a byte string); errors are placed where rustc puts them.
  func readHexEscape(backslash: SourceLocation, limit: UInt8) -> UInt8? {
    advance()
    var value: UInt32 = 0
    for _ in 0..<2 {
      guard let scalar = peek(), scalar != "\"", scalar != "'", scalar != "\n" else {
        report("numeric character escape is too short", span: SourceSpan(start: backslash, end: location))
        return nil
      }
      guard let digit = Self.digitValue(scalar, hex: true) else {
        report("invalid character in numeric character escape: `\(scalar)`", from: location, length: 1)
        advance()
        return nil
      }
      value = value * 16 + UInt32(digit)
      advance()
    }
    guard value <= UInt32(limit) else {
      report("out of range hex escape", span: SourceSpan(start: backslash, end: location))
      return nil
    }
    return UInt8(value)
  }

  private func readUnicodeEscape(escapeStart: SourceLocation) -> Unicode.Scalar? {
    advance()
    guard peek() == "{" else {
      report("incorrect unicode escape sequence", from: escapeStart, length: 1)
      return nil
    }
    advance()
    var value: UInt32 = 0
    var digits = 0
    while let scalar = peek(), scalar != "}" {
      guard let digit = Self.digitValue(scalar, hex: true) else {
        if scalar == "_" {
          advance()
          continue
        }
        report("invalid character in unicode escape: `\(scalar)`", from: location, length: 1)
        return nil
      }
      digits += 1
      if digits <= 6 { value = value * 16 + UInt32(digit) }
      advance()
    }
    guard peek() == "}" else {
      report("unterminated unicode escape", span: SourceSpan(start: escapeStart, end: location))
      return nil
    }
    advance()
    let span = SourceSpan(start: escapeStart, end: location)
    guard digits > 0 else {
      report("empty unicode escape", span: span)
      return nil
    }
    guard digits <= 6, let result = Unicode.Scalar(value) else {
      report("invalid unicode character escape", span: span)
      return nil
    }
    return result
  }

  // MARK: - Characters, bytes and lifetimes

  /// At the `'` (after `b` for a byte).
  package func lexCharacter(start: SourceLocation, startIndex: Int, isByte: Bool) {
    advance()
    guard let first = peek() else {
      report("unterminated character literal", from: start, length: 1)
      return
    }
    var value: Unicode.Scalar
    let valueStart = location
    if isByte, first == "\\" {
      // A byte's escapes reach `\xFF` and have no `\u{…}`.
      guard let escaped = readByteEscape(inString: false) else {
        skipRestOfCharacter()
        return
      }
      value = Unicode.Scalar(escaped)
    } else if first == "\\" {
      guard let escaped = readEscape(inString: false) else {
        skipRestOfCharacter()
        return
      }
      value = escaped
    } else if !isByte, Self.isIdentifierStart(first), peek(1) != "'" {
      let name = readIdentifier()
      if peek() == "'" {
        advance()
        report(
          "character literal may only contain one codepoint", span: SourceSpan(start: start, end: location))
        return
      }
      emit(.lifetime(name), start: start, startIndex: startIndex)
      return
    } else if first == "'" {
      advance()
      report("empty character literal", span: SourceSpan(start: start, end: location))
      return
    } else if first == "\n" {
      report("unterminated character literal", from: start, length: 1)
      return
    } else {
      value = first
      advance()
    }
    guard peek() == "'" else {
      if skipRestOfCharacter() {
        report(
          "character literal may only contain one codepoint", span: SourceSpan(start: start, end: location))
      } else {
        report("unterminated character literal", from: start, length: 1)
      }
      return
    }
    advance()
    if isByte {
      guard value.value <= 0xFF, value.isASCII || first == "\\" else {
        report("non-ASCII character in byte literal", from: valueStart, length: 1)
        return
      }
      emit(.byte(UInt8(value.value)), start: start, startIndex: startIndex)
    } else {
      emit(.character(value), start: start, startIndex: startIndex)
    }
  }

  /// Skips to a closing `'` on the same line, if there is one close by.
  @discardableResult
  private func skipRestOfCharacter() -> Bool {
    var offset = 0
    while let scalar = peek(offset), scalar != "\n", offset < 16 {
      if scalar == "'" {
        advance(by: offset + 1)
        return true
      }
      offset += 1
    }
    return false
  }
}
