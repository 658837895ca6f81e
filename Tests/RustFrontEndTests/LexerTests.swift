import RustFrontEnd
import Testing

@Suite struct LexerTests {
  private static func kinds(_ source: String) -> [Token.Kind] {
    let (tokens, diagnostics) = Lexer.tokenize(source)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    return tokens.map(\.kind).dropLast()
  }

  private static func errors(_ source: String) -> [String] {
    Lexer.tokenize(source).diagnostics.map(\.message)
  }

  @Test(arguments: [
    ("42", Token.Kind.integer(42, suffix: nil)),
    ("1_000_000", .integer(1_000_000, suffix: nil)),
    ("0xff", .integer(255, suffix: nil)),
    ("0xFFu8", .integer(255, suffix: "u8")),
    ("0o17", .integer(15, suffix: nil)),
    ("0b1010_1010", .integer(170, suffix: nil)),
    ("5u8", .integer(5, suffix: "u8")),
    ("1_000i64", .integer(1000, suffix: "i64")),
    ("7usize", .integer(7, suffix: "usize")),
    ("340282366920938463463374607431768211455u128", .integer(UInt128.max, suffix: "u128")),
    ("1.5", .float(1.5, suffix: nil)),
    ("1e3", .float(1000, suffix: nil)),
    ("2.5E-1", .float(0.25, suffix: nil)),
    ("2.0f32", .float(2, suffix: "f32")),
    ("3f64", .float(3, suffix: "f64")),
    ("1.", .float(1, suffix: nil)),
    ("1_0.2_5", .float(10.25, suffix: nil)),
  ])
  func numbers(source: String, expected: Token.Kind) {
    #expect(Self.kinds(source) == [expected])
  }

