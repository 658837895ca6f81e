import Foundation
import RustFrontEnd
import Synchronization

/// The course: the built-in lessons plus a teacher's own, numbered in order.
///
/// Built-in lessons come from the repository's `Lessons/` folder (found by
/// `LessonLibrary.builtInFolder`). Lessons from `--lessons DIR` and from the per-user folder
/// (`$XDG_DATA_HOME/memtutor/lessons`) follow them; one with the same slug as a lesson from an
/// earlier folder takes its place, and says so in `problems`; a second file with the same slug
/// in one folder is left out and reported. Files that fail to parse are left out and reported too.
package struct LessonLibrary: Sendable {
  package var lessons: [Lesson]
  /// One message per folder that could not be read or lesson file that did not parse.
  package var problems: [String]
  /// Where the built-in lessons were found, if anywhere.
  package var builtInFolder: String?

  package init(lessons: [Lesson], problems: [String] = [], builtInFolder: String? = nil) {
    self.lessons = lessons
    self.problems = problems
    self.builtInFolder = builtInFolder
  }

  /// Loads the built-in course, then `extraFolders` (from `--lessons`), then the user's folder.
  package static func load(
    extraFolders: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> LessonLibrary {
    var library = LessonLibrary(lessons: [])
    if let folder = builtInFolder(environment: environment) {
      library.builtInFolder = folder
      library.add(folder: folder, reportMissing: true)
    } else {
      library.problems.append(
        "the built-in lessons were not found; set MEMTUTOR_LESSONS to the Lessons folder of memtutor")
    }
    for folder in extraFolders {
      library.add(folder: folder, reportMissing: true)
    }
    library.add(folder: userFolder(environment: environment), reportMissing: false)
    for index in library.lessons.indices {
      library.lessons[index].number = index + 1
    }
    return library
  }

  /// Adds every lesson file in `folder` (sorted by its number, then name).
  package mutating func add(folder: String, reportMissing: Bool) {
    let files: [String]
    do {
      files = try Self.lessonFiles(in: folder)
    } catch {
      if reportMissing || FileManager.default.fileExists(atPath: folder) {
        problems.append("cannot read lessons folder \(folder): \(error.localizedDescription)")
      }
      return
    }
    // Parsed on every core: loading the course is most of the start-up before the first frame.
    let parsed = Mutex<[Int: Result<Lesson, DiagnosticList>]>([:])
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let result: Result<Lesson, DiagnosticList>
      do throws(DiagnosticList) {
        result = .success(try LessonParser.parse(contentsOf: files[index]))
      } catch {
        result = .failure(error)
      }
      parsed.withLock { $0[index] = result }
    }
    let results = parsed.withLock { $0 }
    var added: [Lesson] = []
    for (index, file) in files.enumerated() {
      switch results[index] {
      case .success(let lesson)?:
        added.append(lesson)
      case .failure(let error)?:
        let source = SourceText.normalized((try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
        problems.append(error.rendered(file: file, source: source))
      case nil:
        break
      }
    }
    added.sort { ($0.number, $0.slug) < ($1.number, $1.slug) }
    var slugsInFolder: [String: String] = [:]
    for lesson in added {
      if let first = slugsInFolder[lesson.slug] {
        problems.append(
          "\(lesson.path): lesson id '\(lesson.slug)' is already used by \(first); this file is left out "
            + "(the id comes from the file name: rename one of them)")
        continue
      }
      slugsInFolder[lesson.slug] = lesson.path
      if let existing = lessons.firstIndex(where: { $0.slug == lesson.slug }) {
        problems.append(
          "\(lesson.path): lesson id '\(lesson.slug)' replaces the lesson from \(lessons[existing].path)")
        lessons[existing] = lesson
      } else {
        lessons.append(lesson)
      }
    }
  }

  /// The `.rs` files directly in `folder`, sorted by name.
  package static func lessonFiles(in folder: String) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return names.filter { $0.hasSuffix(".rs") && !$0.hasPrefix(".") }.sorted().map { prefix + $0 }
  }

  // MARK: - Where the lessons are

  /// The built-in Lessons folder: `$MEMTUTOR_LESSONS`; else `share/memtutor/Lessons` next to
  /// the installed executable; else a `Lessons` folder in a checkout that holds the executable's
  /// build folder; else the checkout this file was compiled from.
  package static func builtInFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = runningExecutable,
    sourceFile: String = #filePath
  ) -> String? {
    if let explicit = environment["MEMTUTOR_LESSONS"], !explicit.isEmpty {
      return explicit
    }
    var candidates: [URL] = []
    if let executable {
      let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
      candidates.append(folder.appendingPathComponent("../share/memtutor/Lessons").standardizedFileURL)
      var up = folder
      for _ in 0..<4 {
        up = up.deletingLastPathComponent()
        candidates.append(up.appendingPathComponent("Lessons"))
      }
    }
    // …/Sources/Course/LessonLibrary.swift → the repository root.
    var root = URL(fileURLWithPath: sourceFile)
    for _ in 0..<3 { root = root.deletingLastPathComponent() }
    candidates.append(root.appendingPathComponent("Lessons"))
    return candidates.first(where: isCourseFolder)?.path
  }

  /// This program's file. Read from `/proc/self/exe` rather than `Bundle.main`, which lists the
  /// executable's whole folder (a build folder holds thousands of files) before the first frame.
  package static var runningExecutable: URL? {
    let link = "/proc/self/exe"
    if FileManager.default.fileExists(atPath: link) { return URL(fileURLWithPath: link) }
    return CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }
  }

  /// The per-user lessons folder: `$XDG_DATA_HOME/memtutor/lessons`, by default
  /// `~/.local/share/memtutor/lessons`. The XDG spec says a relative `XDG_DATA_HOME` is invalid
  /// and must be ignored (it would name a different folder in every working directory).
  package static func userFolder(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return "\(data)/memtutor/lessons" }
    let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
    return "\(home)/.local/share/memtutor/lessons"
  }

  private static func isCourseFolder(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { return false }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.contains { $0.hasSuffix(".rs") }
  }
}
