import Foundation
import TestSupport
import Testing

extension EndToEndTests {
  /// Saving progress when the disk will not take it: the tutor says so on the menu and leaves no
  /// partial temporary file behind.
  @Suite(.enabled(if: TmuxDriver.isAvailable, "tmux not installed (.ci/run installs it)"))
  struct ProgressEndToEndTests {
    @Test func aFailedSaveLeavesNoTemporaryFileAndIsReported() async throws {
      let state = try TemporaryDirectory()
      let lesson = TestPaths.lessons.appendingPathComponent("02-frames.rs").path
      // `ulimit -f 0`: every write to a file fails (EFBIG), as on a full disk.
      let tmux = try await TmuxDriver.startShell(
        "ulimit -f 0; exec \"$MEMTUTOR\" '\(lesson)' --no-animation", width: 200, height: 40,
        environment: ["XDG_STATE_HOME": state.url.path])
      defer { tmux.stop() }
      try await tmux.waitFor("Enter start", timeout: 20)
      try await tmux.sendKeys("Enter")
      try await tmux.waitFor("Frames on the stack · step 1/")
      try await tmux.sendKeys("l")
      try await tmux.waitFor("Frames on the stack · step 2/")
      try await tmux.sendKeys("m")
      let menu = try await tmux.waitFor("cannot save progress")
      #expect(menu.contains("File too large"))
      #expect(state.contents(of: "memtutor") == [], "left behind: \(state.contents(of: "memtutor"))")
      try await tmux.sendKeys("q")
      #expect(try await tmux.waitForExit() == 0)
    }
  }
}
