import Course
import Execution
import Foundation
import MemoryModel
import RustFrontEnd
import TestSupport
import Testing

/// Mutated corpus programs and lessons (bit flips, truncations, duplicated lines, inserted
/// escapes and controls) through the engine in process, and a sample of them through the real
/// `memtutor run` and `trace`: nothing may crash, hang, or put a terminal control in what
/// memtutor itself writes (diagnostics, the trace, standard error).
@Suite struct SourceFuzzTests {
  /// Fixed, so a failure reproduces; `MEMTUTOR_FUZZ_SEED` tries another.
  static let seed: UInt64 =
    ProcessInfo.processInfo.environment["MEMTUTOR_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x6d65_6d74_7574_6f72
  static let inputCount = 400
  /// Every this many inputs also goes through the binary.
  static let binaryEvery = 4
  /// Small budgets: a mutated program may loop or recurse forever.
  static let options = EngineOptions(
    stackLimit: 64 * 1024, stepBudget: 20_000, heapBudget: 1 << 20, outputBudget: 1 << 16)
  /// In process, one input taking longer than this counts as hung.
  static let slowInput = 10.0

  struct Input: Sendable {
    var name: String
    var bytes: [UInt8]
    var isLesson: Bool
  }

  struct Tally: Sendable {
    var tried = 0
    var crashed: [String] = []
    var hung: [String] = []
    var escaped: [String] = []
  }

  static func inputs() throws -> [Input] {
    let manager = FileManager.default
    var sources: [(name: String, bytes: [UInt8], isLesson: Bool)] = []
    for (folder, isLesson) in [(TestPaths.corpus, false), (TestPaths.lessons, true)] {
      let names = try manager.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".rs") }.sorted()
      for name in names {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        sources.append((name, Array(data), isLesson))
      }
    }
    var mutator = SourceMutator(seed: seed)
    return (0..<inputCount).map { index in
      let source = sources[mutator.pick(sources.count - 1)]
      // Lessons keep their file names: the name gives the lesson its number and id.
      return Input(
        name: "\(index)-\(source.name)", bytes: mutator.mutate(source.bytes), isLesson: source.isLesson)
    }
  }

  /// Whether memtutor's own text could drive a terminal (newlines and tabs are fine).
  static func controls(in text: String) -> Bool { MemtutorCommand.containsTerminalControl(text) }

  /// Parses, checks and traces `input` in process; returns a note when memtutor's own text
  /// (the sanitized diagnostics or trace) still carries a terminal control.
  static func runInProcess(_ input: Input) -> String? {
    let source = SourceText.normalized(String(decoding: input.bytes, as: UTF8.self))
    if input.isLesson {
      switch Result(catching: { () throws(DiagnosticList) in
        try LessonParser.parse(source: source, path: input.name)
      })
      {
      case .success(let lesson): _ = lesson.title.inertLines
      case .failure(let error):
        if controls(in: error.rendered(file: input.name, source: source).inertLines) {
          return "lesson report"
        }
      }
    }
    do {
      let trace = try Engine.trace(source: source, path: input.name, options: options)
      let text = TraceText(trace: trace).rendered(budget: 1 << 20).text.inertLines
      if controls(in: text) { return "trace text" }
      if controls(in: trace.outcome.stderr.inertLines) { return "program stderr" }
    } catch {
      if controls(in: error.rendered(file: input.name, source: source).inertLines) { return "diagnostics" }
    }
    return nil
  }

  @Test(.timeLimit(.minutes(3)))
  func mutatedSourcesNeverCrashHangOrLeakEscapes() async throws {
    let inputs = try Self.inputs()
    var tally = Tally()
    for input in inputs {
      let started = Date()
      if let leak = Self.runInProcess(input) { tally.escaped.append("\(input.name) in process: \(leak)") }
      if Date().timeIntervalSince(started) > Self.slowInput { tally.hung.append("\(input.name) in process") }
      tally.tried += 1
    }
    let binary = try TmuxDriver.memtutorBinary()
    let scratch = try TemporaryDirectory()
    let sampled = inputs.enumerated().filter { $0.offset % Self.binaryEvery == 0 }.map(\.element)
    for (index, input) in sampled.enumerated() {
      let path = scratch.url.appendingPathComponent(input.name).path
      #expect(FileManager.default.createFile(atPath: path, contents: Data(input.bytes)))
      let command = index % 2 == 0 ? "run" : "trace"
      let result = try BoundedProcess.run(
        binary, [command, path, "--max-steps", "20000", "--stack-size", "64KiB", "--max-output", "1MiB"],
        timeout: 20)
      let label = "memtutor \(command) \(input.name)"
      switch result.ending {
      case .crashed(let signal): tally.crashed.append("\(label): signal \(signal)")
      case .hung: tally.hung.append(label)
      case .exited: break
      }
      let stderr = String(decoding: result.stderr, as: UTF8.self)
      if Self.controls(in: stderr) { tally.escaped.append("\(label): stderr") }
      // run's stdout is the program's own, byte for byte; trace's is memtutor's.
      if command == "trace", Self.controls(in: String(decoding: result.stdout, as: UTF8.self)) {
        tally.escaped.append("\(label): stdout")
      }
      tally.tried += 1
    }
    let summary =
      "fuzz (seed \(Self.seed)): tried \(tally.tried) (\(inputs.count) in process, \(sampled.count) through "
      + "\(binary)), crashed \(tally.crashed.count), hung \(tally.hung.count), escapes \(tally.escaped.count)"
    print(summary)
    #expect(tally.tried == inputs.count + sampled.count, "\(summary)")
    #expect(tally.crashed.isEmpty, "\(summary): \(tally.crashed)")
    #expect(tally.hung.isEmpty, "\(summary): \(tally.hung)")
    #expect(tally.escaped.isEmpty, "\(summary): \(tally.escaped)")
  }
}
