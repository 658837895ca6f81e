import Foundation
import RustFrontEnd

extension LessonLibrary {
  /// Finds the lesson `argument` names: a number (`3`), a slug (`stack-overflow`), a file
  /// name (`04-stack-overflow.rs`), a unique part of a slug or title (`overflow`), or the
  /// path of a lesson file. Throws a `LessonLookupError` whose text lists close matches.
  package func resolve(_ argument: String) throws(LessonLookupError) -> Lesson {
    let wanted = argument.trimmingCharacters(in: .whitespaces)
    if wanted.hasSuffix(".rs"), FileManager.default.fileExists(atPath: wanted) {
      let source = SourceText.normalized((try? String(contentsOfFile: wanted, encoding: .utf8)) ?? "")
      do {
        return try LessonParser.parse(source: source, path: wanted)
      } catch {
        throw .invalidLesson(path: wanted, report: error.rendered(file: wanted, source: source))
      }
    }
    if let number = Int(wanted) {
      if let lesson = lessons.first(where: { $0.number == number }) { return lesson }
      throw .unknown(wanted, suggestions: [], courseSize: lessons.count)
    }
    let key = Self.normalized(wanted)
    if let lesson = lessons.first(where: { $0.slug == key }) { return lesson }
    let prefixed = lessons.filter { $0.slug.hasPrefix(key) }
    if prefixed.count == 1, let only = prefixed.first { return only }
    let containing = lessons.filter {
      $0.slug.contains(key) || Self.normalized($0.title).contains(key)
    }
    if containing.count == 1, let only = containing.first { return only }
    if containing.count > 1 { throw .ambiguous(wanted, candidates: containing) }
    throw .unknown(wanted, suggestions: closeMatches(to: key), courseSize: lessons.count)
  }

  /// Resolves `argument` against the course loaded with `extraFolders` (for `memtutor LESSON`).
  package static func resolve(_ argument: String, extraFolders: [String] = []) throws(LessonLookupError)
    -> Lesson
  {
    try load(extraFolders: extraFolders).resolve(argument)
  }

  /// Lessons whose slug (or a word of it) is a few edits away from `key`, best first.
  package func closeMatches(to key: String, limit: Int = 3) -> [Lesson] {
    let scored = lessons.map { lesson -> (Lesson, Int) in
      let words = lesson.slug.split(separator: "-").map(String.init)
      let distances = [Self.editDistance(key, lesson.slug)] + words.map { Self.editDistance(key, $0) }
      return (lesson, distances.min() ?? Int.max)
    }
    let allowed = max(2, key.count / 3)
    return scored.filter { $0.1 <= allowed }.sorted { $0.1 < $1.1 }.prefix(limit).map(\.0)
  }

  /// `Stack Overflow`, `04-stack_overflow.rs` and `stack-overflow` all become `stack-overflow`.
  package static func normalized(_ text: String) -> String {
    var name = text.lowercased()
    if name.hasSuffix(".rs") { name = String(name.dropLast(3)) }
    name = String(name.drop { $0.isASCII && $0.isNumber })
    name = String(name.drop { $0 == "-" || $0 == "_" })
    return String(name.map { $0 == "_" || $0 == " " ? "-" : $0 })
  }

  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
