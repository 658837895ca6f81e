/// A question ready to put to the learner: its words, its kind and its right answer, already
/// resolved from the trace (so the answer cannot disagree with what the panels will show).
package struct PromptQuestion: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// Options shown as `1)`…`4)`; `correct` is the index of the right one.
    case choice(options: [String], correct: Int)
    /// A whole number to type, e.g. a capacity or a size in bytes.
    case number(answer: String)
  }

  /// The question is asked before this step is revealed.
  package var step: Int
  package var text: String
  package var kind: Kind
  /// Why the answer is what it is; shown after a wrong answer (and after a right one).
  package var explanation: String
  /// A word after the typed number, e.g. "bytes".
  package var unit: String?

  package init(step: Int, text: String, kind: Kind, explanation: String, unit: String? = nil) {
    self.step = step
    self.text = text
    self.kind = kind
    self.explanation = explanation
    self.unit = unit
  }

  /// The right answer as the learner would see it: `2) 24 bytes` or `24 bytes`.
  package var answerText: String {
    switch kind {
    case .choice(let options, let correct):
      guard options.indices.contains(correct) else { return "?" }
      return "\(correct + 1)) \(options[correct])"
    case .number(let answer):
      return unit.map { "\(answer) \($0)" } ?? answer
    }
  }

  /// The right answer in the fewest words: the option's number, or the number.
  package var answerNumber: String {
    switch kind {
    case .choice(_, let correct): return String(correct + 1)
    case .number(let answer): return answer
    }
  }

  /// Whether `given` (what was typed, or the chosen option's number) is right.
  package func isCorrect(_ given: String) -> Bool {
    switch kind {
    case .choice(_, let correct):
      return Int(given) == correct + 1
    case .number(let answer):
      guard let typed = Self.normalizedNumber(given), let expected = Self.normalizedNumber(answer)
      else { return false }
      return typed == expected
    }
  }

  /// A decimal integer without sign noise, digit separators or leading zeros, so "007",
  /// "7" and "+7" compare equal. Nil when it is not a whole number.
  package static func normalizedNumber(_ text: String) -> String? {
    var digits = text.filter { $0 != "_" && $0 != "," && $0 != " " }
    var negative = false
    if digits.hasPrefix("-") {
      negative = true
      digits.removeFirst()
    } else if digits.hasPrefix("+") {
      digits.removeFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let trimmed = String(digits.drop { $0 == "0" })
    if trimmed.isEmpty { return "0" }
    return negative ? "-" + trimmed : trimmed
  }
}
