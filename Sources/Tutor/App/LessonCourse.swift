import Course
import Execution

/// The course as the root model sees it: menu entries with lengths and progress, and lessons
/// opened by id.
struct LessonCourse: Sendable {
  let lessons: [Lesson]
  let launcher: LessonLauncher
  /// Steps per lesson slug, traced once when the course is loaded (missing when a lesson
  /// cannot be traced; opening it then shows why).
  let stepCounts: [String: Int]

  init(library: LessonLibrary, launcher: LessonLauncher) {
    lessons = library.lessons
    self.launcher = launcher
    var counts: [String: Int] = [:]
    for lesson in library.lessons {
      if let trace = try? Engine.trace(
        source: lesson.source, path: lesson.path, options: lesson.engineOptions)
      {
        counts[lesson.slug] = trace.stepCount
      }
    }
    stepCounts = counts
  }

  var rootCourse: RootModel<TutorState>.Course {
    let lessons = lessons
    let launcher = launcher
    let stepCounts = stepCounts
    return RootModel<TutorState>.Course(
      entries: { progress in
        LessonLauncher.menuEntries(for: lessons, stepCounts: stepCounts, progress: progress)
      },
      open: { id, saved in
        guard let lesson = lessons.first(where: { $0.slug == id }) else {
          return .message(
            MessageScreen(title: "no lesson \(id)", text: "The lesson \(id) is no longer in the course."))
        }
        return launcher.open(lesson, progress: saved)
      })
  }
}
