import Course
import CourseTestSupport
import RustFrontEnd
import Testing

@Suite struct LessonNarratorTests {
  let lesson: Lesson
  let narrator: LessonNarrator

  init() throws {
    lesson = try LessonFixture.lesson()
    narrator = LessonNarrator(lesson: lesson, trace: LessonFixture.trace())
  }

  @Test func narrationAtProgramStart() {
    #expect(narrator.narration(forStep: 0) == "start: 1 frame of 48 bytes")
  }

  @Test func firstRunOnlyAndEveryRun() {
    #expect(narrator.narration(forStep: 1) == "empty: cap 0")
    #expect(narrator.narration(forStep: 2) == "first push: cap 4 (was 0) at 0x555500000010\nlen 1")
    #expect(narrator.narration(forStep: 3) == "len 2")
  }

  @Test func lastRunOfALine() {
    // The call line runs twice (the call, then the return); `>last` is the return.
    #expect(narrator.narration(forStep: 4) == nil)
    #expect(narrator.narration(forStep: 6) == "back in main: 1 frame, len 2")
  }

  @Test func placeholdersInsideACalledFunction() {
    let expectedSlot = LessonFixture.stackTop - 48 - 8
    #expect(
      narrator.narration(forStep: 5)
        == "n = 7 at 0x\(String(expectedSlot, radix: 16)); stack 80 of 65,536; main's v has 2")
  }

  @Test func stepsWithoutNarration() {
    #expect(narrator.narration(forStep: 7) == nil)
    #expect(narrator.narration(forStep: 99) == nil)
  }

  @Test func numberQuestionResolvedFromTheStateAfterItsStep() throws {
    let question = try #require(narrator.question(beforeStep: 2))
    #expect(question.step == 2)
    #expect(question.text == "Capacity after this push?")
    #expect(question.kind == .number(answer: "4"))
    #expect(question.explanation == "It grows to 4, from 0.")
    #expect(question.unit == nil)
    #expect(question.isCorrect("4"))
    #expect(!question.isCorrect("2"))
  }

  @Test func choiceQuestionOnTheSecondRun() throws {
    let question = try #require(narrator.question(beforeStep: 3))
    #expect(question.kind == .choice(options: ["another one", "the same one at 0x555500000010"], correct: 1))
    #expect(question.explanation == "Still 16 bytes.")
    #expect(narrator.questionIndex(beforeStep: 3) == 1)
  }

  @Test func byteCountsCarryAUnit() throws {
    let question = try #require(narrator.question(beforeStep: 5))
    #expect(question.kind == .number(answer: "32"))
    #expect(question.unit == "bytes")
  }

  @Test func allQuestionsInStepOrder() {
    #expect(narrator.questions.map(\.step) == [2, 3, 5])
    #expect(narrator.question(beforeStep: 4) == nil)
  }

  @Test func evaluatorReportsWhyAPlaceholderFails() {
    let evaluator = PlaceholderEvaluator(trace: LessonFixture.trace())
    let at = SourceLocation(line: 1, column: 1)
    func message(_ placeholder: Placeholder, _ step: Int) -> String? {
      if case .failure(let error) = evaluator.evaluate(placeholder, atStep: step) { return error.message }
      return nil
    }
    #expect(message(Placeholder(kind: .cap, name: "v", location: at), 0)?.contains("no value yet") == true)
    #expect(message(Placeholder(kind: .cap, name: "n", location: at), 5)?.contains("no capacity") == true)
    #expect(message(Placeholder(kind: .len, name: "v", location: at), 5)?.contains("main::v") == true)
    #expect(
      message(Placeholder(kind: .frame, name: "nowhere", location: at), 5)?.contains("no function") == true)
    #expect(message(Placeholder(kind: .block, name: "v", location: at), 1)?.contains("heap block") == true)
  }

  @Test func freedBlocksAndCounters() throws {
    let evaluator = PlaceholderEvaluator(trace: LessonFixture.trace())
    let at = SourceLocation(line: 1, column: 1)
    #expect(try evaluator.evaluate(Placeholder(kind: .blocks, location: at), atStep: 3).get() == .number(1))
    #expect(try evaluator.evaluate(Placeholder(kind: .blocks, location: at), atStep: 7).get() == .number(0))
    #expect(try evaluator.evaluate(Placeholder(kind: .deepest, location: at), atStep: 7).get() == .number(2))
    #expect(try evaluator.evaluate(Placeholder(kind: .exit, location: at), atStep: 0).get() == .number(0))
    #expect(
      try evaluator.evaluate(Placeholder(kind: .frame, name: "f", location: at), atStep: 0).get()
        == .number(32))
  }
}
