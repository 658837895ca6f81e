import Course
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Lesson files as people really save them: CRLF endings, a byte-order mark, a bare number for a
/// name, two files with one id.
@Suite struct LessonFileTests {
  static let lesson = """
    //! title: Line endings
    //! summary: A lesson saved on Windows.

    // > `main` starts.
    fn main() {
        let x = 1;
        // ? number: What is x?
        // + 1
        // = `x` was just set to 1.
        let y = x + 1;
    }

    """

  @Test func aCRLFLessonWithAByteOrderMarkParsesLikeTheLFOne() throws {
    let plain = try LessonParser.parse(source: Self.lesson, path: "01-endings.rs")
    let windows = "\u{FEFF}" + Self.lesson.replacingOccurrences(of: "\n", with: "\r\n")
    let parsed = try LessonParser.parse(source: windows, path: "01-endings.rs")
    #expect(parsed.title == "Line endings")
    #expect(parsed.title == plain.title && parsed.summary == plain.summary)
    #expect(parsed.narrations.map(\.text) == plain.narrations.map(\.text))
    #expect(parsed.questions.count == 1)
    #expect(parsed.codeLines.map(\.text) == plain.codeLines.map(\.text))
  }

  @Test func aCRLFLessonChecksCleanAndAnErrorQuotesOneLine() throws {
    let checker = LessonChecker(rustc: nil)
    let good = checker.check(
      source: Self.lesson.replacingOccurrences(of: "\n", with: "\r\n"), path: "01-a.rs")
    #expect(good.isOK, "\(good.rendered)")
    let broken = Self.lesson.replacingOccurrences(of: "let y = x + 1;", with: "let y: u8 = \"s\";")
      .replacingOccurrences(of: "\n", with: "\r\n")
    let report = checker.check(source: broken, path: "01-a.rs")
    #expect(!report.isOK)
    #expect(report.rendered.contains("let y: u8 = \"s\";"))
    #expect(!report.rendered.contains("//! title"), "the whole file was quoted: \(report.rendered)")
  }

  @Test(arguments: [("61.rs", 61, "lesson-61"), ("07.rs", 7, "lesson-07"), ("-.rs", 0, "lesson")])
  func aFileNamedOnlyByANumberGetsAnID(name: String, number: Int, slug: String) {
    let (parsedNumber, parsedSlug) = LessonParser.numberAndSlug(fromPath: "/lessons/\(name)")
    #expect(parsedNumber == number)
    #expect(parsedSlug == slug)
  }

  @Test func duplicateIDsAreReportedByTheLibraryAndByCheck() throws {
    let temporary = try TemporaryDirectory()
    let builtIn = temporary.url.appendingPathComponent("builtin")
    let teacher = temporary.url.appendingPathComponent("teacher")
    for folder in [builtIn, teacher] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Self.lesson.write(
      to: builtIn.appendingPathComponent("01-frames.rs"), atomically: true, encoding: .utf8)
    try Self.lesson.write(
      to: teacher.appendingPathComponent("03-frames.rs"), atomically: true, encoding: .utf8)
    try Self.lesson.write(
      to: teacher.appendingPathComponent("05-frames.rs"), atomically: true, encoding: .utf8)
    let library = LessonLibrary.load(
      extraFolders: [teacher.path],
      environment: ["MEMTUTOR_LESSONS": builtIn.path, "XDG_DATA_HOME": temporary.url.path + "/none"])
    #expect(library.lessons.map(\.slug) == ["frames"])
    #expect(library.lessons.first?.path.hasSuffix("teacher/03-frames.rs") == true)
    #expect(
      library.problems.contains { $0.contains("03-frames.rs: lesson id 'frames' replaces the lesson from") })
    #expect(library.problems.contains { $0.contains("05-frames.rs: lesson id 'frames' is already used by") })

    let reports = LessonChecker(rustc: nil).check(paths: [builtIn.path, teacher.path])
    #expect(reports.count == 3)
    #expect(reports[0].isOK)
    #expect(!reports[1].isOK && reports[1].rendered.contains("lesson id 'frames' is already used by"))
    #expect(!reports[2].isOK)
  }

  @Test(arguments: ["relative/data", "", "./data"])
  func aRelativeDataHomeIsIgnored(value: String) {
    #expect(
      LessonLibrary.userFolder(environment: ["XDG_DATA_HOME": value, "HOME": "/home/ada"])
        == "/home/ada/.local/share/memtutor/lessons")
  }

  @Test func anAbsoluteDataHomeIsUsed() {
    #expect(
      LessonLibrary.userFolder(environment: ["XDG_DATA_HOME": "/srv/data", "HOME": "/home/ada"])
        == "/srv/data/memtutor/lessons")
  }
}
