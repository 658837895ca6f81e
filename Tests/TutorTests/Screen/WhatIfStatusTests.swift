import Course
import Execution
import Terminal
import Testing

@testable import Tutor

/// A run rustc refuses ends without a real exit status: the status line says it is a what-if.
@Suite struct WhatIfStatusTests {
  static let rejected = """
    fn main() {
        let s = String::from("moved");
        let t = s;
        println!("{} {}", s, t);
    }
    """

  /// The bottom row of `session`'s screen at its last step.
  static func lastStatusRow(of session: LessonSession<TutorState>) -> String {
    var session = session
    session.start(at: session.tutor.stepCount - 1)
    return session.view(width: 100, height: 30).lines.last ?? ""
  }

  @Test func aRejectedLessonEndsAsAWhatIf() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    for number in ["9", "10", "11", "12"] {
      let lesson = try library.resolve(number)
      guard case .session(let session) = launcher.open(lesson, progress: nil) else {
        Issue.record("lesson \(number) did not open")
        continue
      }
      let status = Self.lastStatusRow(of: session)
      #expect(status.contains("what if (rustc rejects this program)"), "lesson \(number): \(status)")
      #expect(!status.contains("exit 0"), "lesson \(number): \(status)")
    }
  }

  @Test func aLearnersRejectedProgramEndsAsAWhatIf() {
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    guard case .session(let session) = launcher.open(path: "moved.rs", source: Self.rejected) else {
      Issue.record("the program did not open as a what-if run")
      return
    }
    let status = Self.lastStatusRow(of: session)
    #expect(status.hasPrefix(" moved.rs · step "))
    #expect(status.contains(" · what if (rustc rejects this program)"))
    #expect(!status.contains("exit"))
  }

  @Test func anAcceptedProgramStillEndsWithItsExitStatus() throws {
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    let accepted = Self.rejected.replacingOccurrences(of: "let t = s;", with: "let t = s.clone();")
    guard case .session(let session) = launcher.open(path: "cloned.rs", source: accepted) else {
      Issue.record("the program did not open")
      return
    }
    let status = Self.lastStatusRow(of: session)
    #expect(status.contains(" · exit 0"))
    #expect(!status.contains("what if"))
  }
}
