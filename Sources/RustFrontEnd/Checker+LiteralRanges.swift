import MemoryModel

/// An integer literal written without a suffix: its type is known only after inference, so
/// whether it fits (`let x: u8 = 300` does not) is checked at the end of the function.
package struct UnsuffixedLiteral: Sendable {
  package var magnitude: UInt128
  package var type: TypeTerm
  package var span: SourceSpan
  package var negated = false
}

extension Checker {
  /// `-129` is one literal to rustc: the minus sign widens the span and the range checked.
  func noteNegated(literalAt literal: SourceSpan, by negation: SourceSpan) {
    guard let index = unsuffixedLiterals.lastIndex(where: { $0.span == literal }) else { return }
    unsuffixedLiterals[index].negated = true
    unsuffixedLiterals[index].span = negation
  }

  /// rustc's `overflowing_literals` lint, which is an error by default.
  func checkLiteralRanges() {
    for literal in unsuffixedLiterals {
      guard case .integer(let kind) = table.resolve(literal.type) else { continue }
      if literal.negated, !kind.isSigned {
        var diagnostic = Diagnostic(
          "the trait bound `\(kind.rawValue): Neg` is not satisfied", at: literal.span)
        diagnostic.code = "E0277"
        diagnostic.primaryLabel = "the trait `Neg` is not implemented for `\(kind.rawValue)`"
        diagnostics.append(diagnostic)
        continue
      }
      let fits: Bool
      if kind == .u128 || kind == .i128 {
        fits = kind == .u128 || literal.magnitude <= UInt128(Int128.max) + (literal.negated ? 1 : 0)
      } else {
        let limit = UInt128(kind.maximum) + (literal.negated && kind.isSigned ? 1 : 0)
        fits = literal.magnitude <= limit
      }
      guard !fits else { continue }
      let written = (literal.negated ? "-" : "") + String(literal.magnitude)
      var diagnostic = Diagnostic("literal out of range for `\(kind.rawValue)`", at: literal.span)
      let range = kind.isSigned ? "\(kind.minimum)..=\(kind.maximum)" : "0..=\(kind.maximum)"
      diagnostic.notes = [
        "the literal `\(written)` does not fit into the type `\(kind.rawValue)` whose range is `\(range)`"
      ]
      diagnostics.append(diagnostic)
    }
  }
}
