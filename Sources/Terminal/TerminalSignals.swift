import CTerminalSignals
import Glibc

/// Signal handling while the terminal is in ncurses mode.
///
/// The flag the handlers set is one C object defined in `CTerminalSignals`; a `static` in a header
/// would be copied into each module that inlines these calls (as release builds do), and the loop
/// would poll a copy no handler ever sets.
package enum TerminalSignals {
  /// Installs the handlers: SIGINT, SIGTERM and SIGHUP only record the signal for the loop to see;
  /// faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) restore the terminal first and then reach the
  /// previous handler, so Swift's crash report still prints, on a usable terminal.
  /// Called before the screen starts, so ncurses keeps its hands off these signals.
  package static func install() {
    memtutor_install_termination_handlers()
    memtutor_install_fault_handlers()
  }

  /// Puts the handlers back as they were, after the terminal has been restored.
  package static func restore() {
    memtutor_restore_fault_handlers()
    memtutor_restore_termination_handlers()
  }

  /// The termination signal received since the last call, if any.
  package static func takePending() -> Int32? {
    let signalNumber = memtutor_take_termination_signal()
    return signalNumber == 0 ? nil : signalNumber
  }

  /// Whether a termination signal is waiting, without taking it.
  package static var hasPending: Bool { memtutor_peek_termination_signal() != 0 }

  /// The conventional shell status for a process ended by `signalNumber` (128 + n).
  package static func exitStatus(for signalNumber: Int32) -> Int32 { 128 + signalNumber }

  /// Records `signalNumber` as the handler would, so tests can check the loop sees it.
  package static func record(_ signalNumber: Int32) {
    memtutor_record_termination_signal(signalNumber)
  }

  /// Sends this process SIGSEGV, to check that the terminal comes back (terminal-check's hidden flag).
  package static func raiseSegmentationFault() {
    memtutor_raise_fault(SIGSEGV)
  }
}
