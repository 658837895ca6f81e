import Course
import Execution
import Foundation
import TestSupport
import Testing

/// Golden files for every lesson, under Tests/TutorTests/Golden/lessons/:
/// - `NN-slug.trace`: what `memtutor trace --stack-size <the lesson's> Lessons/NN-slug.rs` prints;
/// - `NN-slug.script`: the lesson's words step by step with the numbers filled in
///   (what `memtutor check --script` prints).
/// A change in the engine or a lesson shows up here as a diff to read. After checking the new
/// output against rustc and FACTS, regenerate with `MEMTUTOR_UPDATE_GOLDEN=1 swift test --filter LessonGoldenTests`.
@Suite(.enabled(if: !EngineAvailability.isPlaceholder, "the engine is not available yet"))
struct LessonGoldenTests {
  static let folder: String = {
    TestPaths.golden.appendingPathComponent("lessons").path
  }()

  static let updating = ProcessInfo.processInfo.environment["MEMTUTOR_UPDATE_GOLDEN"] == "1"

  @Test("each lesson's trace and script match their golden files", arguments: CourseLessonsTests.files)
  func matchesGolden(file: String) throws {
    let lesson = try LessonParser.parse(contentsOf: file)
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    let trace = try Engine.trace(
      source: lesson.source, path: "Lessons/\(name).rs", options: lesson.engineOptions)
    try compare(TraceText(trace: trace).rendered(), with: "\(Self.folder)/\(name).trace")
    try compare(LessonScript(lesson: lesson, trace: trace).rendered(), with: "\(Self.folder)/\(name).script")
  }

  private func compare(_ actual: String, with path: String) throws {
    if Self.updating {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    if let diff = TextDiff.describe(expected: expected, actual: actual) {
      Issue.record("\(path) differs (- golden, + now):\n\(diff)")
    }
  }

  @Test(.enabled(if: !updating, "golden files are being rewritten"))
  func everyGoldenFileBelongsToALesson() throws {
    let lessons = Set(
      CourseLessonsTests.files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
    let goldens = try FileManager.default.contentsOfDirectory(atPath: Self.folder)
    for golden in goldens {
      let name = URL(fileURLWithPath: golden).deletingPathExtension().lastPathComponent
      #expect(lessons.contains(name), "\(golden) has no lesson")
    }
    #expect(goldens.count == 2 * lessons.count)
  }
}
