import Course
import Screen
import Terminal
import Testing

@testable import Tutor

@Suite struct QuestionPromptTests {
  static let sizeQuestion = PromptQuestion(
    step: 4, text: "How many bytes does `s` take on the stack?",
    kind: .choice(options: ["8", "11", "24", "it depends on the text"], correct: 2),
    explanation: "A String is three words (pointer, length, capacity): 3 × 8 = 24 bytes.")
  static let capacityQuestion = PromptQuestion(
    step: 9, text: "What is the capacity after this push?", kind: .number(answer: "8"),
    explanation: "The buffer was full (len 4 = cap 4), so it doubled.", unit: "elements")

  private func press(_ keys: [Key], on prompt: inout QuestionPrompt) -> [QuestionPrompt.Outcome] {
    keys.map { prompt.update(.key($0)) }
  }

  @Test func rightChoiceIsScoredAndThenProceeds() {
    var prompt = QuestionPrompt(question: Self.sizeQuestion)
    #expect(prompt.update(.key(.character("3"))) == .answered(.init(step: 4, given: "3", correct: true)))
    #expect(prompt.phase == .answered(given: "3", correct: true))
    #expect(prompt.update(.key(.character("1"))) == .ignored)
    #expect(prompt.phase == .answered(given: "3", correct: true))
    #expect(prompt.update(.key(.enter)) == .proceed)
  }

  @Test func wrongChoiceShowsTheRightAnswerAndExplanation() {
    var prompt = QuestionPrompt(question: Self.sizeQuestion)
    #expect(prompt.update(.key(.character("2"))) == .answered(.init(step: 4, given: "2", correct: false)))
    var buffer = ScreenBuffer(width: 80, height: 24)
    QuestionPanel(prompt: prompt, ascii: true).draw(into: &buffer, x: 0, y: 0, width: 80, height: 24)
    let text = buffer.flowingText
    #expect(text.contains("Not quite: you said 2; the answer is 3."))
    #expect(text.contains("3 × 8 = 24 bytes."))
    #expect(text.contains("Enter continue"))
  }

  @Test func forwardKeysCannotSkipAnUnansweredQuestion() {
    var prompt = QuestionPrompt(question: Self.sizeQuestion)
    let outcomes = press([.enter, .right, .pageDown, .character(" "), .character("9")], on: &prompt)
    #expect(outcomes.allSatisfy { $0 == .handled })
    #expect(prompt.phase == .asking)
    #expect(prompt.hint == "choose 1–4")
    #expect(prompt.update(.key(.left)) == .ignored)
    #expect(prompt.update(.key(.escape)) == .cancelled)
  }

  @Test func predictedNumberTypedWithCorrections() {
    var prompt = QuestionPrompt(question: Self.capacityQuestion)
    _ = press(
      [.character("1"), .character("6"), .backspace, .backspace, .character("0"), .character("8")],
      on: &prompt)
    #expect(prompt.typed == "08")
    #expect(prompt.update(.key(.enter)) == .answered(.init(step: 9, given: "08", correct: true)))
    var buffer = ScreenBuffer(width: 80, height: 24)
    QuestionPanel(prompt: prompt).draw(into: &buffer, x: 0, y: 0, width: 80, height: 24)
    #expect(buffer.text.contains("✓ Right: 8 elements"))
  }

  @Test func wrongPredictionGivesTheValueFromTheQuestion() {
    var prompt = QuestionPrompt(question: Self.capacityQuestion)
    _ = press([.character("5")], on: &prompt)
    #expect(prompt.update(.key(.enter)) == .answered(.init(step: 9, given: "5", correct: false)))
    var buffer = ScreenBuffer(width: 60, height: 20)
    QuestionPanel(prompt: prompt).draw(into: &buffer, x: 0, y: 0, width: 60, height: 20)
    let text = buffer.flowingText
    #expect(text.contains("you said 5; the answer is 8"))
    #expect(text.contains("it doubled"))
  }

  @Test func enterWithNothingTypedAsksForANumber() {
    var prompt = QuestionPrompt(question: Self.capacityQuestion)
    #expect(prompt.update(.key(.enter)) == .handled)
    #expect(prompt.hint == "type a number, then Enter")
    #expect(prompt.phase == .asking)
    _ = press([.character("-")], on: &prompt)
    #expect(prompt.update(.key(.enter)) == .handled)
    #expect(prompt.phase == .asking)
  }

