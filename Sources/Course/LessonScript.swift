import Execution
import Foundation

/// A lesson's words as the learner meets them, step by step, with every placeholder filled
/// in: the introduction, each question and narration at its step, and the closing summary.
///
/// `memtutor check --script` prints it, so a teacher can read a lesson through with the real
/// numbers; the golden tests keep one per lesson.
package struct LessonScript {
  package let lesson: Lesson
  package let trace: Trace

  package func rendered() -> String {
    let narrator = LessonNarrator(lesson: lesson, trace: trace)
    let lines = lesson.source.split(separator: "\n", omittingEmptySubsequences: false)
    var out = "\(lesson.number). \(lesson.title)\n\(lesson.summary)\n"
    for paragraph in lesson.intro { out += "\n" + paragraph + "\n" }
    if let expected = lesson.expectedError {
      out += "\nrustc rejects this program with \(expected.code)"
      if let message = expected.message { out += ": \(message)" }
      if let location = expected.primaryLocation {
        out += " (line \(location.line), column \(location.column))"
      }
      out += "\n"
    }
    let states = StateCursor(trace: trace)
    for step in trace.steps.indices {
      let question = narrator.question(beforeStep: step, states: states)
      let narration = narrator.narration(forStep: step, states: states)
      guard question != nil || narration != nil else { continue }
      let lineNumber = Int(trace.steps[step].line)
      let code =
        lines.indices.contains(lineNumber - 1)
        ? lines[lineNumber - 1].trimmingCharacters(in: .whitespaces) : ""
      out += "\nstep \(step + 1), line \(lineNumber): \(code)\n"
      if let question { out += Self.describe(question) }
      if let narration {
        for paragraph in narration.split(separator: "\n") { out += "  > \(paragraph)\n" }
      }
    }
    out += "\n"
    for paragraph in lesson.closing { out += paragraph + "\n" }
    return out
  }

  private static func describe(_ question: PromptQuestion) -> String {
    var out = "  ? \(question.text)\n"
    switch question.kind {
    case .choice(let options, let correct):
      for (index, option) in options.enumerated() {
        out += "    \(index + 1)) \(option)\(index == correct ? "   <- right" : "")\n"
      }
    case .number:
      out += "    answer: \(question.answerText)\n"
    }
    out += "    = \(question.explanation)\n"
    return out
  }

  package init(lesson: Lesson, trace: Trace) {
    self.lesson = lesson
    self.trace = trace
  }
}
