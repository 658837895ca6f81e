import Foundation
import TestSupport
import Testing

/// Whole screens compared with text files under `Tests/TutorTests/Snapshots/`.
///
/// A missing file is a failure; run with `MEMTUTOR_RECORD_SNAPSHOTS=1` to write it (then
/// read it, and commit it only if every number on it is right).
package enum Snapshot {
  package static let directory = TestPaths.snapshots

  package static func check(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["MEMTUTOR_RECORD_SNAPSHOTS"] == "1"
    if recording {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no snapshot \(name).txt (record with MEMTUTOR_RECORD_SNAPSHOTS=1)", sourceLocation: sourceLocation)
      return
    }
    var expected = String(decoding: data, as: UTF8.self)
    if expected.hasSuffix("\n") { expected.removeLast() }
    if expected != text {
      let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDifference = zip(actualLines, expectedLines).enumerated().first {
        $0.element.0 != $0.element.1
      }
      let row = firstDifference?.offset ?? min(actualLines.count, expectedLines.count)
      Issue.record(
        """
        screen differs from \(name).txt at row \(row + 1):
        expected: \(row < expectedLines.count ? String(expectedLines[row]) : "(none)")
        actual:   \(row < actualLines.count ? String(actualLines[row]) : "(none)")
        """, sourceLocation: sourceLocation)
    }
  }
}
