/// Pairs up `()`, `[]` and `{}` before parsing, as rustc does, so the parser can skip a
/// whole group when it recovers from an error and never sees unbalanced input.
extension Lexer {
  /// For each token index, the index of its partner delimiter (or -1), or the first
  /// imbalance found.
  package static func matchDelimiters(_ tokens: [Token]) -> Result<[Int], Diagnostic> {
    var partners = [Int](repeating: -1, count: tokens.count)
    var open: [Int] = []
    for (index, token) in tokens.enumerated() {
      guard case .punctuation(let punctuation) = token.kind else { continue }
      switch punctuation {
      case .openParen, .openBracket, .openBrace:
        open.append(index)
      case .closeParen, .closeBracket, .closeBrace:
        guard let opener = open.popLast() else {
          return .failure(
            Diagnostic("unexpected closing delimiter: `\(punctuation.rawValue)`", at: token.span))
        }
        guard case .punctuation(let opening) = tokens[opener].kind, closing(of: opening) == punctuation else {
          let start = token.span.start
          return .failure(
            Diagnostic(
              "mismatched closing delimiter: `\(punctuation.rawValue)`", at: tokens[opener].span,
              notes: [
                "this delimiter is unclosed; the `\(punctuation.rawValue)` at \(start.line):\(start.column) does not match it"
              ]
            ))
        }
        partners[opener] = index
        partners[index] = opener
      default:
        continue
      }
    }
    if let opener = open.last {
      return .failure(Diagnostic("this file contains an unclosed delimiter", at: tokens[opener].span))
    }
    return .success(partners)
  }

  private static func closing(of opening: Punctuation) -> Punctuation? {
    switch opening {
    case .openParen: .closeParen
    case .openBracket: .closeBracket
    case .openBrace: .closeBrace
    default: nil
    }
  }
}
