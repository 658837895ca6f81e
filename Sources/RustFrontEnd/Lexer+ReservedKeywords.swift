extension Lexer {
  /// Words edition 2024 keeps for the language's future (`gen` among them): lexed as
  /// identifiers, but none may name anything unless written raw (`r#gen`).
  static let reservedKeywords: Set<String> = [
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof",
    "unsized", "virtual", "yield",
  ]

  /// rustc's syntax error for each reserved word used as a name: `expected identifier` where a
  /// name is declared or reached through `.` or `::`, `expected expression` elsewhere.
  func reportReservedKeywords() {
    for (position, token) in tokens.enumerated() {
      guard case .identifier(let name) = token.kind, Self.reservedKeywords.contains(name) else { continue }
      // `r#try` is raw: the token's text starts with `r#`.
      if token.start + 1 < scalars.count, scalars[token.start] == "r", scalars[token.start + 1] == "#" {
        continue
      }
      let previous = position > 0 ? tokens[position - 1].kind : nil
      let next = position + 1 < tokens.count ? tokens[position + 1].kind : nil
      let expected = namesSomething(after: previous, before: next) ? "identifier" : "expression"
      report("expected \(expected), found reserved keyword `\(name)`", span: token.span)
    }
  }

  private func namesSomething(after previous: Token.Kind?, before next: Token.Kind?) -> Bool {
    if case .punctuation(let punctuation) = next, punctuation == .colon { return true }
    switch previous {
    case .keyword(let keyword):
      let declaring: Set<Keyword> = [
        .let, .fn, .mut, .ref, .struct, .enum, .trait, .type, .mod, .const, .static, .use,
        // `for gen in 0..3`: the loop's pattern binds a name.
        .for,
      ]
      return declaring.contains(keyword)
    case .punctuation(let punctuation):
      return punctuation == .dot || punctuation == .colonColon
    default:
      return false
    }
  }
}
