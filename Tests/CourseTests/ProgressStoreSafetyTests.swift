import Course
import Foundation
import TestSupport
import Testing

/// Saving progress next to other memtutors and whatever else is in the directory.
@Suite struct ProgressStoreSafetyTests {
  static func lesson(_ id: String, step: Int, at seconds: Double) -> LessonProgress {
    var lesson = LessonProgress(lessonID: id)
    lesson.lastStep = step
    lesson.updatedAt = Date(timeIntervalSince1970: seconds)
    return lesson
  }

  @Test func twoInstancesKeepEachOthersWork() throws {
    let temporary = try TemporaryDirectory()
    let first = ProgressStore(directory: temporary.url)
    let second = ProgressStore(directory: temporary.url)
    var mine = first.load().progress
    var theirs = second.load().progress
    mine["frames"] = Self.lesson("frames", step: 4, at: 100)
    try first.save(mine)
    theirs["heap-growth"] = Self.lesson("heap-growth", step: 9, at: 200)
    let written = try second.save(theirs)
    let loaded = first.load().progress
    #expect(loaded["frames"].lastStep == 4)
    #expect(loaded["heap-growth"].lastStep == 9)
    #expect(written == loaded)
  }

  @Test func theLessonTouchedLastWinsAndAnswersArePooled() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    var older = Self.lesson("frames", step: 2, at: 100)
    older.record(.init(step: 1, given: "a", correct: true))
    older.done = true
    var newer = Self.lesson("frames", step: 7, at: 300)
    newer.record(.init(step: 5, given: "b", correct: false))
    var onDisk = CourseProgress()
    onDisk["frames"] = newer
    try store.save(onDisk)
    // A stale copy of the lesson, loaded before the other instance moved on, does not undo it.
    var stale = CourseProgress()
    stale["frames"] = older
    try store.save(stale)
    let merged = store.load().progress["frames"]
    #expect(merged.lastStep == 7)
    #expect(merged.answers.map(\.step) == [1, 5])
    #expect(merged.done)
  }

  @Test func concurrentSavesFromManyInstancesAllLand() async throws {
    let temporary = try TemporaryDirectory()
    let url = temporary.url
    await withTaskGroup(of: Void.self) { group in
      for index in 0..<12 {
        group.addTask {
          let store = ProgressStore(directory: url)
          var progress = CourseProgress()
          progress["lesson-\(index)"] = Self.lesson("lesson-\(index)", step: index + 1, at: Double(index))
          _ = try? store.save(progress)
        }
      }
    }
    let loaded = ProgressStore(directory: url).load().progress
    #expect(loaded.lessons.count == 12)
    #expect((0..<12).allSatisfy { loaded["lesson-\($0)"].lastStep == $0 + 1 })
    #expect(temporary.contents() == ["progress.json"])
  }

  @Test func aPlantedSymlinkAtTheOldTemporaryNameIsNotFollowed() throws {
    let temporary = try TemporaryDirectory()
    let victim = temporary.url.appendingPathComponent("victim")
    try Data("precious".utf8).write(to: victim)
    let state = temporary.url.appendingPathComponent("state")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    // The name the temporary file used to have, predictable from the process id.
    let planted = state.appendingPathComponent(".progress.json.\(getpid()).tmp")
    try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: victim)
    let store = ProgressStore(directory: state)
    var progress = CourseProgress()
    progress["frames"] = Self.lesson("frames", step: 3, at: 1)
    try store.save(progress)
    #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
    #expect(store.load().progress["frames"].lastStep == 3)
    let attributes = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
  }

  @Test func aDirectoryInPlaceOfTheFileIsNamedAsSuchAndLeftAlone() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    try FileManager.default.createDirectory(at: store.fileURL, withIntermediateDirectories: false)
    let loaded = store.load()
    #expect(
      loaded.notice
        == "\(store.fileURL.path) is a directory, not a progress file; progress will not be saved this session"
    )
    #expect(!loaded.canSave)
    #expect(temporary.contents() == ["progress.json"])
    let error = #expect(throws: ProgressStore.SaveError.self) { try store.save(CourseProgress()) }
    #expect(error?.description.contains("is a directory, not a file") == true)
    #expect(error?.description.contains("ermission") == false)
  }

  @Test func aFIFOInPlaceOfTheFileIsNamedAsSuchWithoutBlocking() throws {
    let temporary = try TemporaryDirectory()
    let store = ProgressStore(directory: temporary.url)
    #expect(mkfifo(store.fileURL.path, 0o600) == 0)
    let started = Date()
    let loaded = store.load()
    #expect(Date().timeIntervalSince(started) < 2)
    #expect(loaded.notice?.contains("is a named pipe (FIFO), not a progress file") == true)
    #expect(!loaded.canSave)
    let error = #expect(throws: ProgressStore.SaveError.self) { try store.save(CourseProgress()) }
    #expect(error?.description.contains("is a named pipe (FIFO), not a file") == true)
  }
}
