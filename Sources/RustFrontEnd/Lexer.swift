/// Turns Rust source into tokens. Comments and whitespace are dropped; malformed literals
/// are reported and lexing goes on, so one run finds every lexical error.
///
/// A class, not a struct, so debug builds do not copy its arrays on every call; the hot
/// state skips dynamic exclusivity checks, as only the lexer's own methods touch it, one at a time.
package final class Lexer {
  package let scalars: [Unicode.Scalar]
  @exclusivity(unchecked) package var index = 0
  @exclusivity(unchecked) private var line = 1
  @exclusivity(unchecked) private var column = 1
  @exclusivity(unchecked) package var tokens: [Token] = []
  package var diagnostics: [Diagnostic] = []

  private init(source: String) {
    scalars = Array(source.unicodeScalars)
    tokens.reserveCapacity(scalars.count / 3)
  }

  /// The tokens of `source`, always ending with `.endOfFile`, and the lexical errors found.
  package static func tokenize(_ source: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    let lexer = Lexer(source: source)
    lexer.run()
    lexer.reportReservedKeywords()
    return (lexer.tokens, lexer.diagnostics)
  }

  package var location: SourceLocation { SourceLocation(line: line, column: column) }

  package func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position < scalars.count ? scalars[position] : nil
  }

  package func advance() {
    guard index < scalars.count else { return }
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  package func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }

  private func run() {
    while let scalar = peek() {
      if Self.isWhitespace(scalar) {
        advance()
      } else if scalar == "/", peek(1) == "/" {
        skipWithinLine { $0 != "\n" }
      } else if scalar == "/", peek(1) == "*" {
        skipBlockComment()
      } else {
        lexToken(startingWith: scalar)
      }
    }
    let end = location
    tokens.append(
      Token(
        kind: .endOfFile, span: SourceSpan(start: end, end: end), start: scalars.count, end: scalars.count))
  }

  private func skipBlockComment() {
    let start = location
    advance(by: 2)
    var depth = 1
    while depth > 0 {
      guard let scalar = peek() else {
        report("unterminated block comment", from: start, length: 2)
        return
      }
      if scalar == "/", peek(1) == "*" {
        depth += 1
        advance(by: 2)
      } else if scalar == "*", peek(1) == "/" {
        depth -= 1
        advance(by: 2)
      } else {
        advance()
      }
    }
  }

  private func lexToken(startingWith scalar: Unicode.Scalar) {
    let start = location
    let startIndex = index
    if scalar == "r", peek(1) == "\"" || (peek(1) == "#" && (peek(2) == "\"" || peek(2) == "#")) {
      advance()
      lexRawString(start: start, startIndex: startIndex)
    } else if scalar == "r", peek(1) == "#", let next = peek(2), Self.isIdentifierStart(next) {
      advance(by: 2)
      let name = readIdentifier()
      emit(.identifier(name), start: start, startIndex: startIndex)
    } else if scalar == "b", peek(1) == "'" {
      advance()
      lexCharacter(start: start, startIndex: startIndex, isByte: true)
    } else if scalar == "b", peek(1) == "\"" || (peek(1) == "r" && (peek(2) == "\"" || peek(2) == "#")) {
      lexByteString(start: start, startIndex: startIndex)
    } else if Self.isIdentifierStart(scalar) {
      let name = readIdentifier()
      if name == "_" {
        emit(.punctuation(.underscore), start: start, startIndex: startIndex)
      } else if let keyword = Keyword.byName[name] {
        emit(.keyword(keyword), start: start, startIndex: startIndex)
      } else {
        emit(.identifier(name), start: start, startIndex: startIndex)
      }
    } else if Self.isDecimalDigit(scalar) {
      lexNumber(start: start, startIndex: startIndex)
    } else if scalar == "\"" {
      lexString(start: start, startIndex: startIndex)
    } else if scalar == "'" {
      lexCharacter(start: start, startIndex: startIndex, isByte: false)
    } else if let (punctuation, length) = matchPunctuation() {
      advance(by: length)
      emit(.punctuation(punctuation), start: start, startIndex: startIndex)
    } else {
      advance()
      let shown =
        scalar.properties.isWhitespace || scalar.value < 0x20 ? scalar.escaped(asASCII: true) : "\(scalar)"
      report("unknown start of token: \(shown)", from: start, length: 1)
    }
  }

  package func emit(_ kind: Token.Kind, start: SourceLocation, startIndex: Int) {
    tokens.append(
      Token(kind: kind, span: SourceSpan(start: start, end: location), start: startIndex, end: index))
  }

  package func report(_ message: String, from start: SourceLocation, length: Int) {
    let end = SourceLocation(line: start.line, column: start.column + length)
    diagnostics.append(Diagnostic(message, at: SourceSpan(start: start, end: end)))
  }

  package func report(_ message: String, span: SourceSpan) {
    diagnostics.append(Diagnostic(message, at: span))
  }

  private func matchPunctuation() -> (Punctuation, Int)? {
    guard let first = peek(), first.isASCII else { return nil }
    let one = first.value
    if let second = peek(1), second.isASCII {
      let two = one | second.value << 8
      if let third = peek(2), third.isASCII, let match = Punctuation.byPackedSpelling[two | third.value << 16]
      {
        return (match, 3)
      }
      if let match = Punctuation.byPackedSpelling[two] { return (match, 2) }
    }
    return Punctuation.byPackedSpelling[one].map { ($0, 1) }
  }

  // MARK: - Identifiers

  package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\n", "\t", "\r": true
    default: !scalar.isASCII && scalar.properties.isWhitespace
    }
  }

  package static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "_": true
    default: !scalar.isASCII && scalar.properties.isXIDStart
    }
  }

  package static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_": true
    default: !scalar.isASCII && scalar.properties.isXIDContinue
    }
  }

  package static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar >= "0" && scalar <= "9"
  }

  package func readIdentifier() -> String {
    let start = index
    skipWithinLine(while: Self.isIdentifierContinue)
    var name = String.UnicodeScalarView()
    name.append(contentsOf: scalars[start..<index])
    return String(name)
  }

  /// Advances over scalars matching `condition`, which must reject `"\n"`: a tight loop for
  /// identifiers and line comments, which dominate lexing time.
  private func skipWithinLine(while condition: (Unicode.Scalar) -> Bool) {
    var end = index
    let count = scalars.count
    while end < count, condition(scalars[end]) { end += 1 }
    column += end - index
    index = end
  }
}
