import Course
import Foundation
import TestSupport
import Testing

extension EndToEndTests {
  /// A learner under tmux: opens a lesson, answers its question, quits, starts memtutor again
  /// and is taken back to the same step. The course is a one-lesson folder written here, and
  /// progress goes to a temporary state directory. Animations are off, so that what is on
  /// screen never waits for an animation to end.
  @Suite(.enabled(if: TmuxDriver.isAvailable, "tmux not installed (.ci/run installs it)"))
  struct ClassroomEndToEndTests {
    static let lesson = """
      //! title: A Vec grows
      //! summary: Two pushes into an empty Vec.
      //!
      //! A short lesson: an empty Vec, then two pushes.

      fn main() {
          // > `v` starts empty: no heap block yet.
          let mut v: Vec<i32> = Vec::new();
          // ? number: What capacity will v have after this push?
          // + {cap v}
          // = The first allocation makes room for 4 elements of 4 bytes.
          v.push(1);
          v.push(2);
          println!("{}", v.len());
      }

      //~ Two pushes, one allocation.

      """

    /// A scratch folder with the course, the state directory and an empty data directory.
    final class Setup {
      let root: URL
      var lessons: URL { root.appendingPathComponent("lessons") }
      var state: URL { root.appendingPathComponent("state") }
      var environment: [String: String] {
        [
          "MEMTUTOR_LESSONS": lessons.path, "XDG_STATE_HOME": state.path,
          "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        ]
      }

      init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
          "memtutor-classroom-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try ClassroomEndToEndTests.lesson.write(
          to: lessons.appendingPathComponent("01-growth.rs"), atomically: true, encoding: .utf8)
      }

      deinit { try? FileManager.default.removeItem(at: root) }

      func savedProgress() -> CourseProgress {
        ProgressStore(directory: state.appendingPathComponent("memtutor")).load().progress
      }
    }

    @Test func answersQuitsAndIsResumedAtTheSameStep() async throws {
      let setup = try Setup()
      let first = try await TmuxDriver.start(
        ["1", "--no-animation"], width: 100, height: 30, environment: setup.environment)
      defer { first.stop() }
      try await first.waitFor("Before you start")
      try await first.sendKeys("Enter")
      try await first.waitFor("step 1/6")
      try await first.sendKeys("Right")
      try await first.waitFor("step 2/6")
      // The next step is the push: its question comes first, and holds the tutor back.
      try await first.sendKeys("Right")
      try await first.waitFor("What capacity will v have after this push?")
      try await first.sendKeys("Right")
      try await first.waitFor("type a number, then Enter")
      try await first.type("4")
      try await first.waitFor("Your answer: 4_")
      try await first.sendKeys("Enter")
      let verdict = try await first.waitFor("Right: 4")
      #expect(verdict.contains("Score in this lesson: 1/1 right"))
      try await first.sendKeys("Enter")
      try await first.waitUntil("step 3 without the question") {
        $0.contains("step 3/6") && !$0.contains("What capacity")
      }
      try await first.sendKeys("Right")
      try await first.waitFor("step 4/6")
      try await first.sendKeys("q")
      #expect(try await first.waitForExit() == 0)

      let saved = setup.savedProgress()
      #expect(saved.lastOpened == "growth")
      #expect(saved["growth"].lastStep == 3)
      #expect(saved["growth"].answers == [.init(step: 2, given: "4", correct: true)])

      // memtutor with no arguments: the menu, with the lesson to resume preselected.
      let second = try await TmuxDriver.start(
        ["--no-animation"], width: 100, height: 30, environment: setup.environment)
      defer { second.stop() }
      let menu = try await second.waitFor("Continue: 1 A Vec grows, at step 4 of 6, 1/1 right.")
      #expect(menu.contains("▶   1  A Vec grows"))
      try await second.sendKeys("Enter")
      let resumed = try await second.waitFor("step 4/6")
      #expect(!resumed.contains("Before you start"))
      // Back and forward over the answered question: it is not asked again.
      try await second.sendKeys("Left", "Left")
      try await second.waitFor("step 2/6")
      try await second.sendKeys("Right")
      try await second.waitFor("step 3/6")
      try await second.sendKeys("m")
      try await second.waitFor("at step 3 of 6, 1/1 right")
      try await second.sendKeys("q")
      #expect(try await second.waitForExit() == 0)
      #expect(setup.savedProgress()["growth"].lastStep == 2)
    }
  }
}
