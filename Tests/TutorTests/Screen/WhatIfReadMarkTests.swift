import Course
import Execution
import Terminal
import Testing

@testable import Tutor

/// A what-if run that reads through a dangling reference stops there, and the Stack panel
/// marks the slot whose pointer led to the read.
@Suite struct WhatIfReadMarkTests {
  /// The screen at the last step of `source` opened as a learner's (rejected) program.
  static func lastScreen(_ source: String, width: Int = 100, height: Int = 30) -> String? {
    let launcher = LessonLauncher(options: TutorOptions(), settings: .learner)
    guard case .session(var session) = launcher.open(path: "what_if.rs", source: source) else { return nil }
    session.start(at: session.tutor.stepCount - 1)
    return session.view(width: width, height: height).lines.joined(separator: "\n")
  }

  @Test func aReadThroughAMovedBufferReadsFreedMemory() throws {
    let screen = try #require(
      Self.lastScreen(
        """
        fn main() {
            let mut v = vec![18, 19, 21, 20];
            let unit = String::from("celsius");
            let first = &v[0];
            v.push(22);
            println!("{} {unit}", first);
        }

        """))
    #expect(screen.contains("✗ reads freed memory"), "\(screen)")
  }

  @Test func aReadThroughAReturnedLocalReadsADeadFrame() throws {
    let screen = try #require(
      Self.lastScreen(
        """
        fn longer(base: &String) -> &String {
            let extended = format!("{base} v2");
            &extended
        }
        fn main() {
            let base = String::from("draft");
            let label = longer(&base);
            println!("{}", label);
        }

        """))
    #expect(screen.contains("✗ reads a dead frame"), "\(screen)")
    #expect(screen.contains("popped"), "\(screen)")
  }
}
