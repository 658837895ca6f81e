import Execution
import RustFrontEnd

/// Whether `Engine.trace` is still the placeholder that refuses every program. Suites that
/// need a working engine skip, saying why, until it lands.
package enum EngineAvailability {
  package static let isPlaceholder: Bool = {
    do throws(DiagnosticList) {
      _ = try Engine.trace(source: "fn main() {}\n", path: "probe.rs")
      return false
    } catch {
      return error.diagnostics.contains { $0.message == "the engine is not available yet" }
    }
  }()
}
