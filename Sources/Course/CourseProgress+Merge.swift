import Foundation

extension CourseProgress {
  /// This progress (the one being saved) folded into `saved` (what another memtutor may have
  /// written since this one loaded), so neither loses the other's work: lessons only one side
  /// has are kept; for a lesson both have, the side that touched it last gives the position,
  /// answers are pooled (the first answer to each question still counts), and done stays done.
  package func merged(into saved: CourseProgress) -> CourseProgress {
    var result = saved
    result.version = CourseProgress.currentVersion
    result.lastOpened = lastOpened ?? saved.lastOpened
    for (id, mine) in lessons {
      guard let theirs = saved.lessons[id] else {
        result.lessons[id] = mine
        continue
      }
      result.lessons[id] = mine.merged(with: theirs)
    }
    return result
  }
}

extension LessonProgress {
  /// The newer of the two (by `updatedAt`; this one on a tie) with the other's answers and
  /// completion added.
  fileprivate func merged(with other: LessonProgress) -> LessonProgress {
    let mineIsNewer = (updatedAt ?? .distantPast) >= (other.updatedAt ?? .distantPast)
    var result = mineIsNewer ? self : other
    let older = mineIsNewer ? other : self
    for answer in older.answers where result.answer(forStep: answer.step) == nil {
      result.answers.append(answer)
    }
    result.answers.sort { $0.step < $1.step }
    result.done = done || other.done
    return result
  }
}
