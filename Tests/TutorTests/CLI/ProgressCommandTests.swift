import Foundation
import TestSupport
import Testing

/// `list` and `progress` with a progress file holding a value out of range: they start, say what
/// was fixed, and keep the original file aside.
@Suite struct ProgressCommandTests {
  static let hugeStep =
    #"{"version":1,"lastOpened":"frames","lessons":{"frames":{"lessonID":"frames","lastStep":9223372036854775807,"stepCount":14}}}"#

  @Test(arguments: MemtutorCommand.builds, ["list", "progress"])
  func aHugeLastStepIsFixedNotFatal(build: MemtutorBuild, command: String) throws {
    let temporary = try TemporaryDirectory()
    let state = temporary.url.appendingPathComponent("state/memtutor")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try Self.hugeStep.write(
      to: state.appendingPathComponent("progress.json"), atomically: true, encoding: .utf8)
    let result = try MemtutorCommand.run("\"$MEMTUTOR\" \(command)", in: temporary.url, build: build)
    #expect(result.status == 0, "\(build) binary: \(result.stderr)")
    #expect(result.stderr.contains("frames: lastStep 9223372036854775807 is out of range; set to 13"))
    #expect(result.stdout.contains("at step 14 of 14"), "\(result.stdout)")
    let kept = temporary.contents(of: "state/memtutor").filter { $0.hasPrefix("progress.json.corrupt-") }
    #expect(kept.count == 1)
  }
}
