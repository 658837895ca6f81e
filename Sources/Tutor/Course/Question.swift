import Foundation

/// A question ready to ask: every placeholder filled in from the trace.
struct Question: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Pick one option (keys 1…n); `correct` indexes `options`.
    case choice(options: [String], correct: Int)
    /// Type a whole number.
    case number(answer: Int)
  }

  /// 0-based position among the lesson's questions.
  var index: Int
  /// The step it is asked before; the answer describes the state after this step.
  var step: Int
  /// The code line whose step is about to be shown.
  var line: Int
  var prompt: String
  var kind: Kind
  var explanation: String

  /// Whether `response` (an option number from 1, or a typed number) is right.
  /// Typed numbers may use `_` or `,` as digit separators.
  func accepts(_ response: String) -> Bool {
    let cleaned = response.trimmingCharacters(in: .whitespaces)
      .filter { $0 != "_" && $0 != "," }
    switch kind {
    case .choice(_, let correct):
      return Int(cleaned) == correct + 1
    case .number(let answer):
      return Int(cleaned) == answer
    }
  }

  /// The right answer as the learner would type or pick it: `"3"` or `"2 (on the heap)"`.
  var answerText: String {
    switch kind {
    case .choice(let options, let correct):
      let option = options.indices.contains(correct) ? options[correct] : ""
      return "\(correct + 1) (\(option))"
    case .number(let answer):
      return String(answer)
    }
  }
}
