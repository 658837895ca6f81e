import Foundation

/// The external tools some tests compare memtutor with. Each is looked up once.
package enum Toolchain {
  package struct Tool: Sendable {
    package var path: String
    package var version: String
  }

  /// The `rustc` on PATH, if there is one that answers `rustc --version`.
  package static let rustc: Tool? = find("rustc")

  package static var rustcAvailable: Bool { rustc != nil }

  private static func find(_ name: String) -> Tool? {
    guard let path = ProcessRunner.lookUp(name),
      let probe = try? ProcessRunner.runAndWait(.init(executable: path, arguments: ["--version"])),
      probe.status == 0
    else { return nil }
    return Tool(path: path, version: probe.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
