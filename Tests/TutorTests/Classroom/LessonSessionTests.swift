import Course
import Terminal
import Testing

@testable import Tutor

@Suite struct LessonSessionTests {
  static let questions = [
    PromptQuestion(
      step: 3, text: "How many bytes on the stack?",
      kind: .choice(options: ["8", "16", "24", "32"], correct: 2), explanation: "Three words."),
    PromptQuestion(
      step: 6, text: "Capacity after the push?", kind: .number(answer: "8"), explanation: "It doubled."),
  ]

  typealias Session = LessonSession<FakeTutor>

  static func session(settings: PresenterSettings = .learner, progress: LessonProgress? = nil) -> Session {
    Session(
      tutor: FakeTutor(stepCount: 10), lessonID: "vec-growth", questions: questions, progress: progress,
      settings: settings)
  }

  private func press(_ keys: Key..., on session: inout Session) {
    for key in keys { _ = session.update(.key(key)) }
  }

  @Test func questionStopsTheStepBeforeItsStep() {
    var session = Self.session()
    press(.right, .right, on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.prompt == nil)
    press(.right, on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.prompt?.question.step == 3)
    // Going on is refused until the question is answered.
    press(.right, .pageDown, .character(" "), on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.view(width: 80, height: 24).text.contains("How many bytes on the stack?"))
  }

  @Test func rightAnswerIsScoredThenTheStepIsRevealed() {
    var session = Self.session()
    press(.right, .right, .right, .character("3"), on: &session)
    #expect(session.progress.answers == [.init(step: 3, given: "3", correct: true)])
    #expect(session.tutor.currentStep == 2)
    press(.enter, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 3)
    #expect(session.progress.lastStep == 3)
    // Stepping back and forward again does not ask twice.
    press(.left, .right, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 3)
  }

  @Test func wrongAnswerShowsTheRightOneAndCountsAgainstTheScore() {
    var session = Self.session()
    press(.right, .right, .right, .character("1"), on: &session)
    let screen = session.view(width: 80, height: 24).flowingText
    #expect(screen.contains("you said 1; the answer is 3."))
    #expect(screen.contains("Three words."))
    press(.enter, on: &session)
    #expect(session.progress.right == 0 && session.progress.asked == 1)
  }

  @Test func predictedNumberFlow() {
    var session = Self.session(
      progress: {
        var progress = LessonProgress(lessonID: "vec-growth")
        progress.record(.init(step: 3, given: "3", correct: true))
        return progress
      }())
    session.start(at: 4)
    press(.right, .right, on: &session)
    #expect(session.tutor.currentStep == 5)
    #expect(session.prompt?.question.step == 6)
    press(.character("1"), .character("6"), .backspace, on: &session)
    _ = session.update(.resize(width: 120, height: 40))
    #expect(session.prompt?.typed == "1")
    press(.backspace, .character("8"), .enter, on: &session)
    #expect(session.progress.right == 2 && session.progress.asked == 2)
    press(.enter, on: &session)
    #expect(session.tutor.currentStep == 6)
  }

  @Test func jumpsAndEndStopAtTheFirstUnansweredQuestion() {
    var session = Self.session()
    press(.end, on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.prompt?.question.step == 3)
    press(.escape, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 2)
    press(.character("9"), .enter, on: &session)
    #expect(session.prompt?.question.step == 3)
  }

  @Test func doneOnceTheLastStepIsReached() {
    var session = Self.session()
    press(.right, .right, .right, .character("3"), .enter, on: &session)
    press(.right, .right, .right, on: &session)
    #expect(session.prompt?.question.step == 6)
    press(.character("8"), .enter, .enter, on: &session)
    #expect(session.tutor.currentStep == 6)
    #expect(!session.progress.done)
    press(.end, on: &session)
    #expect(session.tutor.currentStep == 9)
    #expect(session.progress.done)
    #expect(session.progress.statusText == "done")
  }

  @Test func quitAndMenuKeysSayWhyTheSessionEnded() {
    var session = Self.session()
    press(.right, on: &session)
    let goOn = session.update(.key(.character("m")))
    #expect(goOn == false)
    #expect(session.exit == .menu)
    #expect(session.progress.lastStep == 1)
    var other = Self.session()
    let quit = other.update(.key(.character("q")))
    #expect(quit == false)
    #expect(other.exit == .quit)
    var fromMenu = Self.session()
    fromMenu.escapeReturnsToMenu = true
    _ = fromMenu.update(.key(.escape))
    #expect(fromMenu.exit == nil)
    #expect(fromMenu.view(width: 80, height: 24).lines[23].contains("Quit this lesson? y/n"))
    _ = fromMenu.update(.key(.character("y")))
    #expect(fromMenu.exit == .menu)
  }

