import Foundation

/// Folders the tests read, found from this file's own location in the repository.
package enum TestPaths {
  /// The repository root (this file is `Tests/TestSupport/TestPaths.swift`).
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The course's lessons.
  package static let lessons = root.appendingPathComponent("Lessons", isDirectory: true)
  /// Programs whose output, diagnostics and exit status are compared with rustc's.
  package static let corpus = root.appendingPathComponent("Tests/ExecutionTests/Corpus", isDirectory: true)
  /// Golden traces of sample programs and lessons.
  package static let golden = root.appendingPathComponent("Tests/ExecutionTests/Golden", isDirectory: true)
  /// Whole-screen snapshots.
  package static let snapshots = root.appendingPathComponent("Tests/TutorTests/Snapshots", isDirectory: true)
}
