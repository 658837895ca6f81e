/// The state of one run of the terminal loop (see `TerminalRunner`).
package struct TerminalLoop {
  package let screen: TerminalScreen
  package let options: TerminalOptions
  package let started: Double
  package let startedCPU = TerminalClock.cpuTime()
  package private(set) var stats = TerminalRunStats()

  private var running = true
  private var needsFrame = true
  private var nextTick: Double?
  /// Consecutive early, empty waits with the input at its end.
  private var closedInputStreak = 0

  /// Waits cut short with nothing to read this many times in a row mean the input has ended.
  package static let closedInputConfirmations = 3
  /// Inputs handled before drawing, when keys arrive faster than frames.
  package static let maxInputsPerFrame = 64

  package init(screen: TerminalScreen, options: TerminalOptions, started: Double) {
    self.screen = screen
    self.options = options
    self.started = started
  }

  package mutating func run<Model: AppModel>(_ model: inout Model) {
    model.configure(for: screen.capabilities)
    running = model.update(.resize(width: screen.width, height: screen.height))
    while running {
      if let signalNumber = TerminalSignals.takePending() {
        finish(.signal, status: TerminalSignals.exitStatus(for: signalNumber))
        break
      }
      if needsFrame {
        drawFrame(model)
        if options.exitAfterFirstFrame {
          finish(.firstFrame, status: model.exitStatus)
          break
        }
      }
      if let limit = options.exitAfterSeconds, elapsed >= limit {
        finish(.timeLimit, status: model.exitStatus)
        break
      }
      waitAndHandleInput(&model)
      if running { tickIfDue(&model) }
    }
    if stats.endReason == .quit || stats.endReason == .inputClosed { stats.exitStatus = model.exitStatus }
    stats.wallSeconds = elapsed
    stats.cpuSeconds = TerminalClock.cpuTime() - startedCPU
  }

  private var elapsed: Double { TerminalClock.now() - started }

  private mutating func finish(_ reason: TerminalRunStats.EndReason, status: Int32) {
    stats.endReason = reason
    stats.exitStatus = status
    running = false
  }

  private mutating func drawFrame<Model: AppModel>(_ model: Model) {
    let frame = model.view(width: screen.width, height: screen.height)
    if screen.draw(frame) { stats.terminalUpdates += 1 }
    stats.frames += 1
    needsFrame = false
    if stats.firstFrameSeconds == nil { stats.firstFrameSeconds = elapsed }
  }

  private mutating func waitAndHandleInput<Model: AppModel>(_ model: inout Model) {
    var timeout = waitMilliseconds(wantsTicks: model.wantsTicks)
    let idle = options.exitWhenIdle && !model.wantsTicks
    if idle { timeout = 0 }
    let waitStarted = TerminalClock.now()
    let input = screen.readInput(timeoutMilliseconds: timeout)
    if input == .timedOut {
      if idle {
        finish(.idle, status: model.exitStatus)
        return
      }
      handleEmptyWait(timeout: timeout, waitStarted: waitStarted)
      return
    }
    closedInputStreak = 0
    handle(input, &model)
    // Take whatever else is already waiting before drawing, so held keys don't queue up frames.
    var handled = 1
    while running, handled < Self.maxInputsPerFrame {
      let more = screen.readInput(timeoutMilliseconds: 0)
      if more == .timedOut { break }
      handle(more, &model)
      handled += 1
    }
  }

  /// How long to wait: until the next tick while animating, else the idle timeout; never past the
  /// time limit.
  private mutating func waitMilliseconds(wantsTicks: Bool) -> Int32 {
    let now = TerminalClock.now()
    var milliseconds: Double
    if wantsTicks {
      let due = nextTick ?? now
      nextTick = due
      milliseconds = max(0, (due - now) * 1000)
    } else {
      nextTick = nil
      milliseconds = Double(options.idleTimeoutMilliseconds)
    }
    if let limit = options.exitAfterSeconds {
      milliseconds = min(milliseconds, max(0, (limit - (now - started)) * 1000))
    }
    return Int32(milliseconds.rounded(.up))
  }

  /// A wait that returned with nothing: if it came back early (input at its end, a signal), sleep
  /// out the rest so the loop never spins; after a few such waits with the input ended, quit.
  private mutating func handleEmptyWait(timeout: Int32, waitStarted: Double) {
    let waited = (TerminalClock.now() - waitStarted) * 1000
    let remaining = Double(timeout) - waited
    guard remaining > 1 else {
      closedInputStreak = 0
      return
    }
    if TerminalSignals.hasPending { return }
    if screen.inputLooksClosed {
      closedInputStreak += 1
      if closedInputStreak >= Self.closedInputConfirmations {
        finish(.inputClosed, status: 0)  // the model's status is filled in by run
        return
      }
    }
    screen.sleep(milliseconds: Int32(remaining))
  }

  private mutating func handle<Model: AppModel>(_ input: TerminalInput, _ model: inout Model) {
    switch input {
    case .key(let key):
      stats.keys += 1
      running = model.update(.key(key))
      needsFrame = true
    case .resize(let width, let height):
      running = model.update(.resize(width: width, height: height))
      needsFrame = true
    case .redraw:
      screen.invalidate()
      needsFrame = true
    case .ignored, .timedOut:
      break
    }
  }

  private mutating func tickIfDue<Model: AppModel>(_ model: inout Model) {
    guard model.wantsTicks, let due = nextTick else { return }
    let now = TerminalClock.now()
    guard now >= due - 0.0005 else { return }
    stats.ticks += 1
    running = model.update(.tick(now - started))
    needsFrame = true
    let interval = options.frameMilliseconds / 1000
    // Keep a steady cadence; after a stall, restart it from now rather than catching up in a burst.
    nextTick = due + interval < now ? now + interval : due + interval
  }
}
