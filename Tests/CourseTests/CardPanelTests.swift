import Course
import Screen
import Testing

@Suite struct CardPanelTests {
  @Test func preformattedLinesKeepTheirSpacing() {
    var panel = CardPanel(title: "Summary", paragraphs: ["A short   summary that wraps."])
    panel.preformatted = [
      "error[E0502]: cannot borrow `v` as mutable",
      "36 |     let first = &v[0];",
      "   |                  - immutable borrow occurs here",
    ]
    let lines = panel.lines(innerWidth: 60).map(\.text)
    #expect(lines.contains("36 |     let first = &v[0];"))
    #expect(lines.contains("   |                  - immutable borrow occurs here"))
    #expect(lines.first == "A short summary that wraps.")
  }

  @Test func rejectedLessonsCarryRustcsReportToTheSummary() throws {
    let library = LessonLibrary.load(extraFolders: [])
    let lesson = try library.resolve("12")
    let report = try #require(lesson.expectedError?.rustcText)
    #expect(report.contains { $0.contains("^") || $0.contains("-") })
    #expect(report.first?.hasPrefix("error[E0502]") == true)
  }
}
