/// Turns Rust source into tokens. Comments and whitespace are dropped; malformed literals
/// are reported and lexing goes on, so one run finds every lexical error.
struct Lexer {
  let scalars: [Unicode.Scalar]
  var index = 0
  private var line = 1
  private var column = 1
  var tokens: [Token] = []
  var diagnostics: [Diagnostic] = []

  private init(source: String) {
    scalars = Array(source.unicodeScalars)
    tokens.reserveCapacity(scalars.count / 3)
  }

  /// The tokens of `source`, always ending with `.endOfFile`, and the lexical errors found.
  static func tokenize(_ source: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(source: source)
    lexer.run()
    return (lexer.tokens, lexer.diagnostics)
  }

  var location: SourceLocation { SourceLocation(line: line, column: column) }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let position = index + offset
    return position < scalars.count ? scalars[position] : nil
  }

  mutating func advance() {
    guard index < scalars.count else { return }
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  mutating func advance(by count: Int) {
    for _ in 0..<count { advance() }
  }

  private mutating func run() {
    while let scalar = peek() {
      if scalar.properties.isWhitespace {
        advance()
      } else if scalar == "/", peek(1) == "/" {
        while let next = peek(), next != "\n" { advance() }
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

  private mutating func skipBlockComment() {
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

  private mutating func lexToken(startingWith scalar: Unicode.Scalar) {
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
      skipByteString()
      diagnostics.append(.unsupported("byte string literals", at: SourceSpan(start: start, end: location)))
      // A stand-in, so parsing goes on without a second, bogus error.
      emit(.string(""), start: start, startIndex: startIndex)
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

  mutating func emit(_ kind: Token.Kind, start: SourceLocation, startIndex: Int) {
    tokens.append(
      Token(kind: kind, span: SourceSpan(start: start, end: location), start: startIndex, end: index))
  }

  mutating func report(_ message: String, from start: SourceLocation, length: Int) {
    let end = SourceLocation(line: start.line, column: start.column + length)
    diagnostics.append(Diagnostic(message, at: SourceSpan(start: start, end: end)))
  }

  mutating func report(_ message: String, span: SourceSpan) {
    diagnostics.append(Diagnostic(message, at: span))
  }

  private func matchPunctuation() -> (Punctuation, Int)? {
    for length in stride(from: 3, through: 1, by: -1) where index + length <= scalars.count {
      if let punctuation = Punctuation.bySpelling[Array(scalars[index..<index + length])] {
        return (punctuation, length)
      }
    }
    return nil
  }

  // MARK: - Identifiers

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || (scalar.isASCII ? scalar.properties.isAlphabetic : scalar.properties.isXIDStart)
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_"
      || (scalar.isASCII
        ? (scalar.properties.isAlphabetic || isDecimalDigit(scalar)) : scalar.properties.isXIDContinue)
  }

  static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar >= "0" && scalar <= "9"
  }

  mutating func readIdentifier() -> String {
    var name = String.UnicodeScalarView()
    while let scalar = peek(), Self.isIdentifierContinue(scalar) {
      name.append(scalar)
      advance()
    }
    return String(name)
  }
}
