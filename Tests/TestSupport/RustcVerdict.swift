import Foundation

/// What rustc says of a program without building it: its first error's code and position
/// (`E0597 5:13`), as `rustc --error-format=json --emit=metadata` reports it.
package enum RustcVerdict {
  /// The first error as `CODE line:col` (`-` when it has no code), or nil when rustc accepts
  /// the file. A position inside a macro of the standard library is followed back to where the
  /// file calls the macro, as rustc's own rendered report shows it.
  package static func firstError(of file: URL, rustc: Toolchain.Tool) async throws -> String? {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("memtutor-verdict-\(UUID().uuidString).rmeta")
    defer { try? FileManager.default.removeItem(at: output) }
    let result = try await ProcessRunner.run(
      .init(
        executable: rustc.path,
        arguments: [
          "--edition", "2024", "--error-format=json", "--emit=metadata", "-o", output.path,
          file.lastPathComponent,
        ],
        workingDirectory: file.deletingLastPathComponent()))
    guard result.status != 0 else { return nil }
    for line in result.stderr.split(separator: "\n") {
      guard let data = line.data(using: .utf8),
        let message = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        message["level"] as? String == "error"
      else { continue }
      let code = (message["code"] as? [String: Any])?["code"] as? String ?? "-"
      let spans = message["spans"] as? [[String: Any]] ?? []
      guard var span = spans.first(where: { $0["is_primary"] as? Bool == true }) else { return code }
      while span["file_name"] as? String != file.lastPathComponent,
        let expansion = span["expansion"] as? [String: Any], let outer = expansion["span"] as? [String: Any]
      {
        span = outer
      }
      let line = span["line_start"] as? Int ?? 0
      let column = span["column_start"] as? Int ?? 0
      return "\(code) \(line):\(column)"
    }
    return "-"
  }
}
