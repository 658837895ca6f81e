import Course
import CourseTestSupport
import RustFrontEnd
import Testing

@Suite struct LessonCheckerTests {
  /// The fixture lesson with mistakes swapped in on the same lines, so the fixture trace
  /// still matches it line for line.
  private func brokenLesson() throws -> Lesson {
    let source = LessonFixture.source
      .replacingOccurrences(of: "// >* len {len v}", with: "// >3 len {len v}")
      .replacingOccurrences(of: "// > n = {value n}", with: "// > n = {cap n}")
      .replacingOccurrences(of: "// ?2 choice: Which block?", with: "// ? choice: Which block?")
      .replacingOccurrences(of: "// > empty: cap {cap v}", with: "// > empty: cap {cap w}")
    return try LessonParser.parse(source: source, path: "broken.rs")
  }

  private func messages(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.span.start.line):\($0.span.start.column): \($0.message)" }
  }

  @Test func theFixtureIsClean() throws {
    let lesson = try LessonFixture.lesson()
    #expect(LessonChecker.staticProblems(in: lesson).isEmpty)
    #expect(
      LessonChecker.traceProblems(in: lesson, trace: LessonFixture.trace()).allSatisfy {
        $0.severity == .warning
      })
  }

  @Test func warnsAboutMemoryChangesWithoutWords() throws {
    let lesson = try LessonFixture.lesson()
    let warnings = LessonChecker.traceProblems(in: lesson, trace: LessonFixture.trace())
    let callLine = LessonFixture.line(containing: "f(7);")
    // The call (step 4) has no words (`>last` is for the return); neither has main's `}`.
    #expect(
      messages(warnings) == [
        "\(callLine):5: step 5 changes memory here, but the lesson says nothing about it",
        "\(callLine + 1):1: step 8 changes memory here, but the lesson says nothing about it",
      ])
  }

  @Test func unknownNamesAreFoundWithoutRunning() throws {
    let lesson = try brokenLesson()
    let line = LessonFixture.line(containing: "let mut v") - 1
    #expect(
      messages(LessonChecker.staticProblems(in: lesson)) == [
        "\(line):21: `{cap w}`: the program has no variable `w`"
      ])
  }

  @Test func traceProblemsAtTheirPlaces() throws {
    let lesson = try brokenLesson()
    let pushLine = LessonFixture.line(containing: "v.push(1)")
    let printLine = LessonFixture.line(containing: "println!")
    let found = messages(
      LessonChecker.traceProblems(in: lesson, trace: LessonFixture.trace()).filter { $0.severity == .error })
    #expect(
      found.contains(
        "\(pushLine - 1):9: this narration is never shown: line \(pushLine) runs 2 times (selector `3`)"))
    #expect(
      found.contains(
        "\(printLine - 1):14: `{cap n}` cannot be filled in at step 6 (line \(printLine)): "
          + "`n` has no capacity (it is not a String or Vec)"))
    #expect(
      found.contains(
        "\(pushLine - 6):9: this question is asked at the same step as the one at line \(pushLine - 9); "
          + "attach it to another line or run"))
    let emptyLine = LessonFixture.line(containing: "let mut v") - 1
    #expect(found.contains { $0.hasPrefix("\(emptyLine):21: `{cap w}` cannot be filled in at step 2") })
    #expect(found.count == 4)
  }

  @Test func warnsAboutNarrationTooLongForTheSmallestScreen() throws {
    let long = String(repeating: "word ", count: 60)
    let source = LessonFixture.source.replacingOccurrences(
      of: "// > start: {frames} frame of {frame} bytes", with: "// > \(long)")
    let lesson = try LessonParser.parse(source: source, path: "long.rs")
    let narrator = LessonNarrator(lesson: lesson, trace: LessonFixture.trace())
    let warnings = messages(
      LessonChecker.fitWarnings(in: lesson, trace: LessonFixture.trace(), narrator: narrator))
    let line = LessonFixture.line(containing: "fn main") - 1
    #expect(
      warnings == [
        "\(line):1: at step 1 this narration takes 9 lines; the Narration panel of an 80×24 terminal shows 7 lines of 34 columns"
      ])
    let fixture = try LessonFixture.lesson()
    let fixtureNarrator = LessonNarrator(lesson: fixture, trace: LessonFixture.trace())
    #expect(
      LessonChecker.fitWarnings(in: fixture, trace: LessonFixture.trace(), narrator: fixtureNarrator).isEmpty)
  }

  @Test func reportTextForAGoodLesson() throws {
    var report = LessonCheckReport(path: "Lessons/07-fixture.rs", source: LessonFixture.source)
    report.lesson = try LessonFixture.lesson()
    report.stepCount = 8
    #expect(report.rendered == "Lessons/07-fixture.rs: ok (8 steps, 3 questions)")
    report.rustc = .outputMatches
    #expect(report.rendered == "Lessons/07-fixture.rs: ok (8 steps, 3 questions, rustc output matches)")
  }

  @Test func reportTextForABrokenLesson() {
    let source = "//! title: T\n\nfn main() {}\n"
    let report = LessonChecker(rustc: nil).check(source: source, path: "x.rs")
    #expect(!report.isOK)
    #expect(
      report.rendered == """
        x.rs:1:1: error: the lesson header needs `//! summary: …`
          |
        1 | //! title: T
          | ^^^
          = note: a lesson file starts with `//! title: …` and `//! summary: …` lines
        x.rs: 1 error
        """)
  }

  @Test func normalizesThreadIDs() {
    let real =
      "\nthread 'main' (48213) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"
    let model =
      "\nthread 'main' (1) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"
    #expect(LessonChecker.normalizedThreadIDs(real) == LessonChecker.normalizedThreadIDs(model))
    #expect(
      LessonChecker.normalizedThreadIDs(real) != LessonChecker.normalizedThreadIDs("thread 'main' panicked"))
  }

  @Test func firstErrorReportStopsAtTheBlankLine() {
    let stderr = """
      error[E0505]: cannot move out of `note` because it is borrowed
       --> x.rs:4:10
        |
      4 |     drop(note);
        |          ^^^^ move out of `note` occurs here

      error: aborting due to 1 previous error

      """
    let report = LessonChecker.firstErrorReport(stderr)
    #expect(report.count == 5)
    #expect(report.first == "error[E0505]: cannot move out of `note` because it is borrowed")
  }

  @Test func pastesTheReportAtTheEnd() {
    let source = "//! title: T\n\nfn main() {}\n\n//| old line\n//| old line 2\n\n"
    let updated = LessonChecker.replacingRustcReport(in: source, with: ["error[E0505]: new", "  |", ""])
    #expect(updated == "//! title: T\n\nfn main() {}\n\n//| error[E0505]: new\n//|   |\n//|\n")
  }
}