  @Test func integerFollowedByMethodOrRangeStaysInteger() {
    #expect(
      Self.kinds("1.max(2)") == [
        .integer(1, suffix: nil), .punctuation(.dot), .identifier("max"), .punctuation(.openParen),
        .integer(2, suffix: nil), .punctuation(.closeParen),
      ])
    #expect(
      Self.kinds("0..10") == [.integer(0, suffix: nil), .punctuation(.dotDot), .integer(10, suffix: nil)])
    #expect(
      Self.kinds("1..=5") == [.integer(1, suffix: nil), .punctuation(.dotDotEqual), .integer(5, suffix: nil)])
  }

  @Test func nestedTupleIndexLexesAsFloat() {
    #expect(Self.kinds("t.0.1") == [.identifier("t"), .punctuation(.dot), .float(0.1, suffix: nil)])
  }

  @Test(arguments: [
    (#""hello""#, "hello"),
    (#""a\nb\t\\\"\'\0""#, "a\nb\t\\\"'\0"),
    (#""\x41\u{1F600}\u{e9}""#, "A😀é"),
    ("\"line \\\n     continued\"", "line continued"),
    (#"r"C:\path""#, #"C:\path"#),
    (##"r#"say "hi""#"##, #"say "hi""#),
    ("\"два\"", "два"),
  ])
  func strings(source: String, expected: String) {
    #expect(Self.kinds(source) == [.string(expected)])
  }

  @Test func charactersBytesAndLifetimes() {
    #expect(Self.kinds("'a'") == [.character("a")])
    #expect(Self.kinds(#"'\n'"#) == [.character("\n")])
    #expect(Self.kinds(#"'\''"#) == [.character("'")])
    #expect(Self.kinds(#"'\u{1F600}'"#) == [.character("😀")])
    #expect(Self.kinds("'é'") == [.character("é")])
    #expect(Self.kinds("b'a'") == [.byte(97)])
    #expect(Self.kinds(#"b'\n'"#) == [.byte(10)])
    #expect(Self.kinds(#"b'\xff'"#) == [.byte(255)])
    #expect(Self.kinds(#"b"hi\x00\xFF\t""#) == [.byteString([104, 105, 0, 255, 9])])
    #expect(Self.kinds(#"br"a\b""#) == [.byteString([97, 92, 98])])
    #expect(Self.kinds(##"br#"q""#"##) == [.byteString([113, 34])])
    #expect(Self.kinds("'a") == [.lifetime("a")])
    #expect(
      Self.kinds("&'static str") == [.punctuation(.ampersand), .lifetime("static"), .identifier("str")])
    #expect(
      Self.kinds("'outer: loop { break 'outer; }") == [
        .lifetime("outer"), .punctuation(.colon), .keyword(.loop), .punctuation(.openBrace), .keyword(.break),
        .lifetime("outer"), .punctuation(.semicolon), .punctuation(.closeBrace),
      ])
  }

  @Test func commentsAreSkipped() {
    let source = """
      //! lesson header
      // > narration
      // ? question
      /// doc comment
      let /* inline /* nested */ still comment */ x = 1; // trailing
      """
    #expect(
      Self.kinds(source) == [
        .keyword(.let), .identifier("x"), .punctuation(.equal), .integer(1, suffix: nil),
        .punctuation(.semicolon),
      ])
  }

  @Test func punctuationIsGreedy() {
    #expect(
      Self.kinds("a <<= b >>= c ..= d :: -> => && || != ...") == [
        .identifier("a"), .punctuation(.shiftLeftEqual), .identifier("b"), .punctuation(.shiftRightEqual),
        .identifier("c"), .punctuation(.dotDotEqual), .identifier("d"), .punctuation(.colonColon),
        .punctuation(.arrow), .punctuation(.fatArrow), .punctuation(.ampersandAmpersand),
        .punctuation(.pipePipe),
        .punctuation(.notEqual), .punctuation(.dotDotDot),
      ])
  }

  @Test func keywordsUnderscoreAndRawIdentifiers() {
    #expect(
      Self.kinds("fn _ _x Self self r#match") == [
        .keyword(.fn), .punctuation(.underscore), .identifier("_x"), .keyword(.selfType), .keyword(.self),
        .identifier("match"),
      ])
  }

  @Test func spansCountUnicodeScalarsFromOne() {
    let (tokens, _) = Lexer.tokenize("let s = \"é😀\";\n  x")
    #expect(
      tokens[3].span
        == SourceSpan(start: SourceLocation(line: 1, column: 9), end: SourceLocation(line: 1, column: 13)))
    #expect(tokens[4].span.start == SourceLocation(line: 1, column: 13))
    #expect(
      tokens[5].span
        == SourceSpan(start: SourceLocation(line: 2, column: 3), end: SourceLocation(line: 2, column: 4)))
  }

  @Test(arguments: [
    ("\"abc", "unterminated double quote string"),
    ("'ab'", "character literal may only contain one codepoint"),
    (#""\q""#, "unknown character escape: `q`"),
    ("1xyz", "invalid suffix `xyz` for number literal"),
    ("1.5u8", "invalid suffix `u8` for float literal"),
    ("0b102", "invalid digit for a base 2 literal"),
    ("/* never closed", "unterminated block comment"),
    ("340282366920938463463374607431768211456", "integer literal is too large"),
    (#""\x80""#, "out of range hex escape"),
    (#""\u{110000}""#, "invalid unicode character escape"),
    ("''", "empty character literal"),
    ("b'é'", "non-ASCII character in byte literal"),
    ("€", "unknown start of token: €"),
    (#"b"café""#, "non-ASCII character in byte string literal"),
    (#"br"é""#, "non-ASCII character in raw byte string literal"),
    (#"b"\u{41}""#, "unicode escape in byte string"),
    (#"b"\x4g""#, "invalid character in numeric character escape: `g`"),
  ])
  func lexicalErrors(source: String, message: String) {
    #expect(Self.errors(source) == [message])
  }

  @Test func delimitersArePaired() throws {
    let (tokens, _) = Lexer.tokenize("f(a[1], {b})")
    let partners = try Lexer.matchDelimiters(tokens).get()
    #expect(partners[1] == 10)
    #expect(partners[10] == 1)
    #expect(partners[3] == 5)
    #expect(partners[7] == 9)
    #expect(partners[2] == -1)
    let (unbalanced, _) = Lexer.tokenize("f(a]")
    #expect(throws: Diagnostic.self) { try Lexer.matchDelimiters(unbalanced).get() }
  }
}
