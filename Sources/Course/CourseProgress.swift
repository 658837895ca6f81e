import Foundation

/// Everything saved about the learner: each lesson's progress and the lesson opened last.
package struct CourseProgress: Codable, Sendable, Equatable {
  package static let currentVersion = 1

  package var version = CourseProgress.currentVersion
  /// The lesson to preselect in the menu (resume where the learner left off).
  package var lastOpened: String?
  package var lessons: [String: LessonProgress] = [:]

  package init() {}

  package subscript(lessonID: String) -> LessonProgress {
    get { lessons[lessonID] ?? LessonProgress(lessonID: lessonID) }
    set { lessons[lessonID] = newValue }
  }

  package var isEmpty: Bool { lessons.isEmpty && lastOpened == nil }

  /// This progress with every lesson's values inside what memtutor can use (see
  /// `LessonProgress.validated`), and one note per value changed, naming the lesson.
  package func validated() -> (progress: CourseProgress, problems: [String]) {
    var fixed = self
    var problems: [String] = []
    for (key, lesson) in lessons.sorted(by: { $0.key < $1.key }) {
      var (checked, lessonProblems) = lesson.validated()
      if checked.lessonID != key {
        lessonProblems.append("lessonID \(lesson.lessonID) does not match its key; set to \(key)")
        checked.lessonID = key
      }
      problems += lessonProblems.map { "\(key): \($0)" }
      fixed.lessons[key] = checked
    }
    return (fixed, problems)
  }

  private enum CodingKeys: String, CodingKey {
    case version, lastOpened, lessons
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? CourseProgress.currentVersion
    lastOpened = try container.decodeIfPresent(String.self, forKey: .lastOpened)
    lessons = try container.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
  }
}
