import Execution

/// What the engine says of a program written as `main.rs`, for tests that compare its
/// diagnostics.
enum EngineReports {
  /// The first line of each diagnostic for `source`, or nil when the program runs.
  static func headers(_ source: String) -> [String]? {
    do {
      _ = try Engine.trace(source: source, path: "main.rs")
      return nil
    } catch {
      return error.diagnostics.map {
        String($0.rendered(file: "main.rs", source: source).split(separator: "\n").first ?? "")
      }
    }
  }
}
