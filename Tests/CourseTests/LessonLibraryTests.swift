import Course
import Foundation
import Testing

@Suite struct LessonLibraryTests {
  /// A scratch folder with a built-in course, a teacher's folder and a user folder.
  struct Folders {
    let root: URL
    var builtIn: String { root.appendingPathComponent("builtin").path }
    var teacher: String { root.appendingPathComponent("teacher").path }
    var userData: String { root.appendingPathComponent("data").path }
    var user: String { userData + "/memtutor/lessons" }
    var environment: [String: String] {
      ["MEMTUTOR_LESSONS": builtIn, "XDG_DATA_HOME": userData, "HOME": root.path]
    }

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
      for folder in [builtIn, teacher, user] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
    }

    func write(_ folder: String, _ name: String, title: String) throws {
      let text = "//! title: \(title)\n//! summary: About \(title).\n\nfn main() {}\n"
      try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  private func makeCourse() throws -> Folders {
    let folders = try Folders()
    try folders.write(folders.builtIn, "01-where-a-value-lives.rs", title: "Where a value lives")
    try folders.write(folders.builtIn, "02-frames.rs", title: "Frames")
    try folders.write(folders.builtIn, "10-heap-growth.rs", title: "Growth")
    try folders.write(folders.builtIn, "04-stack-overflow.rs", title: "Stack overflow")
    try folders.write(folders.builtIn, "05-runaway-recursion.rs", title: "Recursion overflow")
    try "not a lesson".write(toFile: folders.builtIn + "/README.md", atomically: true, encoding: .utf8)
    return folders
  }

  @Test func loadsInFileNumberOrderAndRenumbers() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    let library = LessonLibrary.load(environment: folders.environment)
    #expect(library.problems.isEmpty)
    #expect(
      library.lessons.map(\.slug) == [
        "where-a-value-lives", "frames", "stack-overflow", "runaway-recursion", "heap-growth",
      ])
    #expect(library.lessons.map(\.number) == [1, 2, 3, 4, 5])
    #expect(library.builtInFolder == folders.builtIn)
  }

  @Test func resolvesNumbersNamesAndParts() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    let library = LessonLibrary.load(environment: folders.environment)
    #expect(try library.resolve("2").slug == "frames")
    #expect(try library.resolve("stack-overflow").slug == "stack-overflow")
    #expect(try library.resolve("04-stack-overflow.rs").slug == "stack-overflow")
    #expect(try library.resolve("Stack_Overflow").slug == "stack-overflow")
    #expect(try library.resolve("runaway").slug == "runaway-recursion")
    #expect(try library.resolve("growth").slug == "heap-growth")
  }

  @Test func ambiguousAndUnknownNamesExplainThemselves() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    let library = LessonLibrary.load(environment: folders.environment)
    #expect(throws: LessonLookupError.self) { try library.resolve("overflow") }
    do {
      _ = try library.resolve("overflow")
    } catch {
      #expect(error.description.hasPrefix("`overflow` matches several lessons:"))
      #expect(error.description.contains("3  stack-overflow"))
      #expect(error.description.contains("4  runaway-recursion"))
    }
    do {
      _ = try library.resolve("frmaes")
      Issue.record("a misspelt name should not resolve")
    } catch {
      #expect(
        error.description.hasPrefix("no lesson is called `frmaes`; did you mean:\n  2  frames  (Frames)"))
      #expect(error.description.hasSuffix("(`memtutor list` shows the whole course)"))
    }
    do {
      _ = try library.resolve("42")
      Issue.record("a number past the end should not resolve")
    } catch {
      #expect(error.description.hasPrefix("there is no lesson 42; the course has lessons 1–5"))
    }
  }

  @Test func teacherAndUserLessonsFollowAndMayReplace() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    try folders.write(folders.teacher, "01-my-intro.rs", title: "My intro")
    try folders.write(folders.teacher, "02-frames.rs", title: "Frames, my way")
    try folders.write(folders.user, "extra.rs", title: "Extra")
    let library = LessonLibrary.load(extraFolders: [folders.teacher], environment: folders.environment)
    #expect(
      library.lessons.map(\.slug) == [
        "where-a-value-lives", "frames", "stack-overflow", "runaway-recursion", "heap-growth", "my-intro",
        "extra",
      ])
    #expect(library.lessons[1].title == "Frames, my way")
    #expect(try library.resolve("7").slug == "extra")
  }

  @Test func unreadableFoldersAndBrokenFilesAreReportedNotFatal() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    try "//! title: Broken\n\nfn main() {}\n".write(
      toFile: folders.teacher + "/03-broken.rs", atomically: true, encoding: .utf8)
    let missing = folders.root.appendingPathComponent("no-such-folder").path
    let library = LessonLibrary.load(
      extraFolders: [missing, folders.teacher], environment: folders.environment)
    #expect(library.lessons.count == 5)
    #expect(library.problems.count == 2)
    #expect(library.problems.contains { $0.hasPrefix("cannot read lessons folder \(missing)") })
    #expect(
      library.problems.contains {
        $0.contains("03-broken.rs:1:1: error: the lesson header needs `//! summary: …`")
      })
  }

  @Test func aMissingUserFolderIsSilent() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    try FileManager.default.removeItem(atPath: folders.user)
    #expect(LessonLibrary.load(environment: folders.environment).problems.isEmpty)
  }

  @Test func resolvesALessonFilePath() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    let library = LessonLibrary.load(environment: folders.environment)
    let path = folders.builtIn + "/02-frames.rs"
    #expect(try library.resolve(path).title == "Frames")
    try "fn main() {}\n".write(toFile: folders.root.path + "/plain.rs", atomically: true, encoding: .utf8)
    #expect(throws: LessonLookupError.self) { try library.resolve(folders.root.path + "/plain.rs") }
  }

  @Test func findsTheBuiltInCourse() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    // From an installed executable: <prefix>/bin/memtutor next to <prefix>/share/memtutor/Lessons.
    let prefix = folders.root.appendingPathComponent("prefix")
    let installed = prefix.appendingPathComponent("share/memtutor/Lessons")
    try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
    try folders.write(installed.path, "01-a.rs", title: "A")
    let executable = prefix.appendingPathComponent("bin/memtutor")
    #expect(
      LessonLibrary.builtInFolder(
        environment: [:], executable: executable, sourceFile: "/nowhere/a/b/c/d.swift")
        == installed.standardizedFileURL.path)
    // From the source checkout this file was compiled in.
    let checkout = LessonLibrary.builtInFolder(environment: [:], executable: nil)
    #expect(checkout?.hasSuffix("/Lessons") == true)
    #expect(FileManager.default.fileExists(atPath: (checkout ?? "") + "/01-where-a-value-lives.rs"))
    // The environment wins.
    #expect(
      LessonLibrary.builtInFolder(environment: folders.environment, executable: executable) == folders.builtIn
    )
    #expect(
      LessonLibrary.userFolder(environment: ["HOME": "/home/ada"])
        == "/home/ada/.local/share/memtutor/lessons")
  }

  @Test func tableLeavesRoomForProgress() throws {
    let folders = try makeCourse()
    defer { folders.remove() }
    var table = LessonTable(
      lessons: Array(LessonLibrary.load(environment: folders.environment).lessons.prefix(2)))
    table.stepCounts["frames"] = 12
    table.progress["frames"] = "at step 4"
    #expect(
      table.rendered() == """
        1. Where a value lives
           About Where a value lives.
           (where-a-value-lives, 0 questions)
        2. Frames
           About Frames.
           (frames, 12 steps, 0 questions, at step 4)
        """)
  }
}
