/// One lexical token of Rust source, with where it sits in the text.
package struct Token: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    case identifier(String)
    case keyword(Keyword)
    /// `'a`, `'outer` (the name without the quote).
    case lifetime(String)
    case integer(UInt128, suffix: String?)
    case float(Double, suffix: String?)
    case string(String)
    case character(Unicode.Scalar)
    /// `b'a'`.
    case byte(UInt8)
    /// `b"abc"`, `br"a\b"`: the bytes.
    case byteString([UInt8])
    case punctuation(Punctuation)
    case endOfFile
  }

  package var kind: Kind
  package var span: SourceSpan
  /// Offsets into the source's Unicode scalars: `start..<end`.
  package var start: Int
  package var end: Int

  /// How the token reads in a message: `` `let` ``, `` `;` ``, `end of file`.
  package var described: String {
    switch kind {
    case .identifier(let name): "`\(name)`"
    case .keyword(let keyword): "keyword `\(keyword.rawValue)`"
    case .lifetime(let name): "lifetime `'\(name)`"
    case .integer, .float, .string, .character, .byte, .byteString: "literal"
    case .punctuation(let punctuation): "`\(punctuation.rawValue)`"
    case .endOfFile: "end of file"
    }
  }
}

package enum Keyword: String, Sendable, CaseIterable {
  case `as`, async, await, `break`, const, `continue`, crate, dyn, `else`, `enum`, extern
  case `false`, fn, `for`, `if`, impl, `in`, `let`, loop, match, mod, move, mut, pub
  case ref, `return`, `self`, selfType = "Self", `static`, `struct`, `super`, `trait`, `true`
  case type, unsafe, use, `where`, `while`

  package static let byName: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

package enum Punctuation: String, Sendable, CaseIterable {
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case percent = "%"
  case caret = "^"
  case bang = "!"
  case ampersand = "&"
  case pipe = "|"
  case ampersandAmpersand = "&&"
  case pipePipe = "||"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case plusEqual = "+="
  case minusEqual = "-="
  case starEqual = "*="
  case slashEqual = "/="
  case percentEqual = "%="
  case caretEqual = "^="
  case ampersandEqual = "&="
  case pipeEqual = "|="
  case shiftLeftEqual = "<<="
  case shiftRightEqual = ">>="
  case equal = "="
  case equalEqual = "=="
  case notEqual = "!="
  case greater = ">"
  case less = "<"
  case greaterEqual = ">="
  case lessEqual = "<="
  case at = "@"
  case underscore = "_"
  case dot = "."
  case dotDot = ".."
  case dotDotDot = "..."
  case dotDotEqual = "..="
  case comma = ","
  case semicolon = ";"
  case colon = ":"
  case colonColon = "::"
  case arrow = "->"
  case fatArrow = "=>"
  case pound = "#"
  case dollar = "$"
  case question = "?"
  case tilde = "~"
  case openBrace = "{"
  case closeBrace = "}"
  case openBracket = "["
  case closeBracket = "]"
  case openParen = "("
  case closeParen = ")"

  /// Keyed by the spelling's ASCII bytes packed little-end first (`"->"` is `0x3E2D`), so the
  /// lexer can look up 1, 2 and 3 characters without building strings.
  package static let byPackedSpelling: [UInt32: Punctuation] = Dictionary(
    uniqueKeysWithValues: allCases.map { punctuation in
      var key: UInt32 = 0
      for (offset, scalar) in punctuation.rawValue.unicodeScalars.enumerated() {
        key |= scalar.value << (8 * UInt32(offset))
      }
      return (key, punctuation)
    })
}
