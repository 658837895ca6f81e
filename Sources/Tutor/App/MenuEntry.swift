import Course

/// One lesson as the menu lists it.
struct MenuEntry: Sendable, Equatable {
  var id: String
  var number: Int?
  var title: String
  var summary: String
  /// The lesson's length in steps, when known (it takes a trace to know it).
  var stepCount: Int?
  var progress: LessonProgress?

  /// "not started", "at step 4 of 20", "done": the progress column.
  var statusText: String {
    guard var progress else { return "not started" }
    progress.stepCount = stepCount ?? progress.stepCount
    return progress.statusText
  }

  var scoreText: String? { progress?.scoreText }
}