  @Test func presenterRevealsWithoutScoringAndMovesOn() {
    var session = Self.session(settings: PresenterSettings(presenting: true))
    press(.pageDown, .pageDown, .pageDown, on: &session)
    #expect(session.prompt?.isAnswered == false)
    press(.pageDown, on: &session)
    #expect(session.prompt?.isAnswered == true)
    #expect(session.view(width: 200, height: 60).text.contains("The answer: 3) 24"))
    press(.pageDown, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 3)
    #expect(session.progress.asked == 0)
    // Back and forward again: the question is not asked twice in this session.
    press(.pageUp, .pageDown, on: &session)
    #expect(session.tutor.currentStep == 3)
  }

  @Test func blankScreenHidesEverythingUntilBAgain() {
    var session = Self.session(settings: PresenterSettings(presenting: true))
    press(.right, .character("b"), on: &session)
    #expect(session.settings.blanked)
    #expect(session.view(width: 80, height: 24).text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    press(.right, .pageDown, on: &session)
    #expect(session.tutor.currentStep == 1)
    press(.character("b"), on: &session)
    #expect(!session.settings.blanked)
    #expect(session.view(width: 80, height: 24).lines[0] == "step 2 of 10")
  }

  @Test func autoplayStepsOnTheClockAndPausesAtQuestions() {
    var session = Self.session(settings: PresenterSettings(presenting: true, autoplayDelay: 2))
    #expect(session.wantsTicks)
    _ = session.update(.tick(0))
    _ = session.update(.tick(1.5))
    #expect(session.tutor.currentStep == 0)
    _ = session.update(.tick(2.0))
    #expect(session.tutor.currentStep == 1)
    _ = session.update(.tick(4.0))
    _ = session.update(.tick(6.0))
    #expect(session.tutor.currentStep == 2)
    #expect(session.prompt?.question.step == 3)
    #expect(!session.wantsTicks)
    _ = session.update(.tick(20))
    #expect(session.tutor.currentStep == 2)
    press(.pageDown, .pageDown, on: &session)
    #expect(session.tutor.currentStep == 3)
    _ = session.update(.tick(21))
    _ = session.update(.tick(23))
    #expect(session.tutor.currentStep == 4)
    // `a` pauses and resumes.
    press(.character("a"), on: &session)
    #expect(!session.wantsTicks)
    _ = session.update(.tick(40))
    #expect(session.tutor.currentStep == 4)
  }

  @Test func zoomCyclesThroughThePanelsAndBack() {
    var session = Self.session()
    var seen: [PresenterSettings.Zoom?] = []
    for _ in 0..<4 {
      press(.character("z"), on: &session)
      seen.append(session.settings.zoom)
    }
    #expect(seen == [.stack, .heap, .code, nil])
    press(.character("z"), .character("z"), on: &session)
    #expect(session.view(width: 80, height: 24).lines[1] == "zoom Heap")
  }

  @Test func ownProgramKeepsNoProgress() {
    var session = Session(tutor: FakeTutor(stepCount: 4), lessonID: nil, questions: [])
    press(.right, .right, .character("m"), on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.exit == nil)
    #expect(session.progress.lastStep == 0)
  }

  @Test func helpListsEveryKeyIncludingTheLessonsOwn() {
    var session = Self.session()
    press(.character("?"), on: &session)
    let text = session.view(width: 80, height: 24).text
    for expected in [
      "next step", "answer a multiple-choice question", "blank the screen", "zoom", "lesson menu", "quit",
    ] {
      #expect(text.contains(expected))
    }
    press(.right, on: &session)
    #expect(!session.showingHelp)
    #expect(session.tutor.currentStep == 0)
  }

  @Test func statusLineShowsTheQuestionKeysAndTheScoreFollowsTheAnswer() {
    var session = Self.session()
    press(.right, .right, .right, on: &session)
    let asking = session.view(width: 80, height: 24).lines
    #expect(asking[23].hasPrefix(" Question · 1–4 answer · Esc back · q quit"))
    press(.character("3"), on: &session)
    let answered = session.view(width: 80, height: 24).text
    #expect(answered.contains("Score in this lesson: 1/1 right"))
    #expect(answered.contains("Enter continue"))
  }