  @Test func resizeKeepsTheTypedAnswer() {
    var prompt = QuestionPrompt(question: Self.capacityQuestion)
    _ = press([.character("1"), .character("2")], on: &prompt)
    #expect(prompt.update(.resize(width: 100, height: 30)) == .handled)
    #expect(prompt.update(.tick(1.5)) == .handled)
    #expect(prompt.typed == "12")
    var small = ScreenBuffer(width: 80, height: 24)
    QuestionPanel(prompt: prompt).draw(into: &small, x: 0, y: 0, width: 80, height: 24)
    var large = ScreenBuffer(width: 200, height: 60)
    QuestionPanel(prompt: prompt).draw(into: &large, x: 0, y: 0, width: 200, height: 60)
    #expect(small.text.contains("Your answer: 12_ elements"))
    #expect(large.text.contains("Your answer: 12_ elements"))
  }

  @Test func typedLengthIsBounded() {
    var prompt = QuestionPrompt(question: Self.capacityQuestion)
    _ = press(Array(repeating: .character("9"), count: 40), on: &prompt)
    #expect(prompt.typed.count == QuestionPrompt.maximumTyped)
  }

  @Test func revealShowsTheAnswerWithoutScoring() {
    var prompt = QuestionPrompt(question: Self.sizeQuestion)
    prompt.reveal()
    #expect(prompt.phase == .answered(given: nil, correct: false))
    var buffer = ScreenBuffer(width: 200, height: 60)
    QuestionPanel(prompt: prompt, presenter: true).draw(into: &buffer, x: 0, y: 0, width: 200, height: 60)
    #expect(buffer.text.contains("The answer: 3) 24"))
    #expect(!buffer.text.contains("Enter continue"))
    #expect(prompt.update(.key(.pageDown)) == .proceed)
  }

  @Test func numbersCompareByValue() {
    #expect(PromptQuestion.normalizedNumber("0024") == "24")
    #expect(PromptQuestion.normalizedNumber("1_000") == "1000")
    #expect(PromptQuestion.normalizedNumber("-0") == "0")
    #expect(PromptQuestion.normalizedNumber("-") == nil)
    #expect(PromptQuestion.normalizedNumber("12a") == nil)
    #expect(Self.capacityQuestion.isCorrect("8"))
    #expect(!Self.capacityQuestion.isCorrect("80"))
  }

  @Test func panelDrawsABoxWithOptionsAtTheSmallestSize() {
    let prompt = QuestionPrompt(question: Self.sizeQuestion)
    var buffer = ScreenBuffer(width: 80, height: 24)
    QuestionPanel(prompt: prompt).draw(into: &buffer, x: 0, y: 0, width: 80, height: 24)
    let lines = buffer.lines
    let top = try? #require(lines.firstIndex { $0.contains("┌─ Question ") })
    #expect(top != nil)
    #expect(lines.contains { $0.contains("│ 1) 8") })
    #expect(lines.contains { $0.contains("│ 4) it depends on the text") })
    #expect(lines.contains { $0.contains("1–4 answer · Esc back") })
    #expect(lines.contains { $0.contains("└") && $0.contains("┘") })
    // The box is centred: the same margin left and right.
    if let row = lines.first(where: { $0.contains("┌") }),
      let left = row.firstIndex(of: "┌"), let right = row.firstIndex(of: "┐")
    {
      let leftMargin = row.distance(from: row.startIndex, to: left)
      let rightMargin = 80 - 1 - row.distance(from: row.startIndex, to: right)
      #expect(abs(leftMargin - rightMargin) <= 1)
    }
  }

  @Test func tooManyLinesStillShowTheVerdict() {
    let long = PromptQuestion(
      step: 1, text: String(repeating: "word ", count: 200), kind: .number(answer: "3"),
      explanation: "short")
    var prompt = QuestionPrompt(question: long)
    _ = prompt.update(.key(.character("3")))
    _ = prompt.update(.key(.enter))
    var buffer = ScreenBuffer(width: 80, height: 24)
    QuestionPanel(prompt: prompt).draw(into: &buffer, x: 0, y: 0, width: 80, height: 24)
    #expect(buffer.text.contains("✓ Right: 3"))
    #expect(buffer.text.contains("Enter continue"))
  }
}
