import Course
import Execution
import ScreenTestSupport
import Testing

@testable import Tutor

/// Whole screens of the lessons at the step each one makes its point: the overflowing frame
/// (4, 5), dangling references (9, 10) and the popped frame still pointed into (11).
@Suite struct LessonKeyMomentTests {
  /// Lesson number and step (from 1; 0 for the last step).
  static let moments: [(lesson: String, step: Int)] = [
    ("4", 4), ("5", 0), ("9", 6), ("10", 5), ("11", 8), ("12", 10),
  ]

  /// The lesson's screen at `step` (from 1), drawn as `memtutor render` draws a lesson.
  static func screen(lesson number: String, step: Int, width: Int, height: Int) throws -> (String, Int) {
    let lesson = try LessonLibrary.load(extraFolders: []).resolve(number)
    let trace = try Engine.trace(source: lesson.source, path: lesson.path, options: lesson.engineOptions)
    let narrator = LessonNarrator(lesson: lesson, trace: trace)
    let narration = NarrationSource(title: lesson.title, hiddenLines: lesson.markupLines) { step in
      narrator.narration(forStep: step)
    }
    let target = step == 0 ? trace.stepCount : step
    var state = TutorState(
      trace: trace, title: "\(lesson.number) \(lesson.title)", options: TutorOptions(), narration: narration,
      startStep: max(0, target - 2))
    state.isWhatIf = lesson.engineOptions.whatIf
    let screen = RenderCommand.render(state, step: target - 1, width: width, height: height)
    return (screen.text, target)
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func keyMoments(width: Int, height: Int) throws {
    for moment in Self.moments {
      let (text, step) = try Self.screen(
        lesson: moment.lesson, step: moment.step, width: width, height: height)
      Snapshot.check(text, named: "lesson\(moment.lesson)-step\(step)-\(width)x\(height)")
    }
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func danglingReferencesAreMarked(width: Int, height: Int) throws {
    for (number, step) in [("9", 6), ("10", 5), ("11", 8), ("12", 10)] {
      let (text, _) = try Self.screen(lesson: number, step: step, width: width, height: height)
      #expect(text.contains("✗ dangling"), "lesson \(number)")
    }
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func theReturnedReferencePointsIntoThePoppedFrame(width: Int, height: Int) throws {
    let (text, _) = try Self.screen(lesson: "11", step: 8, width: width, height: height)
    #expect(text.contains("fn longer_label · popped"))
    #expect(text.contains("◄ label"))
    // The slot `label` names is `extended`'s, at the address `label` holds.
    let row = text.split(separator: "\n").first { $0.contains("extended String") }
    #expect(row?.contains("df78") == true)
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func theFrameThatDoesNotFitIsDrawn(width: Int, height: Int) throws {
    let (four, _) = try Self.screen(lesson: "4", step: 4, width: width, height: height)
    #expect(four.contains("fn fill_buffer · 16 MiB"))
    #expect(four.contains("the stack ends here: guard gap"))
    let (five, _) = try Self.screen(lesson: "5", step: 0, width: width, height: height)
    // main's frame, 255 frames of 48 bytes and the 4 KiB in use before main fill the 16 KiB stack.
    #expect(five.contains("12 KiB + 4 KiB of 16 KiB"))
    #expect(five.contains("48 B would lie past it"))
  }
}
