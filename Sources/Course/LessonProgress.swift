import Foundation

/// What the learner has done in one lesson: where they stopped, what they answered, how it went.
package struct LessonProgress: Codable, Sendable, Equatable {
  /// One answered question. Keyed by the step the question is asked before, which is how
  /// lessons attach questions.
  package struct Answer: Codable, Sendable, Equatable {
    package var step: Int
    package var given: String
    package var correct: Bool

    package init(step: Int, given: String, correct: Bool) {
      self.step = step
      self.given = given
      self.correct = correct
    }
  }

  package var lessonID: String
  /// The step the learner was looking at when they last left the lesson.
  package var lastStep: Int = 0
  /// The lesson's length when it was last opened (to show "at step k of N" without tracing).
  package var stepCount: Int?
  package var answers: [Answer] = []
  package var done = false
  package var updatedAt: Date?

  package init(lessonID: String) {
    self.lessonID = lessonID
  }

  /// Questions answered right, counting the first answer given to each question.
  package var right: Int { answers.filter(\.correct).count }
  /// Questions answered so far.
  package var asked: Int { answers.count }

  package func answer(forStep step: Int) -> Answer? {
    answers.first { $0.step == step }
  }

  /// Records an answer. The first answer to a question is the one that counts; later ones
  /// (after stepping back) do not change the score.
  package mutating func record(_ answer: Answer) {
    guard self.answer(forStep: answer.step) == nil else { return }
    answers.append(answer)
    answers.sort { $0.step < $1.step }
  }

  /// "not started", "at step 3 of 41", "done": where the learner stands, in words.
  package var statusText: String {
    if done { return "done" }
    if lastStep == 0 && answers.isEmpty { return "not started" }
    if let stepCount { return "at step \(lastStep + 1) of \(stepCount)" }
    return "at step \(lastStep + 1)"
  }

  /// "2/3 right", or nil when no question has been answered yet.
  package var scoreText: String? {
    asked == 0 ? nil : "\(right)/\(asked) right"
  }

  /// The largest step number taken from a file: far beyond any lesson's length, and small enough
  /// that arithmetic on it (`lastStep + 1`) cannot overflow.
  package static let stepLimit = 1_000_000_000

  /// This progress with every value inside what memtutor can use, and a note for each value
  /// changed: a step out of range is clamped, an answer to a step out of range is dropped.
  package func validated() -> (progress: LessonProgress, problems: [String]) {
    var fixed = self
    var problems: [String] = []
    let steps = 0...Self.stepLimit
    if let count = stepCount, !(1...Self.stepLimit).contains(count) {
      problems.append("stepCount \(count) is out of range; dropped")
      fixed.stepCount = nil
    }
    if !steps.contains(lastStep) {
      let clamped = lastStep < 0 ? 0 : max(0, (fixed.stepCount ?? 1) - 1)
      problems.append("lastStep \(lastStep) is out of range; set to \(clamped)")
      fixed.lastStep = clamped
    }
    var seen = Set<Int>()
    fixed.answers = answers.filter { answer in
      guard steps.contains(answer.step) else {
        problems.append("an answer for step \(answer.step) is out of range; dropped")
        return false
      }
      guard seen.insert(answer.step).inserted else {
        problems.append("a second answer for step \(answer.step); dropped")
        return false
      }
      return true
    }
    fixed.answers.sort { $0.step < $1.step }
    return (fixed, problems)
  }

  private enum CodingKeys: String, CodingKey {
    case lessonID, lastStep, stepCount, answers, done, updatedAt
  }

  // Tolerant decoding: a field missing (an older file) takes its default instead of making
  // the whole file unreadable.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    lessonID = try container.decode(String.self, forKey: .lessonID)
    lastStep = try container.decodeIfPresent(Int.self, forKey: .lastStep) ?? 0
    stepCount = try container.decodeIfPresent(Int.self, forKey: .stepCount)
    answers = try container.decodeIfPresent([Answer].self, forKey: .answers) ?? []
    done = try container.decodeIfPresent(Bool.self, forKey: .done) ?? false
    updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt)
  }
}
