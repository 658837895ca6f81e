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
