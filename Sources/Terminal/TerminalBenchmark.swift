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
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let slaveName = ptsname(master) else {
      if master >= 0 { close(master) }
      throw .pseudoTerminalUnavailable
    }
    defer { close(master) }
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
        && !$0.hasPrefix("MEMTUTOR_EXIT_AFTER")
    }
    environment += [
      "TERM=xterm-256color", "LINES=\(height)", "COLUMNS=\(width)", "MEMTUTOR_EXIT_AFTER_FIRST_FRAME=1",
    ]
    let overridden = Set(extra.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
    environment.removeAll { entry in overridden.contains { entry.hasPrefix($0 + "=") } }
    environment += extra
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    let start = TerminalClock.now()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw .launchFailed(executable, spawned) }
    drain(master, until: pid)
    return TerminalClock.now() - start
  }

  /// Reads (and discards) what the child writes, so it never blocks on a full terminal, until it
  /// has exited.
  private static func drain(_ master: Int32, until pid: pid_t) {
    var buffer = [UInt8](repeating: 0, count: 65536)
    var status: Int32 = 0
    while true {
      if waitpid(pid, &status, WNOHANG) == pid { break }
      var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&entry, 1, 10) > 0, entry.revents & Int16(POLLIN) != 0 {
        _ = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      }
    }
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
