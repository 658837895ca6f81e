import Foundation
import RustFrontEnd
import Screen
import Terminal
import TestSupport
import Testing

extension EndToEndTests {
  /// The real binary's `terminal-check` under tmux: drawing, keys, resizing, quitting, signals,
  /// refusals and CPU use, as a user's terminal sees them.
  @Suite(.enabled(if: TmuxDriver.isAvailable, "tmux not installed (.ci/run installs it)"))
  struct TerminalEndToEndTests {
    static let title = "memtutor terminal check"
    /// The bottom row, drawn last: once it shows, the whole first frame is on screen.
    static let lastLine = "q quits, Ctrl-L repaints"

    @Test func drawsTheCheckScreenWithWideCharactersAligned() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"], width: 80, height: 24)
      defer { tmux.stop() }
      let screen = try await tmux.waitFor(Self.lastLine)
      let lines = screen.components(separatedBy: "\n")
      #expect(lines.contains(" size       80x24"))
      #expect(lines.contains(" colour     256 colours"))
      #expect(lines.contains(" box        ┌──┬──┐  +--+--+"))
      #expect(lines.contains("            └──┴──┘  +--+--+"))
      // The bar after two wide characters sits in the same column as after four narrow ones.
      let wide = try #require(lines.first { $0.contains("内存|") })
      let narrow = try #require(lines.first { $0.contains("abcd|") })
      #expect(Self.column(of: "|", in: wide) == Self.column(of: "|", in: narrow))
      #expect(Self.column(of: "|", in: wide) == 16)
      #expect(try await tmux.alternateScreenIsOn())
      #expect(try await !tmux.cursorIsVisible())
    }

