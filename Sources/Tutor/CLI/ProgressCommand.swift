import ArgumentParser
import Course
import Foundation

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: "Show your progress through the course, or clear it.",
    discussion: """
      Progress is saved in $XDG_STATE_HOME/memtutor/progress.json \
      (by default ~/.local/state/memtutor/progress.json).
      """)

  @Flag(name: .long, help: "Forget all progress: every lesson back to not started.")
  var reset = false

  func run() throws {
    let store = ProgressStore.standard()
    if reset {
      let removed: Bool
      do {
        removed = try store.reset()
      } catch {
        throw ValidationError(error.description)
      }
      try CommandOutput.print(
        removed ? "Progress cleared (\(store.fileURL.path) removed)." : "No progress saved yet.")
      return
    }
    let loaded = store.load()
    if let notice = loaded.notice {
      CommandOutput.printError("memtutor: " + notice)
    }
    let library = LessonLibrary.load()
    let course = library.lessons.map {
      ProgressSummary.CourseLesson(id: $0.slug, number: $0.number, title: $0.title)
    }
    try CommandOutput.print(ProgressSummary(progress: loaded.progress, course: course).text)
    if !loaded.progress.isEmpty { try CommandOutput.print("Saved in \(store.fileURL.path)") }
  }
}
