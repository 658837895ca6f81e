import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when the
/// object goes away.
package final class TemporaryDirectory {
  package let url: URL

  package init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("memtutor-progress-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  package func contents(of subdirectory: String = "") -> [String] {
    let path = subdirectory.isEmpty ? url.path : url.appendingPathComponent(subdirectory).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}
