import Execution
import Foundation
import TestSupport
import Testing

/// `memtutor trace` output for the programs in Tests/TutorTests/Golden, compared with the
/// `.trace` file next to each. Set MEMTUTOR_UPDATE_GOLDEN=1 to rewrite the files after
/// reading the differences.
@Suite struct GoldenTraceTests {
  static let folder = TestPaths.golden

  static var programs: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".rs") }.sorted()
  }

  @Test func theGoldenProgramsArePresent() {
    #expect(Self.programs.count >= 5)
  }

  @Test("trace text matches the golden file", arguments: GoldenTraceTests.programs)
  func traceMatchesGolden(name: String) throws {
    let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    let trace = try #require(traceOf(source, path: name))
    let text = TraceText(trace: trace).rendered()
    let goldenURL = Self.folder.appendingPathComponent(String(name.dropLast(3)) + ".trace")
    if ProcessInfo.processInfo.environment["MEMTUTOR_UPDATE_GOLDEN"] == "1" {
      try text.write(to: goldenURL, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOf: goldenURL, encoding: .utf8)
    if let diff = TextDiff.describe(expected: golden, actual: text) {
      Issue.record("\(name): trace differs from \(goldenURL.lastPathComponent) (- golden, + now)\n\(diff)")
    }
  }

  @Test("the JSON trace is well formed and has every step", arguments: GoldenTraceTests.programs)
  func jsonParses(name: String) throws {
    let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    let trace = try #require(traceOf(source, path: name))
    let json = TraceJSON(trace: trace).rendered()
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let steps = try #require(object?["steps"] as? [[String: Any]])
    #expect(steps.count == trace.stepCount)
    #expect(object?["exitStatus"] as? Int == Int(trace.outcome.exitStatus))
    let kinds = steps.flatMap {
      ($0["events"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
    }
    #expect(kinds.first == "framePushed")
    #expect(kinds.last == "exited")
  }
}
