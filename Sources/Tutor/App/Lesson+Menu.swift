import Course

extension Lesson {
  /// The lesson as the menu lists it.
  func menuEntry(stepCount: Int?, progress: LessonProgress?) -> MenuEntry {
    MenuEntry(
      id: id, number: number, title: title, summary: summary, stepCount: stepCount, progress: progress)
  }
}
