import Foundation

/// Everything saved about the learner: each lesson's progress and the lesson opened last.
struct CourseProgress: Codable, Sendable, Equatable {
  static let currentVersion = 1

  var version = CourseProgress.currentVersion
  /// The lesson to preselect in the menu (resume where the learner left off).
  var lastOpened: String?
  var lessons: [String: LessonProgress] = [:]

  init() {}

  subscript(lessonID: String) -> LessonProgress {
    get { lessons[lessonID] ?? LessonProgress(lessonID: lessonID) }
    set { lessons[lessonID] = newValue }
  }

  var isEmpty: Bool { lessons.isEmpty && lastOpened == nil }

  private enum CodingKeys: String, CodingKey {
    case version, lastOpened, lessons
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decodeIfPresent(Int.self, forKey: .version) ?? CourseProgress.currentVersion
    lastOpened = try container.decodeIfPresent(String.self, forKey: .lastOpened)
    lessons = try container.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
  }
}
