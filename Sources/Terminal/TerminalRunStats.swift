/// What one run of the terminal loop did: for benchmarks (`MEMTUTOR_FRAME_STATS`) and tests.
package struct TerminalRunStats: Sendable, Equatable {
  package enum EndReason: String, Sendable, Equatable {
    /// The model's `update` returned false.
    case quit
    /// SIGINT, SIGTERM or SIGHUP.
    case signal
    /// Standard input reached its end (or is /dev/null).
    case inputClosed
    case firstFrame
    case timeLimit
    /// Nothing left to do: no key waiting and nothing animating or being worked on.
    case idle
  }

  /// Frames the model drew (`view` + diff); `terminalUpdates` of them changed the screen.
  package var frames = 0
  package var terminalUpdates = 0
  package var ticks = 0
  package var keys = 0
  package var wallSeconds = 0.0
  package var cpuSeconds = 0.0
  /// From the start of the run (terminal start-up included) to the first frame on the terminal.
  package var firstFrameSeconds: Double?
  package var endReason: EndReason = .quit
  package var exitStatus: Int32 = 0

  /// One line of JSON.
  package var json: String {
    let first = firstFrameSeconds.map { Self.format($0) } ?? "null"
    return "{\"frames\":\(frames),\"terminalUpdates\":\(terminalUpdates),\"ticks\":\(ticks),"
      + "\"keys\":\(keys),\"wallSeconds\":\(Self.format(wallSeconds)),"
      + "\"cpuSeconds\":\(Self.format(cpuSeconds)),\"firstFrameSeconds\":\(first),"
      + "\"endReason\":\"\(endReason.rawValue)\",\"exitStatus\":\(exitStatus)}"
  }

  /// Frames per second over the run.
  package var framesPerSecond: Double { wallSeconds > 0 ? Double(frames) / wallSeconds : 0 }

  private static func format(_ value: Double) -> String {
    let micro = (value * 1_000_000).rounded()
    let whole = Int(micro) / 1_000_000
    let fraction = abs(Int(micro) % 1_000_000)
    let digits = String(fraction)
    return "\(value < 0 && whole == 0 ? "-" : "")\(whole)."
      + String(repeating: "0", count: 6 - digits.count) + digits
  }

  package init(
    frames: Int = 0, terminalUpdates: Int = 0, ticks: Int = 0, keys: Int = 0, wallSeconds: Double = 0.0,
    cpuSeconds: Double = 0.0, firstFrameSeconds: Double? = nil, endReason: EndReason = .quit,
    exitStatus: Int32 = 0
  ) {
    self.frames = frames
    self.terminalUpdates = terminalUpdates
    self.ticks = ticks
    self.keys = keys
    self.wallSeconds = wallSeconds
    self.cpuSeconds = cpuSeconds
    self.firstFrameSeconds = firstFrameSeconds
    self.endReason = endReason
    self.exitStatus = exitStatus
  }
}
