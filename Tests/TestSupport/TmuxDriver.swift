import Foundation
import Testing

/// Runs a command in a private tmux server, as a user would in a terminal, and reads the screen.
///
/// Each driver starts its own server on a fresh `-L` socket, so tests never share or disturb a
/// session; `stop()` kills the server (call it in a `defer`; `deinit` does it too). The command
/// runs under a small shell that, when it ends, prints its exit status and keeps the pane open,
/// so the terminal it left behind (screen, cursor, alternate screen) can still be inspected.
/// Use it only inside `TerminalTests` (Tests/TutorTests/Terminal/TerminalTests.swift).
///
///     let tmux = try await TmuxDriver.start(["terminal-check"], width: 80, height: 24)
///     defer { tmux.stop() }
///     try await tmux.waitFor("memtutor terminal check")
///     try await tmux.sendKeys("Up", "q")
///     #expect(try await tmux.waitForExit() == 0)
package final class TmuxDriver: @unchecked Sendable {
  package enum Failure: Error, CustomStringConvertible {
    case tmuxFailed([String], String)
    case timedOut(String, screen: String)
    case binaryMissing([String])

    package var description: String {
      switch self {
      case .tmuxFailed(let arguments, let message):
        "tmux \(arguments.joined(separator: " ")) failed: \(message)"
      case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
      case .binaryMissing(let places):
        "the memtutor binary was not found (looked at \(places.joined(separator: ", "))); run `swift build` first"
      }
    }
  }

  /// tmux on PATH, if installed.
  package static let tmuxPath: String? = ProcessRunner.lookUp("tmux")
  package static var isAvailable: Bool { tmuxPath != nil }

  /// The environment every command gets: a capable terminal type and a UTF-8 locale, no colour
  /// opt-out and no crash-report prompt inherited from whoever runs the tests.
  package static let baseEnvironment = [
    "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    "SWIFT_BACKTRACE": "interactive=no,color=no",
  ]

  /// Printed by the wrapping shell after the command: `<exit:STATUS>`.
  package static let exitMarker = "<exit:"

  package let socket: String
  /// A private scratch directory for this session (status files, stats, the tmux config); the
  /// command starts in it, so relative paths it writes land here.
  package let directory: URL
  private let tmux: String
  private var stopped = false

  private init(tmux: String, socket: String, directory: URL) {
    self.tmux = tmux
    self.socket = socket
    self.directory = directory
  }

  deinit { stop() }

  /// Starts `memtutor ARGUMENTS` directly (no shell) in a `width`×`height` pane.
  /// `environment` adds to `baseEnvironment`; `unset` removes variables (e.g. `TERM`).
  /// `build` picks the binary: the debug one `swift test` builds, or a release build (see
  /// `MemtutorBuild.releaseIsCurrent`) for defects only optimised code shows.
  package static func start(
    _ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    unset: [String] = [], build: MemtutorBuild = .debug
  ) async throws -> TmuxDriver {
    let binary = try build.binary()
    return try await launch(
      [binary] + arguments, width: width, height: height, environment: environment, unset: unset)
  }

  /// Starts a shell command line in the pane; `$MEMTUTOR` in it names the memtutor binary.
  package static func startShell(
    _ commandLine: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    unset: [String] = [], build: MemtutorBuild = .debug
  ) async throws -> TmuxDriver {
    var environment = environment
    environment["MEMTUTOR"] = try build.binary()
    return try await launch(
      ["/bin/sh", "-c", commandLine], width: width, height: height, environment: environment, unset: unset)
  }

  private static func launch(
    _ command: [String], width: Int, height: Int, environment: [String: String], unset: [String]
  ) async throws -> TmuxDriver {
    guard let tmux = tmuxPath else { throw Failure.tmuxFailed([], "tmux is not installed") }
    let name = "memtutor-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(name, isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let config = directory.appendingPathComponent("tmux.conf")
    try """
    set -g remain-on-exit on
    set -g status off
    set -g default-terminal xterm-256color
    set -g history-limit 2000
    """.write(to: config, atomically: true, encoding: .utf8)
    let driver = TmuxDriver(tmux: tmux, socket: name, directory: directory)
    var variables = baseEnvironment.merging(environment) { $1 }
    for name in unset { variables[name] = nil }
    // `env` clears what must not leak in, sets the rest, then execs the command.
    var envCommand = ["/usr/bin/env", "-u", "TMUX", "-u", "NO_COLOR", "-u", "COLUMNS", "-u", "LINES"]
    for name in unset { envCommand += ["-u", name] }
    envCommand += variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // The shell waits for a go-ahead file, so nothing runs before the test is ready to look; after
    // the command it prints the status and stays, keeping the pane (and its terminal state) alive.
    // It survives Ctrl-C with a no-op trap, which (unlike ignoring the signal) the command does
    // not inherit.
    let gate = [
      "/bin/sh", "-c",
      "trap : INT; while [ ! -e .go ]; do sleep 0.01; done; \"$@\"; echo \"\(exitMarker)$?>\"; exec sleep 86400",
      "sh",
    ]
    _ = try await driver.run(
      [
        "-f", config.path, "new-session", "-d", "-s", "test", "-c", directory.path, "-x", String(width), "-y",
        String(height),
      ]
        + gate + envCommand + command)
    guard FileManager.default.createFile(atPath: directory.appendingPathComponent(".go").path, contents: nil)
    else { throw Failure.tmuxFailed(["new-session"], "cannot create the go-ahead file in \(directory.path)") }
    return driver
  }

  /// Kills the server and removes the scratch directory. Safe to call more than once.
  package func stop() {
    guard !stopped else { return }
    stopped = true
    _ = try? Self.spawnAndWait(tmux, ["-L", socket, "kill-server"], outputIn: directory)
    try? FileManager.default.removeItem(at: directory)
    // tmux leaves the socket file behind.
    let socketDirectory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(socketDirectory)/tmux-\(getuid())/\(socket)")
  }

  // MARK: - Driving

  /// Sends keys by tmux name (`Up`, `F5`, `NPage`, `BSpace`, `Enter`, `Escape`, `C-c`, `q`, `内`…).
  package func sendKeys(_ keys: String...) async throws {
    _ = try await run(["send-keys", "-t", "test"] + keys)
  }

  /// Types `text` literally.
  package func type(_ text: String) async throws {
    _ = try await run(["send-keys", "-t", "test", "-l", text])
  }

  package func resize(width: Int, height: Int) async throws {
    _ = try await run(["resize-window", "-t", "test", "-x", String(width), "-y", String(height)])
  }

  /// The pane's text, one line per row (`capture-pane -p`).
  package func capture() async throws -> String {
    try await run(["capture-pane", "-p", "-t", "test"])
  }

  /// The pane's text including the scrollback, for output longer than the screen.
  package func captureWithHistory() async throws -> String {
    try await run(["capture-pane", "-p", "-S", "-", "-t", "test"])
  }

  /// A tmux format for the pane, e.g. `#{alternate_on}`.
  package func format(_ format: String) async throws -> String {
    try await run(["display-message", "-p", "-t", "test", format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Process id of the command (the child of the pane's wrapping shell).
  package func pid() async throws -> Int32 {
    let shell = try await format("#{pane_pid}")
    let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    guard let first = children.split(separator: " ").first, let pid = Int32(first) else {
      throw Failure.tmuxFailed(["pid"], "the command is not running")
    }
    return pid
  }

  /// Whether the pane is on the alternate screen (a full-screen program still holds it).
  package func alternateScreenIsOn() async throws -> Bool { try await format("#{alternate_on}") == "1" }

  /// Whether the cursor is visible.
  package func cursorIsVisible() async throws -> Bool { try await format("#{cursor_flag}") == "1" }

  // MARK: - Waiting

  /// Waits until the screen contains `text`; returns the screen.
  @discardableResult
  package func waitFor(_ text: String, timeout: Double = 10) async throws -> String {
    try await waitUntil("\(text.debugDescription) on screen", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until `condition` holds for the screen; returns the screen.
  @discardableResult
  package func waitUntil(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) async throws
    -> String
  {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while true {
      screen = try await capture()
      if condition(screen) { return screen }
      if Date() > deadline { throw Failure.timedOut(what, screen: screen) }
      try await Task.sleep(for: .milliseconds(40))
    }
  }

  /// Waits for the command to end; returns its status as a shell reports it (128 + n for signal n).
  package func waitForExit(timeout: Double = 10) async throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let status = Self.exitStatus(in: try await captureWithHistory()) { return status }
      if Date() > deadline { throw Failure.timedOut("the command to exit", screen: try await capture()) }
      try await Task.sleep(for: .milliseconds(40))
    }
  }

  /// Whether the command is still running.
  package func isRunning() async throws -> Bool { Self.exitStatus(in: try await captureWithHistory()) == nil }

  /// The screen text before the exit-status line the wrapping shell printed (if it did).
  package func captureBeforeExit() async throws -> String {
    let screen = try await capture()
    guard let marker = screen.range(of: Self.exitMarker) else { return screen }
    return String(screen[..<marker.lowerBound])
  }

  private static func exitStatus(in screen: String) -> Int32? {
    guard let marker = screen.range(of: exitMarker, options: .backwards) else { return nil }
    let digits = screen[marker.upperBound...].prefix { $0.isNumber }
    guard screen[marker.upperBound...].dropFirst(digits.count).first == ">" else { return nil }
    return Int32(digits)
  }

  // MARK: - Plumbing

  private func run(_ arguments: [String]) async throws -> String {
    let full = ["-L", socket] + arguments
    let result = try Self.spawnAndWait(tmux, full, outputIn: directory)
    guard result.status == 0 else { throw Failure.tmuxFailed(arguments, result.output) }
    return result.output
  }

  /// Runs a tmux client to completion with posix_spawn + waitpid. (Foundation's `Process` can
  /// miss the end of a `new-session` client, whose server lives on as a daemon.) The clients
  /// finish in milliseconds, so blocking here is brief.
  private static func spawnAndWait(_ executable: String, _ arguments: [String], outputIn directory: URL)
    throws
    -> (status: Int32, output: String)
  {
    let outputPath = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // A clean signal state: the test runner's threads may block or ignore signals, and the tmux
    // server forked from this client would inherit that (and never hear of its panes exiting).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw Failure.tmuxFailed(arguments, "posix_spawn failed (\(spawned))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
  }

  /// The built `memtutor`: next to the running test bundle (`swift test` builds both into the
  /// same directory), else in a `.build/debug` found upward from this source file.
  package static func memtutorBinary() throws -> String {
    var candidates: [String] = []
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var bundleDirectory = executable.deletingLastPathComponent()
    // On Linux the test bundle is an executable `….xctest`; elsewhere a bundle directory.
    if bundleDirectory.path.hasSuffix(".xctest/Contents/MacOS") {
      bundleDirectory = bundleDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    }
    candidates.append(bundleDirectory.appendingPathComponent("memtutor").path)
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      candidates.append(directory.appendingPathComponent(".build/debug/memtutor").path)
      directory = directory.deletingLastPathComponent()
    }
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
      return found
    }
    throw Failure.binaryMissing(Array(candidates.prefix(3)))
  }
}
