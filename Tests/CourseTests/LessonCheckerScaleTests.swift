import Course
import Execution
import Testing

/// `check` stays linear in the length of the run and bounded for a lesson that never ends.
@Suite struct LessonCheckerScaleTests {
  static func loopLesson(runs: Int) -> String {
    """
    //! title: Loop
    //! summary: A loop.
    //!
    //! A loop that runs many times.

    fn main() {
        let mut v: Vec<u64> = Vec::new();
        let mut i = 0;
        while i < \(runs) {
            // >* Pushing {value i}: length {len v}, capacity {cap v}, before {len v before}.
            v.push(i);
            i += 1;
        }
        println!("{}", v.len());
    }
    """
  }

  @Test func aPlaceholderOnALineRunManyTimesIsCheckedInOneWalk() {
    // Rebuilding the state from a checkpoint for every run made this quadratic: minutes for
    // 20,000 runs in a debug build. Walking forward takes seconds.
    let clock = ContinuousClock()
    var report: LessonCheckReport?
    let elapsed = clock.measure {
      report = LessonChecker(rustc: nil).check(source: Self.loopLesson(runs: 20_000), path: "loop.rs")
    }
    #expect(report?.isOK == true)
    #expect(report?.stepCount == 60_006)
    #expect(elapsed < .seconds(60))
  }

  @Test func aPlaceholderThatFailsIsReportedAtItsFirstFailingStep() {
    let source = Self.loopLesson(runs: 5).replacingOccurrences(of: "{len v before}", with: "{len w before}")
    let report = LessonChecker(rustc: nil).check(source: source, path: "loop.rs")
    #expect(report.errors.map(\.message).contains { $0.contains("`{len w before}`") })
  }

  @Test func aLessonThatNeverEndsIsStoppedByItsBudgets() {
    let source = """
      //! title: Forever
      //! summary: A loop that never ends.
      //!
      //! It never ends.

      fn main() {
          let mut i: u64 = 0;
          // > Start.
          loop {
              i = i.wrapping_add(1);
          }
      }
      """
    let clock = ContinuousClock()
    var report: LessonCheckReport?
    // With rustc installed, the compiled program is not run: memtutor's own run stopped,
    // so there is nothing to compare it with (it used to run for a minute first).
    let elapsed = clock.measure { report = LessonChecker().check(source: source, path: "forever.rs") }
    let messages = report?.errors.map(\.message) ?? []
    #expect(messages.contains { $0.hasPrefix("memtutor could not finish this lesson's run") })
    #expect(!messages.contains { $0.contains("did not finish within") })
    // A guard against a hang only: recording the million-step budget in a debug build on a
    // loaded 2-core machine takes 30–50 s; not running the compiled program is checked above.
    #expect(elapsed < .seconds(150))
  }
}
