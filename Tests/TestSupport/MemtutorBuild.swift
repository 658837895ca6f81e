import Foundation
import Testing

/// Which built `memtutor` an end-to-end test runs.
///
/// Some defects show only in optimised code (inlining across modules, say), so a few tests run the
/// release binary as well. Building it inside a test would take minutes on a small machine, so a
/// test uses `.build/release/memtutor` only when it is already there and newer than every source
/// file, and is skipped, saying why, otherwise.
package enum MemtutorBuild: String, Sendable, CustomStringConvertible {
  case debug
  case release

  package var description: String { rawValue }

  /// The binary's path, or `TmuxDriver.Failure.binaryMissing`.
  package func binary() throws -> String {
    switch self {
    case .debug: return try TmuxDriver.memtutorBinary()
    case .release:
      guard let path = Self.currentReleaseBinary else {
        throw TmuxDriver.Failure.binaryMissing([Self.releasePath.path + " (missing or older than Sources/)"])
      }
      return path
    }
  }

  /// Whether a release binary newer than the sources is there to test.
  package static var releaseIsCurrent: Bool { currentReleaseBinary != nil }

  /// Why a release test is skipped, for the test's `.enabled(if:)` trait.
  package static let releaseMissingReason: Comment =
    "no release build newer than the sources: run `swift build -c release` to test it too"

  static let releasePath = TestPaths.root.appendingPathComponent(".build/release/memtutor")

  /// `.build/release/memtutor` when it exists and was built after the last change to any file
  /// under Sources/ or to Package.swift.
  package static let currentReleaseBinary: String? = {
    let manager = FileManager.default
    guard manager.isExecutableFile(atPath: releasePath.path),
      let built = modificationDate(releasePath.path)
    else { return nil }
    var newestSource =
      modificationDate(TestPaths.root.appendingPathComponent("Package.swift").path) ?? .distantPast
    let sources = TestPaths.root.appendingPathComponent("Sources")
    if let walker = manager.enumerator(atPath: sources.path) {
      for case let file as String in walker {
        if let date = modificationDate(sources.appendingPathComponent(file).path), date > newestSource {
          newestSource = date
        }
      }
    }
    return built > newestSource ? releasePath.path : nil
  }()

  private static func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}
