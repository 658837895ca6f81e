import Course
import Execution
import Foundation
import Screen
import Terminal
import Testing

@testable import Tutor

/// A long run opens from its first steps while the whole run is recorded in the background;
/// keys pressed meanwhile reach the whole session, in order, once it takes over.
@Suite struct RecordingSessionTests {
  static let longLoop = """
    fn main() {
        let mut total: u64 = 0;
        for i in 0..20000u64 {
            total += i;
        }
        println!("{}", total);
    }
    """

  /// Ticks until the background recording has taken over (at most `seconds`).
  static func waitForWholeRun(_ session: inout LessonSession<TutorState>, seconds: Double = 60) {
    let deadline = Date().addingTimeInterval(seconds)
    var now = 0.0
    while session.isRecording, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
      now += 0.01
      _ = session.update(.tick(now))
    }
  }

  @Test func prefixStepsAreTheWholeRunsFirstSteps() throws {
    var options = EngineOptions()
    options.prefixSteps = 50
    let prefix = try Engine.trace(source: Self.longLoop, path: "loop.rs", options: options)
    let whole = try Engine.trace(source: Self.longLoop, path: "loop.rs")
    #expect(!prefix.isComplete)
    #expect(whole.isComplete)
    #expect(prefix.stepCount == 50)
    #expect(whole.stepCount > 40_000)
    for step in [0, 1, 17, 49] {
      #expect(prefix.steps[step].line == whole.steps[step].line)
      #expect(Array(prefix.events(of: step)) == Array(whole.events(of: step)))
    }
    #expect(prefix.state(after: 49).frames.count == whole.state(after: 49).frames.count)
  }

  @Test func aShortRunIsCompleteWithinItsPrefix() throws {
    var options = EngineOptions()
    options.prefixSteps = 2000
    let trace = try Engine.trace(
      source: "fn main() {\n    println!(\"hi\");\n}\n", path: "hi.rs", options: options)
    #expect(trace.isComplete)
    #expect(trace.outcome.stdout == "hi\n")
  }

  @Test func theFirstScreenSaysRecordingAndTheWholeRunTakesOver() throws {
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    guard case .session(var session) = launcher.openRecording(path: "loop.rs", source: Self.longLoop) else {
      Issue.record("the program did not open")
      return
    }
    #expect(session.isRecording)
    #expect(session.tutor.stepCount == LessonLauncher.firstFrameSteps)
    _ = session.update(.resize(width: 100, height: 30))
    let first = session.view(width: 100, height: 30).lines.last ?? ""
    #expect(first.contains("step 1/… · recording…"), "\(first)")
    // Pressed before the whole run is there: End, then one step back.
    _ = session.update(.key(.end))
    _ = session.update(.key(.left))
    #expect(session.tutor.currentStep == 0 || !session.isRecording)
    Self.waitForWholeRun(&session)
    #expect(!session.isRecording)
    let count = session.tutor.stepCount
    #expect(count > 40_000)
    #expect(session.tutor.currentStep == count - 2)
    let status = session.view(width: 100, height: 30).lines.last ?? ""
    #expect(status.contains("step \(count - 1)/\(count)"), "\(status)")
    #expect(!status.contains("recording"))
  }

  @Test func quitWorksAtOnceWhileRecording() throws {
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    guard case .session(var session) = launcher.openRecording(path: "loop.rs", source: Self.longLoop) else {
      Issue.record("the program did not open")
      return
    }
    #expect(session.isRecording)
    #expect(session.update(.key(.character("q"))) == false)
  }

  @Test func narrationOfTheLastRunWaitsForTheWholeRun() throws {
    #expect(OccurrenceSelector.last.countsFromTheEnd)
    #expect(OccurrenceSelector.rangeExceptLast(from: 1).countsFromTheEnd)
    #expect(!OccurrenceSelector.nth(2).countsFromTheEnd)
    #expect(!OccurrenceSelector.every.countsFromTheEnd)
  }
}
