/// How the terminal loop runs. The defaults suit users; the environment variables serve benchmarks:
///
/// - `MEMTUTOR_EXIT_AFTER_FIRST_FRAME=1`: quit right after the first frame reaches the terminal
///   (launch-to-first-frame timing).
/// - `MEMTUTOR_EXIT_AFTER_SECONDS=N`: quit after N seconds (frame pacing over a fixed time).
/// - `MEMTUTOR_FRAME_STATS=FILE`: on exit, write one line of JSON with frames drawn, ticks, wall
///   and CPU seconds, and the time to the first frame (see `TerminalRunStats`).
struct TerminalOptions: Sendable, Equatable {
  /// Frames per second while the model wants ticks.
  var framesPerSecond: Double = 30
  /// How long to wait for a key when nothing is animating; short enough that signals and a closed
  /// input are noticed promptly.
  var idleTimeoutMilliseconds: Int32 = 250
  var exitAfterFirstFrame = false
  var exitAfterSeconds: Double?
  var statsPath: String?

  static func from(_ environment: TerminalEnvironment) -> TerminalOptions {
    var options = TerminalOptions()
    let variables = environment.variables
    if let value = variables["MEMTUTOR_EXIT_AFTER_FIRST_FRAME"], !value.isEmpty, value != "0" {
      options.exitAfterFirstFrame = true
    }
    if let value = variables["MEMTUTOR_EXIT_AFTER_SECONDS"], let seconds = Double(value), seconds >= 0 {
      options.exitAfterSeconds = seconds
    }
    if let path = variables["MEMTUTOR_FRAME_STATS"], !path.isEmpty {
      options.statsPath = path
    }
    return options
  }

  static func fromEnvironment() -> TerminalOptions { from(.current()) }

  var frameMilliseconds: Double { 1000 / max(1, framesPerSecond) }
}
