import Foundation
import TestSupport
import Testing

extension EndToEndTests {
  /// The tutor on a lesson ends on Ctrl-C, SIGTERM and SIGHUP with 128 + the signal number and
  /// the terminal restored, in the debug build and in the release build (where a signal flag
  /// copied into each inlining module once went unseen, and only `q` ended the program, with 0).
  @Suite(.enabled(if: TmuxDriver.isAvailable, "tmux not installed (.ci/run installs it)"))
  struct SignalEndToEndTests {
    static let lesson = TestPaths.lessons.appendingPathComponent("02-frames.rs").path
    static let stepMarker = "─ Step 1 · line "

    static let cases: [(signal: String, expected: Int32)] = [("INT", 130), ("TERM", 143), ("HUP", 129)]

    @Test(arguments: cases)
    func debugBuildEndsOnASignal(signal: String, expected: Int32) async throws {
      try await Self.endsOnASignal(signal: signal, expected: expected, build: .debug)
    }

    @Test(.enabled(if: MemtutorBuild.releaseIsCurrent, MemtutorBuild.releaseMissingReason), arguments: cases)
    func releaseBuildEndsOnASignal(signal: String, expected: Int32) async throws {
      try await Self.endsOnASignal(signal: signal, expected: expected, build: .release)
    }

    /// Opens the lesson, waits for its first screen, sends the signal (INT as the Ctrl-C key, the
    /// others with kill) and expects the status and a restored terminal.
    static func endsOnASignal(signal: String, expected: Int32, build: MemtutorBuild) async throws {
      let binary = try build.binary()
      // Progress goes to a scratch directory, not the tester's own.
      let state = FileManager.default.temporaryDirectory.appendingPathComponent(
        "memtutor-signal-\(UUID().uuidString.prefix(8))", isDirectory: true)
      defer { try? FileManager.default.removeItem(at: state) }
      let tmux = try await TmuxDriver.start(
        [lesson, "--no-animation"], width: 100, height: 30, environment: ["XDG_STATE_HOME": state.path],
        build: build)
      defer { tmux.stop() }
      try await tmux.waitFor(stepMarker, timeout: 20)
      switch signal {
      case "INT": try await tmux.sendKeys("C-c")
      case "TERM": #expect(kill(try await tmux.pid(), SIGTERM) == 0)
      default: #expect(kill(try await tmux.pid(), SIGHUP) == 0)
      }
      let status = try await tmux.waitForExit(timeout: 5)
      #expect(status == expected, "SIG\(signal) to the \(build) binary \(binary)")
      #expect(try await !tmux.alternateScreenIsOn(), "\(build) binary \(binary)")
      #expect(try await tmux.cursorIsVisible(), "\(build) binary \(binary)")
      let screen = try await tmux.captureBeforeExit()
      #expect(!screen.contains(stepMarker), "the lesson screen was left behind by the \(build) binary")
    }
  }
}
