#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Drives any `AppModel` in the terminal: keys, resizes and ticks in; frames out.
///
/// Each pass waits for input with a timeout (the time left in the frame while the model wants
/// ticks, `idleTimeoutMilliseconds` otherwise), so there is no busy-waiting and no thread; the
/// screen is redrawn only after a message, and only changed cells are sent.
package enum TerminalRunner {
  /// Runs `model` until its `update` returns false, a signal arrives or the input ends, and returns
  /// the process exit status: the model's `exitStatus`, 128 + n after signal n (130 SIGINT,
  /// 143 SIGTERM, 129 SIGHUP), or 2 when there is no usable terminal, in which case one line saying
  /// so has gone to standard error and nothing to the terminal.
  package static func run<Model: AppModel>(
    _ model: inout Model, options: TerminalOptions = .fromEnvironment()
  )
    -> Int32
  {
    let started = TerminalClock.now()
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen.open()
    } catch {
      writeToStandardError(error.message + "\n")
      return error.exitStatus
    }
    var stats = drive(&model, on: screen, options: options, startedAt: started)
    screen.close()
    // Otherwise the program would seem to vanish for no reason (`memtutor < /dev/null`, a
    // closed terminal).
    if stats.endReason == .inputClosed { writeToStandardError(inputClosedMessage + "\n") }
    stats.wallSeconds = TerminalClock.now() - started
    if let path = options.statsPath { write(stats, to: path) }
    return stats.exitStatus
  }

  /// Said on standard error when the program ends because its input did.
  package static let inputClosedMessage = "memtutor: standard input closed; no more keys to read, so exiting"

  /// The loop itself, on a screen that is already open (the caller closes it).
  package static func drive<Model: AppModel>(
    _ model: inout Model, on screen: TerminalScreen, options: TerminalOptions,
    startedAt started: Double = TerminalClock.now()
  ) -> TerminalRunStats {
    var loop = TerminalLoop(screen: screen, options: options, started: started)
    loop.run(&model)
    return loop.stats
  }

  private static func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }

  private static func write(_ stats: TerminalRunStats, to path: String) {
    guard let file = fopen(path, "w") else { return }
    fputs(stats.json + "\n", file)
    fclose(file)
  }
}
