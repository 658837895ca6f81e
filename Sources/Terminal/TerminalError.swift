/// Why the terminal could not be opened. Each has one line for the user and exit status 2.
package enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// Standard output is not a terminal (piped or redirected).
  case outputNotATerminal
  /// `TERM` is unset or empty.
  case terminalTypeMissing
  /// `TERM=dumb`: ncurses would accept it and draw garbage.
  case terminalTypeDumb
  /// ncurses could not start on this terminal type (not in the terminfo database).
  case terminalTypeUnknown(String)

  /// Where the user can go instead: the commands that need no terminal.
  package static let alternatives =
    "try 'memtutor run FILE.rs', 'memtutor trace FILE.rs' or 'memtutor render FILE.rs --step N'"

  /// The single line printed to standard error.
  package var message: String {
    "memtutor: this needs an interactive terminal (\(reason)); \(Self.alternatives)"
  }

  package var reason: String {
    switch self {
    case .outputNotATerminal: "stdout is not a terminal"
    case .terminalTypeMissing: "TERM is not set"
    case .terminalTypeDumb: "TERM is 'dumb'"
    case .terminalTypeUnknown(let name): "TERM '\(name)' is not in the terminfo database"
    }
  }

  package var exitStatus: Int32 { 2 }

  package var description: String { message }
}
