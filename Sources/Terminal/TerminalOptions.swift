/// How the terminal loop runs. The defaults suit users; the environment variables serve benchmarks:
///
/// - `MEMTUTOR_EXIT_AFTER_FIRST_FRAME=1`: quit right after the first frame reaches the terminal
///   (launch-to-first-frame timing).
/// - `MEMTUTOR_EXIT_AFTER_SECONDS=N`: quit after N seconds (frame pacing over a fixed time).
/// - `MEMTUTOR_EXIT_WHEN_IDLE=1`: quit once the frame is drawn, no key is waiting and the model
///   wants no ticks (a long run's background recording finished, the keys typed meanwhile
///   played): the peak memory of a whole session.
/// - `MEMTUTOR_FRAME_STATS=FILE`: on exit, write one line of JSON with frames drawn, ticks, wall
///   and CPU seconds, and the time to the first frame (see `TerminalRunStats`).
package struct TerminalOptions: Sendable, Equatable {
  /// Frames per second while the model wants ticks.
  package var framesPerSecond: Double = 30
  /// How long to wait for a key when nothing is animating; short enough that signals and a closed
  /// input are noticed promptly.
  package var idleTimeoutMilliseconds: Int32 = 250
  package var exitAfterFirstFrame = false
  package var exitAfterSeconds: Double?
  package var exitWhenIdle = false
  package var statsPath: String?

  package static func from(_ environment: TerminalEnvironment) -> TerminalOptions {
    var options = TerminalOptions()
    let variables = environment.variables
    if let value = variables["MEMTUTOR_EXIT_AFTER_FIRST_FRAME"], !value.isEmpty, value != "0" {
      options.exitAfterFirstFrame = true
    }
    if let value = variables["MEMTUTOR_EXIT_AFTER_SECONDS"], let seconds = Double(value), seconds >= 0 {
      options.exitAfterSeconds = seconds
    }
    if let value = variables["MEMTUTOR_EXIT_WHEN_IDLE"], !value.isEmpty, value != "0" {
      options.exitWhenIdle = true
    }
    if let path = variables["MEMTUTOR_FRAME_STATS"], !path.isEmpty {
      options.statsPath = path
    }
    return options
  }

  package static func fromEnvironment() -> TerminalOptions { from(.current()) }

  package var frameMilliseconds: Double { 1000 / max(1, framesPerSecond) }

  package init(
    framesPerSecond: Double = 30, idleTimeoutMilliseconds: Int32 = 250, exitAfterFirstFrame: Bool = false,
    exitAfterSeconds: Double? = nil, statsPath: String? = nil
  ) {
    self.framesPerSecond = framesPerSecond
    self.idleTimeoutMilliseconds = idleTimeoutMilliseconds
    self.exitAfterFirstFrame = exitAfterFirstFrame
    self.exitAfterSeconds = exitAfterSeconds
    self.statsPath = statsPath
  }
}
