import Course
import Terminal
import Testing

@testable import Tutor

/// A presenter's clicker sends PgDn (forward) and PgUp (back); some send → ← or Space. Each
/// press is one step, even when it lands in the middle of an animation: the animation is cut
/// short and the step still happens.
@Suite struct PresenterClickerTests {
  static func presenterSession(lesson number: String) throws -> LessonSession<TutorState> {
    let library = LessonLibrary.load(extraFolders: [])
    let lesson = try library.resolve(number)
    let launcher = LessonLauncher(
      options: TutorOptions(animate: true), settings: PresenterSettings(presenting: true))
    guard case .session(let opened) = launcher.open(lesson, progress: nil) else {
      Issue.record("lesson \(number) did not open")
      throw LessonOpenFailure()
    }
    // The lesson's tutor without its questions (a question takes presses of its own: one to
    // reveal the answer, one to go on), so that every press is a step.
    var session = LessonSession(
      tutor: opened.tutor, lessonID: nil, questions: [], settings: PresenterSettings(presenting: true))
    _ = session.update(.resize(width: 200, height: 60))
    return session
  }

  struct LessonOpenFailure: Error {}

  @Test(arguments: [Key.pageDown, .right, .character(" ")])
  func sixPressesDuringAnimationsAreSixSteps(key: Key) throws {
    // Lesson 3 calls `greet` twice: the calls and returns animate.
    var session = try Self.presenterSession(lesson: "3")
    #expect(session.tutor.currentStep == 0)
    var pressedDuringAnimation = 0
    for press in 1...6 {
      if session.tutor.wantsTicks { pressedDuringAnimation += 1 }
      // No tick in between: every press after an animated step lands while it still runs.
      _ = session.update(.key(key))
      #expect(session.tutor.currentStep == press, "press \(press)")
    }
    #expect(pressedDuringAnimation >= 2, "the presses should land during animations")
  }

  @Test func backPressesDuringAnAnimationStepBackOneEach() throws {
    var session = try Self.presenterSession(lesson: "3")
    for _ in 1...4 { _ = session.update(.key(.pageDown)) }
    #expect(session.tutor.currentStep == 4)
    _ = session.update(.key(.pageUp))
    _ = session.update(.key(.pageUp))
    #expect(session.tutor.currentStep == 2)
  }
}
