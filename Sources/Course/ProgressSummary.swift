import Screen

/// The plain-text progress report `memtutor progress` prints.
package struct ProgressSummary: Sendable {
  /// What the report knows about a lesson of the course besides the saved progress.
  package struct CourseLesson: Sendable, Equatable {
    package var id: String
    package var number: Int?
    package var title: String

    package init(id: String, number: Int? = nil, title: String) {
      self.id = id
      self.number = number
      self.title = title
    }
  }

  package var progress: CourseProgress
  /// The course in order; lessons with saved progress but no longer in the course are listed
  /// after it by their id.
  package var course: [CourseLesson] = []

  package var text: String {
    let orphans = progress.lessons.keys.filter { id in !course.contains { $0.id == id } }.sorted()
    let rows =
      course.map { lesson in
        row(number: lesson.number.map(String.init) ?? "", title: lesson.title, id: lesson.id)
      } + orphans.map { row(number: "", title: $0, id: $0) }
    guard !rows.isEmpty, !progress.isEmpty else {
      return "No progress saved yet. Run `memtutor` to start the course."
    }
    let numberWidth = rows.map(\.number.count).max() ?? 0
    let titleWidth = min(44, rows.map { DisplayWidth.of($0.title) }.max() ?? 0)
    var lines: [String] = []
    for row in rows {
      let marker = row.id == progress.lastOpened ? ">" : " "
      let number = String(repeating: " ", count: numberWidth - row.number.count) + row.number
      let title = TextFitting.fit(row.title, width: titleWidth)
      var line = "\(marker) \(number)  \(title)  \(row.status)"
      if let score = row.score { line += "  (\(score))" }
      lines.append(line)
    }
    let totals = progress.lessons.values
    let right = totals.reduce(0) { $0 + $1.right }
    let asked = totals.reduce(0) { $0 + $1.asked }
    let done =
      course.isEmpty
      ? totals.filter(\.done).count
      : course.filter { progress.lessons[$0.id]?.done == true }.count
    var footer = "\(done) of \(course.isEmpty ? totals.count : course.count) lessons done"
    if asked > 0 { footer += ", \(right) of \(asked) questions answered right" }
    lines.append("")
    lines.append(footer)
    return lines.joined(separator: "\n")
  }

  private struct Row {
    var number: String
    var title: String
    var id: String
    var status: String
    var score: String?
  }

  private func row(number: String, title: String, id: String) -> Row {
    let lesson = progress[id]
    return Row(number: number, title: title, id: id, status: lesson.statusText, score: lesson.scoreText)
  }

  /// A short note per lesson for `memtutor list`: "done, 3/3 right", "at step 12 of 40".
  package static func notes(for progress: CourseProgress) -> [String: String] {
    progress.lessons.mapValues { lesson in
      guard lesson.done || lesson.lastStep > 0 || lesson.asked > 0 else { return "" }
      return [lesson.statusText, lesson.scoreText].compactMap { $0 }.joined(separator: ", ")
    }
  }

  package init(progress: CourseProgress, course: [CourseLesson] = []) {
    self.progress = progress
    self.course = course
  }
}
