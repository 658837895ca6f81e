import Course
import Terminal

/// The state of one question on screen: what has been typed, and whether it has been answered.
///
/// The owner (a lesson session) puts a prompt up before the question's step is revealed and
/// hands it keys; the prompt says what happened, and the owner reveals the step only after the
/// prompt reports `.proceed`. Keys the prompt does not use come back as `.ignored`, so the
/// owner can still quit or step back.
struct QuestionPrompt: Sendable, Equatable {
  enum Phase: Sendable, Equatable {
    case asking
    /// `given` is nil when the answer was revealed without one (presenter mode).
    case answered(given: String?, correct: Bool)
  }

  enum Outcome: Sendable, Equatable {
    /// The key changed the prompt (a digit typed, a hint shown) or was harmlessly absorbed.
    case handled
    /// The learner answered: record it and show the result.
    case answered(LessonProgress.Answer)
    /// The answer has been seen: reveal the step now.
    case proceed
    /// Esc while asking: take the question down without answering.
    case cancelled
    /// Not a key for the prompt.
    case ignored
  }

  /// Longest number the learner can type; more digits than any answer needs.
  static let maximumTyped = 20

  let question: PromptQuestion
  private(set) var typed = ""
  private(set) var phase = Phase.asking
  /// A short hint after a key that does not fit ("type a number, then Enter").
  private(set) var hint: String?

  init(question: PromptQuestion) {
    self.question = question
  }

  /// A prompt for a question answered earlier, showing that answer.
  init(question: PromptQuestion, previous: LessonProgress.Answer) {
    self.question = question
    phase = .answered(given: previous.given, correct: previous.correct)
  }

  var isAnswered: Bool { phase != .asking }

  mutating func update(_ message: Message) -> Outcome {
    switch message {
    case .key(let key): return handle(key)
    // A resize or a tick changes nothing here: the typed answer stays as it is.
    case .resize, .tick: return .handled
    }
  }

  /// Shows the right answer without scoring it: a teacher asks the room, then reveals.
  mutating func reveal() {
    guard phase == .asking else { return }
    phase = .answered(given: nil, correct: false)
    hint = nil
  }

  private mutating func handle(_ key: Key) -> Outcome {
    switch phase {
    case .asking: return handleAsking(key)
    case .answered:
      switch key {
      case .enter, .right, .pageDown, .character(" "), .character("l"), .character("n"):
        return .proceed
      default:
        return .ignored
      }
    }
  }

  private mutating func handleAsking(_ key: Key) -> Outcome {
    if key == .escape {
      return .cancelled
    }
    switch question.kind {
    case .choice(let options, _):
      if case .character(let character) = key, let number = character.wholeNumberValue,
        character.isASCII
      {
        guard (1...options.count).contains(number) else {
          hint = "choose 1–\(options.count)"
          return .handled
        }
        return answer(String(number))
      }
      if Self.isForward(key) {
        hint = "press a number, 1–\(options.count)"
        return .handled
      }
      return .ignored
    case .number:
      switch key {
      case .character(let character) where character.isASCII && character.isNumber:
        if typed.count < Self.maximumTyped { typed.append(character) }
        hint = nil
        return .handled
      case .character("-") where typed.isEmpty:
        typed = "-"
        return .handled
      case .backspace, .delete:
        if !typed.isEmpty { typed.removeLast() }
        hint = nil
        return .handled
      case .enter:
        guard PromptQuestion.normalizedNumber(typed) != nil else {
          hint = "type a number, then Enter"
          return .handled
        }
        return answer(typed)
      default:
        if Self.isForward(key) {
          hint = "type a number, then Enter"
          return .handled
        }
        return .ignored
      }
    }
  }

  private mutating func answer(_ given: String) -> Outcome {
    let correct = question.isCorrect(given)
    phase = .answered(given: given, correct: correct)
    hint = nil
    return .answered(LessonProgress.Answer(step: question.step, given: given, correct: correct))
  }

  /// Keys that mean "go on": while a question waits for its answer they must not skip it.
  private static func isForward(_ key: Key) -> Bool {
    switch key {
    case .enter, .right, .pageDown, .character(" "), .character("l"), .character("n"): return true
    default: return false
    }
  }
}
