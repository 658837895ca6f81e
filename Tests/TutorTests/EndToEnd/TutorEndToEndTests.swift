import Foundation
import TestSupport
import Testing

extension EndToEndTests {
  /// `memtutor FILE.rs` under tmux, as a learner uses it: stepping forward and back, the
  /// memory panels, a resize, the overflow, and quitting.
  @Suite(.enabled(if: TmuxDriver.isAvailable, "tmux not installed (.ci/run installs it)"))
  struct TutorEndToEndTests {
    static let vecSource = """
      fn main() {
          let mut arr = Vec::new();
          arr.push(1);
          arr.push(2);
          arr.push(3);
          arr.push(4);
          arr.push(5);
          println!("{:?}", arr);
      }

      """

    static let recursionSource = """
      fn f(n: u64) -> u64 {
          if n == 0 { 0 } else { 1 + f(n - 1) }
      }

      fn main() {
          println!("{}", f(1_000_000));
      }

      """

    /// Writes `source` to a fresh file and returns its path.
    static func program(_ name: String, _ source: String) throws -> String {
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "memtutor-tui-\(UUID().uuidString.prefix(8))", isDirectory: true)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let path = directory.appendingPathComponent(name).path
      try source.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }

    @Test func stepsForwardAndBackResizesAndQuits() async throws {
      let path = try Self.program("vec.rs", Self.vecSource)
      let tmux = try await TmuxDriver.start([path, "--no-animation"], width: 80, height: 24)
      defer { tmux.stop() }
      let first = try await tmux.waitFor("vec.rs · step 1/")
      #expect(first.contains("─ Stack · grows ↓"))
      #expect(first.contains("?? (uninit)"))
      for _ in 0..<6 { try await tmux.sendKeys("Right") }
      let grown = try await tmux.waitFor("vec.rs · step 7/")
      #expect(grown.contains("ptr …a2a0 len 5 cap 8") || grown.contains("len 5 cap 8"))
      #expect(grown.contains("[1|2|3|4|5|·|·|·]"))
      #expect(grown.contains("The Vec was full (len 4 = cap 4)"))
      try await tmux.sendKeys("Left")
      let back = try await tmux.waitFor("vec.rs · step 6/")
      #expect(back.contains("[1|2|3|4]"))

      try await tmux.resize(width: 160, height: 48)
      let large = try await tmux.waitUntil("the 160x48 screen") {
        $0.components(separatedBy: "\n").count >= 48
          && $0.components(separatedBy: "\n")[47].contains("step 6/")
      }
      #expect(large.contains("[1|2|3|4]"))
      try await tmux.resize(width: 60, height: 20)
      try await tmux.waitFor("terminal too small: need 80×24, have 60×20")
      try await tmux.resize(width: 80, height: 24)
      try await tmux.waitFor("vec.rs · step 6/")

      try await tmux.sendKeys("?")
      try await tmux.waitFor("digits, then Enter")
      try await tmux.sendKeys("Escape")
      try await tmux.waitUntil("the help to close") { !$0.contains("digits, then Enter") }
      try await tmux.sendKeys("q")
      #expect(try await tmux.waitForExit() == 0)
    }

    @Test func runsToTheOverflowWithTheMontage() async throws {
      let path = try Self.program("recursion.rs", Self.recursionSource)
      let tmux = try await TmuxDriver.start([path, "--stack-size", "64KiB"], width: 100, height: 30)
      defer { tmux.stop() }
      try await tmux.waitFor("recursion.rs · step 1/")
      try await tmux.sendKeys("End")
      let end = try await tmux.waitFor("has overflowed its stack", timeout: 20)
      #expect(end.contains("stack overflow · exit 134"))
      #expect(end.contains("frames …"))
      #expect(end.contains("fatal runtime error: stack overflow, aborting"))
      try await tmux.sendKeys("q")
      #expect(try await tmux.waitForExit() == 0)
    }

    @Test func showsWhyAProgramCannotRunAndQuits() async throws {
      let path = try Self.program("bad.rs", "fn main() {\n    let x = ;\n}\n")
      let tmux = try await TmuxDriver.start([path], width: 80, height: 24)
      defer { tmux.stop() }
      let screen = try await tmux.waitFor("bad.rs:2:13: error: expected expression")
      #expect(screen.contains("^"))
      try await tmux.sendKeys("q")
      #expect(try await tmux.waitForExit() == 65)
    }
  }
}
