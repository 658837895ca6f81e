import Course
import Foundation
import Terminal
import TestSupport
import Testing

@testable import Tutor

@Suite struct RootModelTests {
  typealias Root = RootModel<FakeTutor>

  static let lessons: [(id: String, title: String, steps: Int)] = [
    ("where-a-value-lives", "Where a value lives", 10), ("frames", "Frames", 6),
  ]

  static let course = Root.Course(
    entries: { progress in
      lessons.enumerated().map { index, lesson in
        MenuEntry(
          id: lesson.id, number: index + 1, title: lesson.title, summary: "About \(lesson.title).",
          stepCount: lesson.steps, progress: progress.lessons[lesson.id])
      }
    },
    open: { id, saved in
      guard let lesson = lessons.first(where: { $0.id == id }) else {
        return .message(MessageScreen(title: "cannot open \(id)", text: "no such lesson"))
      }
      return .session(
        LessonSession(
          tutor: FakeTutor(stepCount: lesson.steps), lessonID: id,
          questions: id == "where-a-value-lives" ? LessonSessionTests.questions : [], progress: saved))
    })

  private func press(_ keys: Key..., on root: inout Root) -> Bool {
    var running = true
    for key in keys { running = root.update(.key(key)) }
    return running
  }

  private func currentStep(_ root: Root) -> Int? {
    if case .lesson(let session) = root.screen { return session.tutor.currentStep }
    return nil
  }

  @Test func answerQuitRestartResumesAtTheSameStep() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url.appendingPathComponent("memtutor"))

    var first = Root(course: Self.course, progress: store.load().progress, store: store)
    _ = first.update(.resize(width: 80, height: 24))
    #expect(first.view(width: 80, height: 24).text.contains("▶   1  Where a value lives"))
    _ = press(.enter, .right, .right, .right, on: &first)
    #expect(first.view(width: 80, height: 24).text.contains("How many bytes on the stack?"))
    _ = press(.character("3"), .enter, .right, on: &first)
    #expect(currentStep(first) == 4)
    let running = press(.character("q"), on: &first)
    #expect(running == false)

    let loaded = store.load()
    #expect(loaded.notice == nil)
    #expect(loaded.progress.lastOpened == "where-a-value-lives")
    #expect(loaded.progress["where-a-value-lives"].lastStep == 4)
    #expect(loaded.progress["where-a-value-lives"].scoreText == "1/1 right")

    var second = Root(course: Self.course, progress: loaded.progress, store: store)
    _ = second.update(.resize(width: 80, height: 24))
    let menu = second.view(width: 80, height: 24).text
    #expect(menu.contains("Continue: 1 Where a value lives, at step 5 of 10, 1/1 right."))
    _ = press(.enter, on: &second)
    #expect(currentStep(second) == 4)
    #expect(second.view(width: 80, height: 24).lines[0] == "step 5 of 10")
    // The answered question is not asked again after stepping back over it.
    _ = press(.left, .left, .right, .right, on: &second)
    #expect(currentStep(second) == 4)
  }

  @Test func menuKeyReturnsToTheMenuWithTheLessonSelectedAndProgressShown() {
    var root = Root(course: Self.course, progress: CourseProgress(), store: nil)
    _ = press(.down, .enter, .right, .right, .character("m"), on: &root)
    guard case .menu(let menu) = root.screen else {
      Issue.record("expected the menu")
      return
    }
    #expect(menu.selectedEntry?.id == "frames")
    #expect(root.view(width: 80, height: 24).text.contains("at step 3 of 6"))
    _ = press(.enter, on: &root)
    #expect(currentStep(root) == 2)
    _ = press(.escape, on: &root)
    if case .lesson = root.screen {} else { Issue.record("Esc should ask before leaving the lesson") }
    #expect(root.view(width: 80, height: 24).text.contains("Quit this lesson? y/n"))
    _ = press(.character("y"), on: &root)
    if case .menu = root.screen {} else { Issue.record("Esc, y should lead back to the menu") }
  }

  @Test func finishedLessonStartsOverAndStaysDone() {
    var progress = CourseProgress()
    var frames = LessonProgress(lessonID: "frames")
    frames.lastStep = 5
    frames.done = true
    progress["frames"] = frames
    var root = Root(course: Self.course, progress: progress, store: nil)
    _ = press(.character("2"), .enter, on: &root)
    #expect(currentStep(root) == 0)
    #expect(root.progress["frames"].done)
  }

  @Test func lessonThatCannotOpenShowsWhyAndGoesBack() {
    let broken = Root.Course(
      entries: Self.course.entries,
      open: { id, _ in
        .message(MessageScreen(title: "memtutor cannot run \(id)", text: "x.rs:1:1: error: nope"))
      })
    var root = Root(course: broken, progress: CourseProgress(), store: nil)
    _ = root.update(.resize(width: 80, height: 24))
    _ = press(.enter, on: &root)
    let text = root.view(width: 80, height: 24).text
    #expect(text.contains("x.rs:1:1: error: nope"))
    #expect(text.contains("q back to the menu"))
    let running = press(.character("q"), on: &root)
    #expect(running)
    if case .menu = root.screen {} else { Issue.record("q should lead back to the menu") }
  }

  @Test func saveProblemsAreShownInTheMenuNotHidden() throws {
    let temporary = try TemporaryDirectory()
    let blocker = temporary.url.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let store = ProgressStore(directory: blocker.appendingPathComponent("memtutor"))
    var root = Root(course: Self.course, progress: CourseProgress(), store: store)
    _ = press(.enter, .right, .character("m"), on: &root)
    #expect(root.saveProblem?.contains("cannot save progress") == true)
    #expect(root.view(width: 80, height: 24).text.contains("cannot save progress"))
  }

  @Test func presenterStartsAtTheBeginningAndLeavesProgressAlone() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    var saved = CourseProgress()
    var frames = LessonProgress(lessonID: "frames")
    frames.lastStep = 3
    saved["frames"] = frames
    try store.save(saved)
    let presenting = Root.Course(
      entries: Self.course.entries,
      open: { id, progress in
        .session(
          LessonSession(
            tutor: FakeTutor(stepCount: 6), lessonID: id, questions: [], progress: progress,
            settings: PresenterSettings(presenting: true)))
      })
    var root = Root(course: presenting, progress: saved, store: store)
    _ = press(.character("2"), .enter, on: &root)
    #expect(currentStep(root) == 0)
    _ = press(.pageDown, .pageDown, .character("q"), on: &root)
    #expect(store.load().progress == saved)
  }
}
