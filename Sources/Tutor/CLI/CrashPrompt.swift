#if canImport(Glibc)
  import Glibc
#endif

/// Keeps Swift's crash handler from waiting for a key press inside the full-screen tutor.
///
/// On Linux the Swift runtime catches crashes and, when stdin and stdout are both terminals,
/// stops at "Press space to interact, D to debug, or any other key to quit" (its
/// `interactive=tty` default) — over a screen ncurses has put in raw mode, where the prompt
/// may never show. The runtime reads `SWIFT_BACKTRACE` once, before `main`, so setting it
/// later has no effect: when it does not say `interactive=…` and both streams are terminals,
/// memtutor adds `interactive=no` and runs itself again. Piped runs (`run`, `trace`, tests)
/// are not terminals and start once.
enum CrashPrompt {
  static let variable = "SWIFT_BACKTRACE"

  /// The setting to run with, or nil when the current one already rules out the prompt.
  static func adjustedSetting(current: String?, interactiveTerminal: Bool) -> String? {
    guard interactiveTerminal else { return nil }
    guard let current, !current.isEmpty else { return "interactive=no" }
    if current.contains("interactive=") { return nil }
    return current + ",interactive=no"
  }

  /// Re-runs this executable with the adjusted setting; returns only when none is needed or
  /// the re-run fails (then the crash prompt is the only thing at stake).
  static func disableInteractivePrompt() {
    #if os(Linux)
      let current = getenv(variable).map { String(cString: $0) }
      guard
        let setting = adjustedSetting(
          current: current, interactiveTerminal: isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1)
      else { return }
      setenv(variable, setting, 1)
      execv("/proc/self/exe", CommandLine.unsafeArgv)
    #endif
  }
}
