import CNcurses
import Screen

#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif

/// Measurements of the terminal layer for the benchmark command. None needs the user's terminal:
/// the in-process ones draw with ncurses into /dev/null, and `launchToFirstFrame` gives the
/// child process a pseudo-terminal of its own.
package enum TerminalBenchmark {
  package enum Failure: Error, CustomStringConvertible {
    case terminal(TerminalError)
    case pseudoTerminalUnavailable
    case launchFailed(String, Int32)

    package var description: String {
      switch self {
      case .terminal(let error): error.message
      case .pseudoTerminalUnavailable: "no pseudo-terminal available"
      case .launchFailed(let path, let code): "cannot start \(path) (error \(code))"
      }
    }
  }

  /// Runs `model` through the real loop for `seconds` on a `width`×`height` screen drawn into
  /// /dev/null: frames, ticks and CPU seconds show the frame pacing and its cost (the model must
  /// want ticks for frames to be paced).
  package static func pacing<Model: AppModel>(_ model: inout Model, width: Int, height: Int, seconds: Double)
    throws(Failure)
    -> TerminalRunStats
  {
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen.openHeadless(width: width, height: height)
    } catch {
      throw .terminal(error)
    }
    defer { screen.close() }
    var options = TerminalOptions()
    options.exitAfterSeconds = seconds
    return TerminalRunner.drive(&model, on: screen, options: options)
  }

  /// Seconds to send each frame to a `width`×`height` headless screen (diff against the frame
  /// before, ncurses calls, one `doupdate`). The first is a full repaint.
  package static func drawTimes(_ frames: [ScreenBuffer], width: Int, height: Int) throws(Failure) -> [Double]
  {
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen.openHeadless(width: width, height: height)
    } catch {
      throw .terminal(error)
    }
    defer { screen.close() }
    return frames.map { frame in
      let start = TerminalClock.now()
      screen.draw(frame)
      return TerminalClock.now() - start
    }
  }

  /// Wall seconds from starting `executable arguments` on a fresh `width`×`height`
  /// pseudo-terminal until it exits after its first frame (`MEMTUTOR_EXIT_AFTER_FIRST_FRAME=1`):
  /// launch to first frame, teardown included.
  package static func launchToFirstFrame(
    executable: String, arguments: [String], width: Int = 80, height: Int = 24,
    environment extra: [String] = []
  )
    throws(Failure) -> Double
  {
    let child = try launch(
      executable: executable, arguments: arguments, width: width, height: height,
      environment: ["MEMTUTOR_EXIT_AFTER_FIRST_FRAME=1"] + extra)
    defer { close(child.master) }
    _ = drain(child.master, until: child.pid, typing: [])
    return TerminalClock.now() - child.started
  }

  /// What a whole session cost, measured from outside: wall seconds and the child's peak
  /// resident memory in bytes (`wait4`'s `ru_maxrss`).
  package struct SessionCost: Sendable {
    package var seconds: Double
    package var peakResidentBytes: Int
  }

  /// Starts `executable arguments` on a fresh pseudo-terminal, types `keys` once its first
  /// frame has arrived, and lets it run until it has nothing left to do
  /// (`MEMTUTOR_EXIT_WHEN_IDLE=1`: background work finished, the keys played, the last frame
  /// drawn).
  package static func sessionCost(
    executable: String, arguments: [String], typing keys: [UInt8], width: Int = 80, height: Int = 24,
    environment extra: [String] = []
  ) throws(Failure) -> SessionCost {
    let child = try launch(
      executable: executable, arguments: arguments, width: width, height: height,
      environment: ["MEMTUTOR_EXIT_WHEN_IDLE=1"] + extra)
    defer { close(child.master) }
    let usage = drain(child.master, until: child.pid, typing: keys)
    return SessionCost(
      seconds: TerminalClock.now() - child.started, peakResidentBytes: Int(usage.ru_maxrss) * 1024)
  }

  /// Spawns the child with the slave side of a new pseudo-terminal as its standard streams.
  private static func launch(
    executable: String, arguments: [String], width: Int, height: Int, environment extra: [String]
  ) throws(Failure) -> (pid: pid_t, master: Int32, started: Double) {
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let slaveName = ptsname(master) else {
      if master >= 0 { close(master) }
      throw .pseudoTerminalUnavailable
    }
    let slavePath = String(cString: slaveName)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)

    // ncurses takes the size from LINES/COLUMNS when the terminal reports none.
    var environment = inheritedEnvironment().filter {
      !$0.hasPrefix("LINES=") && !$0.hasPrefix("COLUMNS=") && !$0.hasPrefix("TERM=")
        && !$0.hasPrefix("MEMTUTOR_EXIT_")
    }
    environment += ["TERM=xterm-256color", "LINES=\(height)", "COLUMNS=\(width)"]
    let overridden = Set(extra.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
    environment.removeAll { entry in overridden.contains { entry.hasPrefix($0 + "=") } }
    environment += extra
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    let started = TerminalClock.now()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      close(master)
      throw .launchFailed(executable, spawned)
    }
    return (pid, master, started)
  }

  /// Reads (and discards) what the child writes, so it never blocks on a full terminal, until it
  /// has exited; `keys` are typed once the child has written something (its first frame).
  /// Returns the child's resource usage.
  private static func drain(_ master: Int32, until pid: pid_t, typing keys: [UInt8]) -> rusage {
    var buffer = [UInt8](repeating: 0, count: 65536)
    var status: Int32 = 0
    var usage = rusage()
    var typed = keys.isEmpty
    while true {
      if wait4(pid, &status, WNOHANG, &usage) == pid { break }
      var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&entry, 1, 10) > 0, entry.revents & Int16(POLLIN) != 0 {
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0, !typed {
          typed = true
          _ = keys.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }
      }
    }
    return usage
  }

  private static func inheritedEnvironment() -> [String] {
    var result: [String] = []
    guard var entry = memtutor_environ() else { return result }
    while let pointer = entry.pointee {
      result.append(String(cString: pointer))
      entry += 1
    }
    return result
  }
}
