import Course
import Execution

/// The course as the root model sees it: menu entries with lengths and progress, and lessons
/// opened by id.
struct LessonCourse: Sendable {
  let lessons: [Lesson]
  let launcher: LessonLauncher
  /// Steps per lesson slug, traced in the background when the course is loaded, so the first
  /// screen does not wait for them (missing when a lesson cannot be traced; opening it then
  /// shows why).
  let stepCounts: BackgroundWork<[String: Int]>

  init(library: LessonLibrary, launcher: LessonLauncher) {
    let lessons = library.lessons
    self.lessons = lessons
    self.launcher = launcher
    stepCounts = BackgroundWork(lazily: true) {
      var counts: [String: Int] = [:]
      for lesson in lessons {
        if let trace = try? Engine.trace(
          source: lesson.source, path: lesson.path, options: lesson.engineOptions)
        {
          counts[lesson.slug] = trace.stepCount
        }
      }
      return counts
    }
  }

  var rootCourse: RootModel<TutorState>.Course {
    let lessons = lessons
    let launcher = launcher
    let stepCounts = stepCounts
    return RootModel<TutorState>.Course(
      entries: { progress in
        LessonLauncher.menuEntries(for: lessons, stepCounts: stepCounts.result ?? [:], progress: progress)
      },
      isLoading: { stepCounts.result == nil },
      open: { id, saved in
        guard let lesson = lessons.first(where: { $0.slug == id }) else {
          return .message(
            MessageScreen(title: "no lesson \(id)", text: "The lesson \(id) is no longer in the course."))
        }
        return launcher.openRecording(lesson, progress: saved, startStep: saved.lastStep)
      })
  }
}
