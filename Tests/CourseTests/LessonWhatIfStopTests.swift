import Course
import Testing

/// A lesson about a refused program may end where its what-if run reads freed memory: that
/// read is the moment the lesson shows.
@Suite struct LessonWhatIfStopTests {
  static let source = """
    //! title: Race
    //! summary: A reader thread and a push.
    //! expect-error: E0373
    //!
    //! Intro.

    use std::thread;

    // > Start.
    fn main() {
        // > A full Vec.
        let mut scores = vec![10, 20, 30, 40];
        // > Spawn.
        let reader = thread::spawn(|| {
            // > Next.
            for s in scores.iter() {
                // > Read.
                println!("read {s}");
            }
        });
        // > Yield.
        thread::yield_now();
        // > Push.
        scores.push(50);
        // > Join.
        reader.join().unwrap();
    }

    //~ Closing.

    //| error[E0373]: closure may outlive the current function, but it borrows `scores`, which is owned by the current function

    """

  @Test func aRefusedProgramsRunMayEndAtTheFreedRead() {
    let report = LessonChecker(rustc: nil).check(source: Self.source, path: "race.rs")
    #expect(report.stepCount == 12)
    #expect(!report.diagnostics.contains { $0.message.contains("could not finish") }, "\(report.rendered)")
  }
}
