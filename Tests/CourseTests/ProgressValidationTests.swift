import Course
import Foundation
import TestSupport
import Testing

/// Values in a progress file that decode but would break arithmetic or lookups later are fixed
/// on load, with a notice, and the original file is kept aside.
@Suite struct ProgressValidationTests {
  static let now = Date(timeIntervalSince1970: 1_700_000_000)

  static func write(_ json: String, in temporary: TemporaryDirectory) throws {
    try json.write(
      to: temporary.url.appendingPathComponent(ProgressStore.fileName), atomically: true, encoding: .utf8)
  }

  @Test func aHugeLastStepIsClampedWithANoticeAndTheFileKeptAside() throws {
    let temporary = try TemporaryDirectory()
    try Self.write(
      #"{"version":1,"lessons":{"frames":{"lessonID":"frames","lastStep":9223372036854775807,"stepCount":40}}}"#,
      in: temporary)
    let loaded = ProgressStore(directory: temporary.url).load(now: Self.now)
    let lesson = loaded.progress["frames"]
    #expect(lesson.lastStep == 39)
    #expect(lesson.statusText == "at step 40 of 40")
    let notice = try #require(loaded.notice)
    #expect(notice.contains("frames: lastStep 9223372036854775807 is out of range"))
    #expect(notice.contains("progress.json.corrupt-20231114T221320Z"))
    #expect(loaded.canSave)
    #expect(temporary.contents() == ["progress.json", "progress.json.corrupt-20231114T221320Z"])
  }

  @Test(arguments: [
    (#""lastStep":-5"#, "lastStep -5 is out of range; set to 0"),
    (#""stepCount":-1"#, "stepCount -1 is out of range; dropped"),
    (#""stepCount":9223372036854775807"#, "stepCount 9223372036854775807 is out of range; dropped"),
    (#""answers":[{"step":-9223372036854775808,"given":"1","correct":true}]"#, "an answer for step"),
    (
      #""answers":[{"step":2,"given":"1","correct":true},{"step":2,"given":"3","correct":false}]"#,
      "a second answer for step 2"
    ),
  ])
  func everyFieldIsValidated(field: String, problem: String) throws {
    let temporary = try TemporaryDirectory()
    try Self.write(#"{"lessons":{"frames":{"lessonID":"frames",\#(field)}}}"#, in: temporary)
    let loaded = ProgressStore(directory: temporary.url).load(now: Self.now)
    #expect(loaded.notice?.contains(problem) == true, "\(loaded.notice ?? "no notice")")
    let lesson = loaded.progress["frames"]
    // Everything the menu and `progress` compute from it works.
    #expect(!lesson.statusText.isEmpty)
    #expect((0...LessonProgress.stepLimit).contains(lesson.lastStep))
    #expect(lesson.answers.allSatisfy { (0...LessonProgress.stepLimit).contains($0.step) })
    #expect(Set(lesson.answers.map(\.step)).count == lesson.answers.count)
  }

  @Test func aMismatchedLessonIDTakesItsKey() throws {
    let temporary = try TemporaryDirectory()
    try Self.write(#"{"lessons":{"frames":{"lessonID":"other","lastStep":3}}}"#, in: temporary)
    let loaded = ProgressStore(directory: temporary.url).load(now: Self.now)
    #expect(loaded.progress["frames"].lessonID == "frames")
    #expect(loaded.progress["frames"].lastStep == 3)
    #expect(loaded.notice?.contains("does not match its key") == true)
  }

  @Test func validProgressLoadsWithoutANoticeOrACopy() throws {
    let temporary = try TemporaryDirectory()
    try Self.write(
      #"{"lessons":{"frames":{"lessonID":"frames","lastStep":3,"stepCount":40,"answers":[{"step":2,"given":"1","correct":true}]}}}"#,
      in: temporary)
    let loaded = ProgressStore(directory: temporary.url).load(now: Self.now)
    #expect(loaded.notice == nil)
    #expect(loaded.progress["frames"].statusText == "at step 4 of 40")
    #expect(temporary.contents() == ["progress.json"])
  }
}