  @Test func introductionCardComesFirstAndClosingCardAtTheEnd() {
    var session = Self.session()
    session.closing = ["A Vec doubles its capacity.", "Use `with_capacity` when you know the length."]
    session.introduction = ["This lesson follows a `Vec` as it grows."]
    #expect(session.card == .introduction)
    #expect(
      session.view(width: 80, height: 24).flowingText.contains("This lesson follows a Vec as it grows."))
    // The first key only closes the card.
    press(.right, on: &session)
    #expect(session.card == nil)
    #expect(session.tutor.currentStep == 0)
    press(.right, .right, .right, .character("3"), .enter, on: &session)
    press(.end, on: &session)
    press(.character("8"), .enter, .enter, .end, on: &session)
    #expect(session.tutor.currentStep == 9)
    // The last step is shown first; "next" on it brings the summary.
    #expect(session.card == nil)
    #expect(session.progress.done)
    press(.right, on: &session)
    #expect(session.card == .closing)
    let text = session.view(width: 80, height: 24).flowingText
    #expect(text.contains("Use with_capacity when you know the length."))
    #expect(text.contains("Lesson done · 2/2 right"))
    press(.enter, on: &session)
    #expect(session.card == nil)
    press(.left, .end, on: &session)
    #expect(session.card == nil)
    press(.pageDown, on: &session)
    #expect(session.card == .closing)
  }

  @Test func resumedLessonSkipsTheIntroduction() {
    var progress = LessonProgress(lessonID: "vec-growth")
    progress.lastStep = 2
    var session = Self.session(progress: progress)
    session.introduction = ["Hello."]
    #expect(session.card == nil)
  }

  @Test func presenterJumpsGoWhereAskedButSingleStepsMeetTheQuestions() {
    var session = Self.session(settings: PresenterSettings(presenting: true))
    press(.character("8"), .enter, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 7)
    press(.home, .right, .right, .right, on: &session)
    #expect(session.tutor.currentStep == 2)
    #expect(session.prompt?.question.step == 3)
  }

  @Test func escapeAsksBeforeEndingAPresentation() {
    var session = Self.session(settings: PresenterSettings(presenting: true))
    session.escapeReturnsToMenu = true
    press(.pageDown, on: &session)
    // A stray Esc (some clickers send it) only asks; the next clicker press answers no and moves on.
    let running = session.update(.key(.escape))
    #expect(running)
    #expect(session.exit == nil)
    #expect(session.view(width: 200, height: 60).text.contains("Quit this lesson? y/n"))
    press(.pageDown, on: &session)
    #expect(session.exit == nil)
    #expect(session.tutor.currentStep == 2)
    #expect(!session.view(width: 200, height: 60).text.contains("Quit this lesson?"))
    // n and Esc both say no.
    press(.escape, .character("n"), .escape, .escape, on: &session)
    #expect(session.exit == nil)
    #expect(session.tutor.currentStep == 2)
    let quit = session.update(.key(.character("q")))
    #expect(!quit)
    #expect(session.exit == .quit)
  }

  @Test func escapeClosesAQuestionAndOtherwiseAsksBeforeQuitting() {
    var session = Self.session()
    press(.right, .right, .right, on: &session)
    #expect(session.prompt?.question.step == 3)
    // Inside the question, Esc only closes it: no quitting, no confirmation.
    press(.escape, on: &session)
    #expect(session.prompt == nil)
    #expect(!session.confirmingQuit)
    #expect(session.exit == nil)
    // Outside it, Esc asks; y quits.
    press(.escape, on: &session)
    #expect(session.confirmingQuit)
    #expect(session.view(width: 80, height: 24).lines[23].contains("Quit this lesson? y/n"))
    let running = session.update(.key(.character("y")))
    #expect(!running)
    #expect(session.exit == .quit)
    // The same after a question has been answered and is showing its explanation.
    var answered = Self.session()
    press(.right, .right, .right, .character("3"), .escape, on: &answered)
    #expect(answered.prompt == nil)
    #expect(answered.exit == nil)
    // Esc while a step number is typed cancels the number, not the lesson.
    var typing = Self.session()
    press(.character("4"), .escape, on: &typing)
    #expect(!typing.confirmingQuit)
    #expect(typing.exit == nil)
    #expect(typing.tutor.typed.isEmpty)
  }

  @Test func helpSaysWhatEscDoes() {
    var session = Self.session()
    press(.character("?"), on: &session)
    let text = session.view(width: 80, height: 24).text
    #expect(text.contains("Esc"))
    #expect(text.contains("close a question; else asks: quit? y/n"))
  }

  @Test func readKeyShowsTheWholeNarrationAndAnyKeyClosesIt() {
    var session = Self.session()
    press(.right, .character("r"), on: &session)
    #expect(session.card == .narration)
    #expect(session.view(width: 80, height: 24).flowingText.contains("Narration of step 2, which is long."))
    press(.right, on: &session)
    #expect(session.card == nil)
    #expect(session.tutor.currentStep == 1)
  }

  @Test func clickerBackKeyTakesTheQuestionDown() {
    var session = Self.session(settings: PresenterSettings(presenting: true))
    press(.pageDown, .pageDown, .pageDown, on: &session)
    #expect(session.prompt != nil)
    press(.pageUp, on: &session)
    #expect(session.prompt == nil)
    #expect(session.tutor.currentStep == 2)
    press(.pageUp, on: &session)
    #expect(session.tutor.currentStep == 1)
  }
}
