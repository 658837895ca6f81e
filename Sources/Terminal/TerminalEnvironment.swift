#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process facts the terminal layer decides on, read in one place so the decisions are testable.
package struct TerminalEnvironment: Sendable, Equatable {
  package var variables: [String: String]
  package var outputIsTerminal: Bool

  /// The real process: its environment and whether standard output is a terminal.
  package static func current() -> TerminalEnvironment {
    var variables: [String: String] = [:]
    for name in [
      "TERM", "NO_COLOR", "MEMTUTOR_EXIT_AFTER_FIRST_FRAME", "MEMTUTOR_EXIT_AFTER_SECONDS",
      "MEMTUTOR_EXIT_WHEN_IDLE", "MEMTUTOR_FRAME_STATS",
    ] {
      if let value = getenv(name) { variables[name] = String(cString: value) }
    }
    return TerminalEnvironment(variables: variables, outputIsTerminal: isatty(STDOUT_FILENO) == 1)
  }

  /// Why a full-screen session must not start here, checked before ncurses is touched, or nil.
  package var refusal: TerminalError? {
    if !outputIsTerminal { return .outputNotATerminal }
    let term = variables["TERM"] ?? ""
    if term.isEmpty { return .terminalTypeMissing }
    if term == "dumb" { return .terminalTypeDumb }
    return nil
  }

  package init(variables: [String: String], outputIsTerminal: Bool) {
    self.variables = variables
    self.outputIsTerminal = outputIsTerminal
  }
}
