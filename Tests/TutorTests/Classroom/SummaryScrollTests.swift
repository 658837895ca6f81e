import Course
import Terminal
import Testing

@testable import Tutor

/// A rustc report longer than an 80×24 screen: the summary card shows a window on it, says how
/// much is left, and ↑/↓ and PgUp/PgDn move through it, so its last line can be read.
@Suite struct SummaryScrollTests {
  typealias Session = LessonSession<FakeTutor>

  static func sessionAtTheSummary(reportLines: Int) -> Session {
    var session = Session(tutor: FakeTutor(stepCount: 4), lessonID: "dangling", questions: [])
    session.closing = ["rustc refuses this program; here is why."]
    session.rejectionReport =
      ["error[E0597]: `name` does not live long enough"]
      + (1..<reportLines).map { "  report line \($0 + 1)" }
    _ = session.update(.resize(width: 80, height: 24))
    _ = session.update(.key(.end))
    _ = session.update(.key(.right))
    return session
  }

  @Test func aLongReportSaysHowMuchIsBelowAndScrollsToItsEnd() throws {
    var session = Self.sessionAtTheSummary(reportLines: 40)
    #expect(session.card == .closing)
    let first = session.view(width: 80, height: 24)
    #expect(first.text.contains("error[E0597]"))
    #expect(!first.text.contains("report line 40"))
    let hint = try #require(first.lines.first { $0.contains("more lines") })
    #expect(hint.contains("↓"))
    #expect(first.lines[23].contains("↑↓ scroll"))
    // One line at a time, then a page at a time, to the end.
    _ = session.update(.key(.down))
    #expect(session.cardScroll == 1)
    #expect(session.view(width: 80, height: 24).text.contains("↑ 1 more line above"))
    var presses = 0
    while !session.view(width: 80, height: 24).text.contains("report line 40"), presses < 10 {
      _ = session.update(.key(.pageDown))
      presses += 1
    }
    #expect(presses == 3, "a page is half the screen: 37 more lines take three presses")
    let last = session.view(width: 80, height: 24)
    #expect(last.text.contains("report line 40"))
    #expect(!last.text.contains("more lines ("))
    #expect(session.card == .closing)
    // PgDn at the end closes the card, as Enter does: a clicker is never stuck on it.
    _ = session.update(.key(.pageDown))
    #expect(session.card == nil)
  }

  @Test func upAndPageUpScrollBackAndTheFooterStays() {
    var session = Self.sessionAtTheSummary(reportLines: 40)
    for _ in 0..<3 { _ = session.update(.key(.pageDown)) }
    _ = session.update(.key(.pageUp))
    _ = session.update(.key(.up))
    #expect(session.cardScroll > 0)
    let screen = session.view(width: 80, height: 24)
    #expect(screen.text.contains("Enter close"))
    while session.cardScroll > 0, session.card != nil { _ = session.update(.key(.pageUp)) }
    #expect(session.card == .closing)
    #expect(session.view(width: 80, height: 24).text.contains("error[E0597]"))
    // PgUp at the top closes it like any other key.
    _ = session.update(.key(.pageUp))
    #expect(session.card == nil)
  }

  @Test func aShortReportDoesNotScroll() {
    var session = Self.sessionAtTheSummary(reportLines: 3)
    let screen = session.view(width: 80, height: 24)
    #expect(screen.text.contains("report line 3"))
    #expect(!screen.text.contains("more line"))
    #expect(!screen.lines[23].contains("scroll"))
    _ = session.update(.key(.down))
    #expect(session.card == nil)
  }

  /// Every rejected program in the course: at 80×24 its whole report can be reached.
  @Test func everyRejectedLessonsReportIsReachableAt80x24() {
    let library = LessonLibrary.load(extraFolders: [])
    let launcher = LessonLauncher(options: TutorOptions(animate: false), settings: .learner)
    var checked = 0
    for lesson in library.lessons {
      guard let report = lesson.expectedError?.rustcText, let lastLine = report.last(where: { !$0.isEmpty }),
        case .session(var session) = launcher.open(lesson, progress: nil)
      else { continue }
      _ = session.update(.resize(width: 80, height: 24))
      session.start(at: session.tutor.stepCount - 1)
      _ = session.update(.key(.right))
      guard session.card == .closing else {
        Issue.record("lesson \(lesson.number): no summary after the last step")
        continue
      }
      var seen = session.view(width: 80, height: 24).text
      for _ in 0..<60 where !seen.contains(lastLine.trimmingSuffixSpaces) {
        _ = session.update(.key(.down))
        seen = session.view(width: 80, height: 24).text
      }
      #expect(
        seen.contains(lastLine.trimmingSuffixSpaces), "lesson \(lesson.number): \(lastLine) never shown")
      checked += 1
    }
    #expect(checked >= 4)
  }
}

extension String {
  fileprivate var trimmingSuffixSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return String(text.prefix(70))
  }
}