    @Test func showsEachKeyPressed() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"])
      defer { tmux.stop() }
      try await tmux.waitFor(Self.title)
      let keys: [(tmuxName: String, shown: String)] = [
        ("Up", "Up"), ("Down", "Down"), ("Left", "Left"), ("Right", "Right"), ("Home", "Home"),
        ("End", "End"), ("PPage", "PageUp"), ("NPage", "PageDown"), ("BSpace", "Backspace"),
        ("Enter", "Enter"), ("DC", "Delete"), ("F5", "F5"), ("F12", "F12"), ("Tab", "Tab"),
        ("Escape", "Esc"), ("Space", "Space"), ("x", "'x'"), ("é", "'é'"), ("内", "'内'"),
      ]
      for (index, key) in keys.enumerated() {
        try await tmux.sendKeys(key.tmuxName)
        try await tmux.waitFor(" last key   \(key.shown)\n keys       \(index + 1) pressed")
      }
      // Alt+x arrives as Esc then x: neither an Esc press nor a key.
      try await tmux.sendKeys("M-x")
      try await tmux.sendKeys("z")
      try await tmux.waitFor(" last key   'z'\n keys       \(keys.count + 1) pressed")
    }

    @Test func redrawsAtTheNewSizeAfterAResize() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"], width: 80, height: 24)
      defer { tmux.stop() }
      try await tmux.waitFor(" size       80x24")
      try await tmux.resize(width: 120, height: 40)
      // A frame can be captured half drawn: wait for its first and last rows.
      let larger = try await tmux.waitUntil("the 120x40 screen") {
        $0.contains(" size       120x40") && $0.contains(Self.lastLine)
      }
      let largerLines = larger.components(separatedBy: "\n")
      #expect(largerLines.count >= 40)
      #expect(largerLines.firstIndex { $0.contains(Self.lastLine) } == 39)
      #expect(larger.contains(" box        ┌──┬──┐  +--+--+"))
      try await tmux.resize(width: 60, height: 20)
      let smaller = try await tmux.waitUntil("the 60x20 screen") {
        $0.contains(" size       60x20") && $0.contains(Self.lastLine)
      }
      // Nothing left over from the larger screen: every row fits the new width.
      #expect(smaller.components(separatedBy: "\n").allSatisfy { DisplayWidth.of($0) <= 60 })
      #expect(smaller.components(separatedBy: "\n").firstIndex { $0.contains(Self.lastLine) } == 19)
    }

    @Test func quitsWithStatusZeroAndRestoresTheTerminal() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"])
      defer { tmux.stop() }
      try await tmux.waitFor(Self.title)
      try await tmux.sendKeys("q")
      let status = try await tmux.waitForExit()
      #expect(status == 0)
      try await Self.expectRestored(tmux)
    }

    @Test(arguments: [("TERM", Int32(143)), ("INT", 130), ("HUP", 129)])
    func endsOnASignalAndRestoresTheTerminal(signal: String, expected: Int32) async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"])
      defer { tmux.stop() }
      try await tmux.waitFor(Self.title)
      let number: Int32 =
        switch signal {
        case "TERM": SIGTERM
        case "INT": SIGINT
        default: SIGHUP
        }
      #expect(kill(try await tmux.pid(), number) == 0)
      let status = try await tmux.waitForExit(timeout: 5)
      #expect(status == expected)
      try await Self.expectRestored(tmux)
    }

    @Test func controlCEndsWithStatus130() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"])
      defer { tmux.stop() }
      try await tmux.waitFor(Self.title)
      try await tmux.sendKeys("C-c")
      let status = try await tmux.waitForExit(timeout: 5)
      #expect(status == 130)
      try await Self.expectRestored(tmux)
    }

    @Test func aCrashRestoresTheTerminalAndStillPrintsTheCrashReport() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check", "--crash", "trap"])
      defer { tmux.stop() }
      // SIGILL: Swift's trap instruction.
      let status = try await tmux.waitForExit(timeout: 30)
      #expect(status == 128 + SIGILL)
      try await Self.expectRestored(tmux)
      let report = try await tmux.captureWithHistory()
      #expect(report.contains("arithmetic overflow"))
    }

    @Test func aSentFaultSignalRestoresTheTerminal() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check", "--crash", "signal"])
      defer { tmux.stop() }
      let status = try await tmux.waitForExit(timeout: 30)
      #expect(status == 128 + SIGSEGV)
      try await Self.expectRestored(tmux)
    }

    @Test(arguments: [
      (["TERM": "dumb"], [String](), "TERM is 'dumb'"),
      ([:], ["TERM"], "TERM is not set"),
      (["TERM": ""], [], "TERM is not set"),
      (["TERM": "no-such-terminal"], [], "TERM 'no-such-terminal' is not in the terminfo database"),
    ])
    func refusesAnUnusableTerminalTypeWithOneLine(
      environment: [String: String], unset: [String], reason: String
    ) async throws {
      let tmux = try await TmuxDriver.start(
        ["terminal-check"], width: 200, height: 10, environment: environment, unset: unset)
      defer { tmux.stop() }
      let status = try await tmux.waitForExit()
      #expect(status == 2)
      let screen = try await tmux.captureBeforeExit()
      let printed = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
      #expect(
        printed == ["memtutor: this needs an interactive terminal (\(reason)); \(TerminalError.alternatives)"]
      )
      #expect(try await !tmux.alternateScreenIsOn())
    }

    @Test func refusesPipedOutputWithoutEscapeCodes() async throws {
      let tmux = try await TmuxDriver.startShell(
        "\"$MEMTUTOR\" terminal-check > out.txt 2> err.txt; echo $? > status.txt")
      defer { tmux.stop() }
      _ = try await tmux.waitForExit()
      let directory = try Self.shellDirectory(tmux)
      let status = try String(contentsOf: directory.appendingPathComponent("status.txt"), encoding: .utf8)
      let out = try Data(contentsOf: directory.appendingPathComponent("out.txt"))
      let err = try String(contentsOf: directory.appendingPathComponent("err.txt"), encoding: .utf8)
      #expect(status == "2\n")
      #expect(out.isEmpty)
      #expect(err == TerminalError.outputNotATerminal.message + "\n")
      #expect(!err.contains("\u{1b}"))
    }

    @Test func exitsCleanlyWhenStandardInputIsEmpty() async throws {
      let tmux = try await TmuxDriver.startShell(
        "exec \"$MEMTUTOR\" terminal-check < /dev/null", environment: ["MEMTUTOR_FRAME_STATS": "stats.json"])
      defer { tmux.stop() }
      let status = try await tmux.waitForExit(timeout: 5)
      #expect(status == 0)
      try await Self.expectRestored(tmux)
      let stats = try Self.readStats(tmux)
      #expect(stats["endReason"] as? String == "inputClosed")
      let screen = try await tmux.captureBeforeExit()
      #expect(screen.contains(TerminalRunner.inputClosedMessage), "says why it ended: \(screen)")
      #expect(try #require(stats["cpuSeconds"] as? Double) < 0.3)
      #expect(try #require(stats["wallSeconds"] as? Double) < 3)
    }

    @Test func idlesWithoutUsingTheProcessor() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"])
      defer { tmux.stop() }
      try await tmux.waitFor(Self.title)
      let pid = try await tmux.pid()
      let before = try ProcessCPU.seconds(pid: pid)
      try await Task.sleep(for: .seconds(2))
      let used = try ProcessCPU.seconds(pid: pid) - before
      #expect(used < 0.3, "used \(used) s of CPU in 2 s idle")
      #expect(try await tmux.isRunning())
    }

    @Test func animatesAtThirtyFramesPerSecondWithLittleCPU() async throws {
      let tmux = try await TmuxDriver.startShell(
        "exec \"$MEMTUTOR\" terminal-check --animate",
        environment: ["MEMTUTOR_FRAME_STATS": "stats.json", "MEMTUTOR_EXIT_AFTER_SECONDS": "2"])
      defer { tmux.stop() }
      try await tmux.waitFor("ticks")
      let status = try await tmux.waitForExit(timeout: 10)
      #expect(status == 0)
      let stats = try Self.readStats(tmux)
      let ticks = try #require(stats["ticks"] as? Int)
      let frames = try #require(stats["frames"] as? Int)
      let cpu = try #require(stats["cpuSeconds"] as? Double)
      #expect(stats["endReason"] as? String == "timeLimit")
      #expect((45...62).contains(ticks), "\(ticks) ticks in 2 s")
      #expect(frames == ticks + 1)
      #expect(cpu < 0.4, "\(cpu) s of CPU for 2 s at 30 fps")
    }

    @Test func exitsAfterTheFirstFrameWhenAsked() async throws {
      let tmux = try await TmuxDriver.startShell(
        "exec \"$MEMTUTOR\" terminal-check",
        environment: ["MEMTUTOR_FRAME_STATS": "stats.json", "MEMTUTOR_EXIT_AFTER_FIRST_FRAME": "1"])
      defer { tmux.stop() }
      let status = try await tmux.waitForExit()
      #expect(status == 0)
      try await Self.expectRestored(tmux)
      let stats = try Self.readStats(tmux)
      #expect(stats["endReason"] as? String == "firstFrame")
      #expect(stats["frames"] as? Int == 1)
      #expect(stats["terminalUpdates"] as? Int == 1)
      #expect(try #require(stats["firstFrameSeconds"] as? Double) < 1)
    }

    @Test func honoursNoColor() async throws {
      let tmux = try await TmuxDriver.start(["terminal-check"], environment: ["NO_COLOR": "1"])
      defer { tmux.stop() }
      let screen = try await tmux.waitFor(Self.lastLine)
      #expect(screen.contains(" colour     off (monochrome, or NO_COLOR is set)"))
      #expect(!screen.contains("256 colours"))
    }

    // MARK: - Helpers

    /// After the program has ended: back on the normal screen, cursor visible, none of the
    /// program's screen left behind.
    static func expectRestored(_ tmux: TmuxDriver, sourceLocation: Testing.SourceLocation = #_sourceLocation)
      async throws
    {
      #expect(try await !tmux.alternateScreenIsOn(), sourceLocation: sourceLocation)
      #expect(try await tmux.cursorIsVisible(), sourceLocation: sourceLocation)
      let screen = try await tmux.captureBeforeExit()
      #expect(!screen.contains(title), "the program's screen was left behind", sourceLocation: sourceLocation)
    }

    /// The directory a `startShell` command runs in (relative file names land there).
    static func shellDirectory(_ tmux: TmuxDriver) throws -> URL { tmux.directory }

    static func readStats(_ tmux: TmuxDriver) throws -> [String: Any] {
      let data = try Data(contentsOf: try shellDirectory(tmux).appendingPathComponent("stats.json"))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The display column where `marker` starts in `line`.
    static func column(of marker: Character, in line: String) -> Int? {
      guard let index = line.firstIndex(of: marker) else { return nil }
      return DisplayWidth.of(String(line[..<index]))
    }
  }
}
