import Course
import Execution
import Foundation
import TestSupport
import Testing

/// The built-in course in Lessons/: every lesson is well formed, compiles with rustc as it is
/// (or is still rejected with its recorded error), and agrees with the engine.
@Suite struct CourseLessonsTests {
  static let folder: String = {
    TestPaths.lessons.path
  }()

  static let files: [String] = (try? LessonLibrary.lessonFiles(in: folder)) ?? []
  static let compiles = ConcurrencyLimit(width: 2)

  static func lesson(_ file: String) throws -> Lesson {
    try LessonParser.parse(contentsOf: file)
  }

  @Test func theCourseIsComplete() throws {
    let lessons = try Self.files.map(Self.lesson)
    #expect(lessons.count >= 9)
    #expect(
      lessons.map(\.number) == Array(1...lessons.count), "lesson files are numbered 01, 02, … without gaps")
    #expect(Set(lessons.map(\.slug)).count == lessons.count)
    // Progress is saved under these names, so a lesson keeps its progress when renumbered.
    for slug in [
      "where-a-value-lives", "frames", "stack-overflow", "heap-growth", "review", "threads-share-the-heap",
      "the-race-refused", "rc-is-not-send", "shared-mutation-with-a-mutex",
    ] {
      #expect(lessons.contains { $0.slug == slug }, "the course has a lesson `\(slug)`")
    }
    for code in ["E0597", "E0505", "E0515", "E0502", "E0373"] {
      #expect(lessons.contains { $0.expectedError?.code == code }, "a lesson shows rustc's \(code)")
    }
  }

  @Test("each lesson is well formed", arguments: files)
  func wellFormed(file: String) throws {
    let lesson = try Self.lesson(file)
    #expect(!lesson.intro.isEmpty, "\(file): an introduction")
    #expect(!lesson.closing.isEmpty, "\(file): a closing summary")
    #expect(lesson.questions.count >= 3, "\(file): at least three questions")
    let kinds = Set(lesson.questions.map { if case .choice = $0.kind { "choice" } else { "number" } })
    #expect(kinds.count == 2 || lesson.expectedError != nil, "\(file): both kinds of question")
    #expect(LessonChecker.staticProblems(in: lesson).isEmpty)
    if let expected = lesson.expectedError {
      #expect(expected.message != nil, "\(file): rustc's report is pasted in `//|` lines")
      #expect(expected.primaryLocation != nil)
    }
    // The 80-column lesson menu shows about 34 columns of title and 70 of summary.
    #expect(lesson.title.count <= 34, "\(file): a short title")
    #expect(lesson.summary.count <= 70, "\(file): a one-line summary")
    let longest = lesson.codeLines.map(\.text.count).max() ?? 0
    #expect(longest <= 60, "\(file): code lines fit a narrow code panel")
  }

  @Test(
    "rustc compiles each lesson, or rejects it with its recorded error",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: lessons are not compiled"),
    arguments: files)
  func agreesWithRustc(file: String) async throws {
    let rustc = try #require(Toolchain.rustc)
    let lesson = try Self.lesson(file)
    let checker = LessonChecker(rustc: RustCompiler(executable: rustc.path))
    let problems = await Self.compiles.run {
      checker.compare(lesson, with: RustCompiler(executable: rustc.path), trace: nil, path: file).problems
    }
    #expect(problems.isEmpty, "\(problems.map { $0.rendered(file: file, source: lesson.source) })")
  }

  @Test(
    "memtutor traces each lesson and every placeholder can be filled in",
    .enabled(if: !EngineAvailability.isPlaceholder, "the engine is not available yet"),
    arguments: files)
  func checksAgainstTheEngine(file: String) throws {
    let report = LessonChecker(rustc: nil).check(path: file)
    #expect(report.diagnostics.isEmpty, "\(report.rendered)")
    #expect((report.stepCount ?? 0) > 1)
  }

  @Test(
    "the real program prints what memtutor's run prints",
    .enabled(if: Toolchain.rustcAvailable, "rustc is not installed: lessons are not compared with real Rust"),
    .enabled(if: !EngineAvailability.isPlaceholder, "the engine is not available yet"),
    arguments: files)
  func realOutputEqualsEngine(file: String) async throws {
    let rustc = try #require(Toolchain.rustc)
    let lesson = try Self.lesson(file)
    let name = URL(fileURLWithPath: file).lastPathComponent
    let trace = try Engine.trace(source: lesson.source, path: name, options: lesson.engineOptions)
    let checker = LessonChecker(rustc: RustCompiler(executable: rustc.path))
    let problems = await Self.compiles.run {
      checker.compare(lesson, with: RustCompiler(executable: rustc.path), trace: trace, path: file).problems
    }
    #expect(problems.isEmpty, "\(problems.map { $0.rendered(file: file, source: lesson.source) })")
  }
}
