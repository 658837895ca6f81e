import Execution
import Foundation
import RustFrontEnd

/// A lesson's words matched to the steps of its trace: what to say at each step and
/// which question to ask before it, with every placeholder filled in.
///
/// Built once per trace (it indexes the steps of the lines the lesson talks about), then
/// cheap to ask for any step, in any order.
package struct LessonNarrator: Sendable {
  package let lesson: Lesson
  package let trace: Trace
  /// For each line the lesson attaches words to, the steps that ran it, in order.
  private let stepsByLine: [Int: [Int]]
  /// The question asked before each step that has one.
  private let questionsByStep: [Int: LessonQuestion]

  package init(lesson: Lesson, trace: Trace) {
    self.lesson = lesson
    self.trace = trace
    let anchored = Set(lesson.narrations.map(\.line) + lesson.questions.map(\.line))
    var stepsByLine: [Int: [Int]] = [:]
    for (index, step) in trace.steps.enumerated() where anchored.contains(Int(step.line)) {
      stepsByLine[Int(step.line), default: []].append(index)
    }
    self.stepsByLine = stepsByLine
    var questionsByStep: [Int: LessonQuestion] = [:]
    for question in lesson.questions {
      for step in Self.selectedSteps(question.selector, of: stepsByLine[question.line] ?? [])
      where questionsByStep[step] == nil {
        questionsByStep[step] = question
      }
    }
    self.questionsByStep = questionsByStep
  }

  /// The lesson's narration for `step` (paragraphs separated by a newline), or nil when the
  /// lesson says nothing there. Placeholders that cannot be filled in show as `?`.
  package func narration(forStep step: Int, states: StateCursor? = nil) -> String? {
    let blocks = narrations(atStep: step)
    guard !blocks.isEmpty else { return nil }
    return blocks.map { render($0.text, atStep: step, states: states) }.joined(separator: "\n")
  }

  /// The question to ask before `step` is shown, its answer read from the state after
  /// `step`; nil when there is none or its answer cannot be worked out.
  package func question(beforeStep step: Int, states: StateCursor? = nil) -> PromptQuestion? {
    guard let question = questionsByStep[step] else { return nil }
    return resolve(question, atStep: step, states: states)
  }

  /// Every question of the lesson, resolved and sorted by the step it is asked before
  /// (what `LessonSession` takes).
  package var questions: [PromptQuestion] {
    let states = StateCursor(trace: trace)
    return questionSteps.compactMap { question(beforeStep: $0, states: states) }
  }

  /// The lesson's question (its position among the lesson's questions, from 0) asked
  /// before `step`, for scoring.
  package func questionIndex(beforeStep step: Int) -> Int? {
    questionsByStep[step]?.index
  }

  /// Every step that has a question before it, in order.
  package var questionSteps: [Int] { questionsByStep.keys.sorted() }

  /// The steps at which each narration block is shown (for checking and coverage).
  package func steps(of narration: LessonNarration) -> [Int] {
    Self.selectedSteps(narration.selector, of: stepsByLine[narration.line] ?? [])
  }

  /// The steps before which a question is asked.
  package func steps(of question: LessonQuestion) -> [Int] {
    Self.selectedSteps(question.selector, of: stepsByLine[question.line] ?? [])
  }

  /// The narration blocks shown at `step`.
  package func narrations(atStep step: Int) -> [LessonNarration] {
    guard trace.steps.indices.contains(step) else { return [] }
    let line = Int(trace.steps[step].line)
    guard let steps = stepsByLine[line], let position = Self.position(of: step, in: steps) else { return [] }
    return lesson.narrations(forLine: line).filter {
      // The first steps of a longer run do not know which run of a line is the last.
      (trace.isComplete || !$0.selector.countsFromTheEnd)
        && $0.selector.selects(occurrence: position + 1, of: steps.count)
    }
  }

  /// Fills a question's placeholders at `step`; nil when the answer cannot be worked out.
  package func resolve(_ question: LessonQuestion, atStep step: Int, states: StateCursor? = nil)
    -> PromptQuestion?
  {
    let kind: PromptQuestion.Kind
    var unit: String? = nil
    switch question.kind {
    case .choice(let options, let correct):
      kind = .choice(options: options.map { render($0, atStep: step, states: states) }, correct: correct)
    case .number(let answer):
      guard let value = number(answer, atStep: step, states: states) else { return nil }
      kind = .number(answer: String(value))
      if let placeholder = answer.placeholders.first, placeholder.kind.countsBytes { unit = "bytes" }
    }
    return PromptQuestion(
      step: step, text: render(question.prompt, atStep: step, states: states), kind: kind,
      explanation: render(question.explanation, atStep: step, states: states), unit: unit)
  }

  /// The template with placeholders filled in at `step` (`?` where one cannot be).
  package func render(_ template: TextTemplate, atStep step: Int, states: StateCursor? = nil) -> String {
    let evaluator = PlaceholderEvaluator(trace: trace, states: states)
    // The `before` placeholders first, so a cursor only ever moves forward within a step.
    var texts: [SourceLocation: String] = [:]
    for timing in [Placeholder.Timing.before, .after] {
      for placeholder in template.placeholders where placeholder.timing == timing {
        guard let value = try? evaluator.evaluate(placeholder, atStep: step).get() else { continue }
        texts[placeholder.location] = placeholder.kind == .value ? value.rendered : value.readable
      }
    }
    return template.rendered { texts[$0.location] ?? "?" }
  }

  /// A number answer: its one placeholder's value, or the literal number written.
  package func number(_ answer: TextTemplate, atStep step: Int, states: StateCursor? = nil) -> Int? {
    if let placeholder = answer.placeholders.first {
      let evaluator = PlaceholderEvaluator(trace: trace, states: states)
      return (try? evaluator.evaluate(placeholder, atStep: step).get())?.integer
    }
    return Int(answer.source.trimmingCharacters(in: .whitespaces))
  }

  package static func selectedSteps(_ selector: OccurrenceSelector, of steps: [Int]) -> [Int] {
    selector.selectedIndices(of: steps.count).map { steps[$0] }
  }

  /// Binary search: where `step` sits in the sorted `steps`.
  private static func position(of step: Int, in steps: [Int]) -> Int? {
    var low = 0
    var high = steps.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if steps[mid] == step { return mid }
      if steps[mid] < step { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }
}
