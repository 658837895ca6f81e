/// The course as text for `memtutor list`: two lines per lesson.
///
///      1. Where a value lives                                   where-a-value-lives · 23 steps
///         A string literal in .rodata, its copy on the heap, three words on the stack.
package struct LessonTable: Sendable {
  package var lessons: [Lesson]
  /// Steps in each lesson's trace, by slug (missing when the engine could not trace it).
  package var stepCounts: [String: Int] = [:]
  /// A short progress note per slug (`done, 3/3 right`, `at step 12`); the column is left
  /// out when empty, so the progress store can fill it in without changing this layout.
  package var progress: [String: String] = [:]

  package func rendered(width: Int = 80) -> String {
    guard !lessons.isEmpty else { return "No lessons found." }
    let numberWidth = String(lessons.count).count
    var lines: [String] = []
    for lesson in lessons {
      let number =
        String(repeating: " ", count: numberWidth - String(lesson.number).count) + "\(lesson.number)."
      var facts = [lesson.slug]
      if let steps = stepCounts[lesson.slug] { facts.append("\(steps) steps") }
      facts.append("\(lesson.questions.count) questions")
      if let note = progress[lesson.slug], !note.isEmpty { facts.append(note) }
      lines.append("\(number) \(lesson.title)")
      let indent = String(repeating: " ", count: numberWidth + 2)
      lines.append(indent + lesson.summary)
      lines.append(indent + "(" + facts.joined(separator: ", ") + ")")
    }
    return lines.joined(separator: "\n")
  }

  package init(lessons: [Lesson], stepCounts: [String: Int] = [:], progress: [String: String] = [:]) {
    self.lessons = lessons
    self.stepCounts = stepCounts
    self.progress = progress
  }
}
