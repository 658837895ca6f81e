/// Why `LessonLibrary.resolve` found no lesson; its description is the message to print.
package enum LessonLookupError: Error, Sendable, CustomStringConvertible {
  /// Nothing matched; `suggestions` are close matches (possibly none).
  case unknown(String, suggestions: [Lesson], courseSize: Int)
  /// Several lessons match equally well.
  case ambiguous(String, candidates: [Lesson])
  /// The argument is a lesson file that does not parse; `report` is the rendered diagnostics.
  case invalidLesson(path: String, report: String)

  package var description: String {
    switch self {
    case .unknown(let name, let suggestions, let size):
      var message =
        Int(name) != nil
        ? "there is no lesson \(name); the course has lessons 1–\(size)"
        : "no lesson is called `\(name)`"
      if !suggestions.isEmpty {
        message += "; did you mean:\n" + suggestions.map(Self.line).joined(separator: "\n")
      }
      return message + "\n(`memtutor list` shows the whole course)"
    case .ambiguous(let name, let candidates):
      return "`\(name)` matches several lessons:\n" + candidates.map(Self.line).joined(separator: "\n")
    case .invalidLesson(_, let report):
      return report
    }
  }

  private static func line(_ lesson: Lesson) -> String {
    "  \(lesson.number)  \(lesson.slug)  (\(lesson.title))"
  }
}
