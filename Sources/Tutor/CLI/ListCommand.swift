import ArgumentParser
import Course
import Execution
import Foundation

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "Show the course: every lesson with its number, title, summary and length.",
    discussion: """
      Lessons come from the built-in course, then each --lessons folder, then \
      $XDG_DATA_HOME/memtutor/lessons (default ~/.local/share/memtutor/lessons). \
      Open one with `memtutor NUMBER` or `memtutor NAME`.
      """)

  @Option(name: .customLong("lessons"), help: "A folder of extra lesson files (may be repeated).")
  var lessonFolders: [String] = []

  func run() throws {
    let library = LessonLibrary.load(extraFolders: lessonFolders)
    for problem in library.problems {
      CommandOutput.printError("memtutor: \(problem)")
    }
    var table = LessonTable(lessons: library.lessons)
    for lesson in library.lessons {
      if let trace = try? Engine.trace(
        source: lesson.source, path: lesson.path, options: lesson.engineOptions)
      {
        table.stepCounts[lesson.slug] = trace.stepCount
      }
    }
    let progress = ProgressStore.standard().load()
    if let notice = progress.notice {
      CommandOutput.printError("memtutor: \(notice)")
    }
    table.progress = ProgressSummary.notes(for: progress.progress)
    try CommandOutput.print(table.rendered())
    if library.lessons.isEmpty { throw ExitCode(1) }
  }
}
