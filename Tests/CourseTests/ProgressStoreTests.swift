import Course
import Foundation
import TestSupport
import Testing

@Suite struct ProgressStoreTests {
  /// A fresh directory under the system temporary folder, removed when the test ends.

  private func sampleProgress() -> CourseProgress {
    var progress = CourseProgress()
    var lesson = LessonProgress(lessonID: "where-a-value-lives")
    lesson.lastStep = 7
    lesson.stepCount = 12
    lesson.record(.init(step: 5, given: "24", correct: true))
    lesson.record(.init(step: 3, given: "2", correct: false))
    progress["where-a-value-lives"] = lesson
    progress.lastOpened = "where-a-value-lives"
    return progress
  }

  @Test func missingFileStartsFreshWithoutNotice() throws {
    let temporary = try TemporaryDirectory()
    let loaded = ProgressStore(directory: temporary.url.appendingPathComponent("a/b")).load()
    #expect(loaded.progress.isEmpty)
    #expect(loaded.notice == nil)
    #expect(loaded.canSave)
  }

  @Test func saveCreatesParentDirectoriesAndLoadsBack() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url.appendingPathComponent("state/memtutor"))
    let progress = sampleProgress()
    try store.save(progress)
    let loaded = store.load()
    #expect(loaded.notice == nil)
    #expect(loaded.progress == progress)
    #expect(loaded.progress.lastOpened == "where-a-value-lives")
    let lesson = loaded.progress["where-a-value-lives"]
    #expect(lesson.lastStep == 7)
    #expect(lesson.answers.map(\.step) == [3, 5])
    #expect(lesson.right == 1 && lesson.asked == 2)
    #expect(lesson.statusText == "at step 8 of 12")
    #expect(lesson.scoreText == "1/2 right")
    // Only the file itself is left behind: the temporary file was renamed over it.
    #expect(temporary.contents(of: "state/memtutor") == ["progress.json"])
  }

  @Test func saveReplacesThePreviousFile() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    var progress = sampleProgress()
    try store.save(progress)
    progress["where-a-value-lives"].lastStep = 9
    progress["frames"].done = true
    try store.save(progress)
    let loaded = store.load().progress
    #expect(loaded["where-a-value-lives"].lastStep == 9)
    #expect(loaded["frames"].done)
    #expect(temporary.contents() == ["progress.json"])
  }

  @Test func corruptFileIsMovedAsideWithNotice() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    let garbage = Data("{\"lessons\": {\"x\": ".utf8)
    try garbage.write(to: store.fileURL)
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    let loaded = store.load(now: date)
    #expect(loaded.progress.isEmpty)
    #expect(loaded.canSave)
    let notice = try #require(loaded.notice)
    #expect(notice.contains("progress.json.corrupt-20231114T221320Z"))
    #expect(notice.contains("starting fresh"))
    #expect(!notice.contains("\n"))
    // The broken file is kept byte for byte, and the tutor can save again.
    #expect(temporary.contents() == ["progress.json.corrupt-20231114T221320Z"])
    let kept = try Data(
      contentsOf: temporary.url.appendingPathComponent("progress.json.corrupt-20231114T221320Z"))
    #expect(kept == garbage)
    try store.save(sampleProgress())
    #expect(store.load().progress == sampleProgress())
  }

  @Test func secondCorruptionInTheSameSecondKeepsBothFiles() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    let date = Date(timeIntervalSince1970: 1_700_000_000)
    try Data("first".utf8).write(to: store.fileURL)
    _ = store.load(now: date)
    try Data("[1, 2]".utf8).write(to: store.fileURL)
    let loaded = store.load(now: date)
    #expect(loaded.notice?.contains("corrupt-20231114T221320Z-2") == true)
    #expect(
      temporary.contents() == [
        "progress.json.corrupt-20231114T221320Z", "progress.json.corrupt-20231114T221320Z-2",
      ])
  }

  @Test func wrongShapeIsCorruptToo() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    try Data(#"{"lessons": {"a": {"lessonID": 5}}}"#.utf8).write(to: store.fileURL)
    let loaded = store.load()
    #expect(loaded.progress.isEmpty)
    #expect(loaded.notice?.contains("could not be understood") == true)
    #expect(temporary.contents().count == 1)
    #expect(temporary.contents().first?.hasPrefix("progress.json.corrupt-") == true)
  }

  @Test func olderFilesWithMissingFieldsStillLoad() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    try Data(#"{"lessons": {"frames": {"lessonID": "frames", "lastStep": 4}}}"#.utf8).write(to: store.fileURL)
    let loaded = store.load()
    #expect(loaded.notice == nil)
    #expect(loaded.progress["frames"].lastStep == 4)
    #expect(loaded.progress["frames"].answers.isEmpty)
    #expect(loaded.progress.version == CourseProgress.currentVersion)
  }

  @Test func newerFormatIsLeftAloneAndNotOverwritten() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    let future = Data(#"{"version": 99, "lessons": {}}"#.utf8)
    try future.write(to: store.fileURL)
    let loaded = store.load()
    #expect(!loaded.canSave)
    #expect(loaded.notice?.contains("newer memtutor") == true)
    #expect(try Data(contentsOf: store.fileURL) == future)
  }

  @Test func resetRemovesTheFile() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    #expect(try store.reset() == false)
    try store.save(sampleProgress())
    #expect(try store.reset() == true)
    #expect(store.load().progress.isEmpty)
    #expect(temporary.contents().isEmpty)
  }

  @Test func saveIntoAnUnwritablePlaceReportsInsteadOfCrashing() throws {
    let temporary = try TemporaryDirectory()
    let blocker = temporary.url.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    // The directory would have to be created inside a regular file.
    let store = ProgressStore(directory: blocker.appendingPathComponent("memtutor"))
    #expect(throws: ProgressStore.SaveError.self) { try store.save(sampleProgress()) }
  }

  @Test func standardDirectoryFollowsXDG() {
    let xdg = ProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
    #expect(xdg.path == "/s/memtutor")
    let home = ProgressStore.standardDirectory(environment: ["HOME": "/h"])
    #expect(home.path == "/h/.local/state/memtutor")
    let relative = ProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
    #expect(relative.path == "/h/.local/state/memtutor")
  }

  @Test func firstAnswerCountsAndStatusReadsWell() {
    var lesson = LessonProgress(lessonID: "x")
    #expect(lesson.statusText == "not started")
    #expect(lesson.scoreText == nil)
    lesson.record(.init(step: 4, given: "1", correct: false))
    lesson.record(.init(step: 4, given: "2", correct: true))
    #expect(lesson.right == 0 && lesson.asked == 1)
    lesson.lastStep = 2
    #expect(lesson.statusText == "at step 3")
    lesson.done = true
    #expect(lesson.statusText == "done")
  }

  @Test func summaryListsCourseInOrderWithLastOpenedMarked() {
    let summary = ProgressSummary(
      progress: sampleProgress(),
      course: [
        .init(id: "where-a-value-lives", number: 1, title: "Where a value lives"),
        .init(id: "frames", number: 2, title: "Frames"),
      ])
    let lines = summary.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("> 1  Where a value lives  at step 8 of 12  (1/2 right)"))
    #expect(lines[1].hasPrefix("  2  Frames"))
    #expect(lines[1].contains("not started"))
    #expect(lines.last == "0 of 2 lessons done, 1 of 2 questions answered right")
  }

  @Test func listNotesSayWhereEachStartedLessonStands() {
    var progress = sampleProgress()
    progress["frames"] = LessonProgress(lessonID: "frames")
    let notes = ProgressSummary.notes(for: progress)
    #expect(notes["where-a-value-lives"] == "at step 8 of 12, 1/2 right")
    #expect(notes["frames"] == "")
    let table = LessonTable(lessons: [], progress: notes)
    #expect(table.progress["where-a-value-lives"] == "at step 8 of 12, 1/2 right")
  }
}
