import Foundation

extension Benchmark {
  /// `memtutor trace` of the 1,000,000-step loop as whole processes, text and JSON, with the
  /// output thrown away: wall time and the process's own peak memory (from `wait4`), median
  /// of three, next to `memtutor run` of the same file.
  static let traceCommands: [Benchmark] = [
    Benchmark(name: "trace-text", summary: "memtutor trace of a 1M-step loop (goal: < 1 s, < 150 MiB)") {
      [measureTraceCommand(label: "trace-text", arguments: [])]
    },
    Benchmark(name: "trace-json", summary: "memtutor trace --json of a 1M-step loop (goal: < 1 s, < 150 MiB)")
    {
      [measureTraceCommand(label: "trace-json", arguments: ["--json"])]
    },
  ]

  static func measureTraceCommand(label: String, arguments: [String]) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "memtutor-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("loop.rs")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try loopProgram.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      return "\(label): cannot write the program: \(error)"
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    // The default output budget (64 MiB) would cut the trace short: lift it.
    let traceArguments = ["trace"] + arguments + ["--max-output", "4GiB", file.path]
    guard let trace = medianRun(executable, traceArguments),
      let run = medianRun(executable, ["run", file.path])
    else { return "\(label): memtutor could not be started" }
    return "\(label): \(String(format: "%.3f", trace.seconds)) s, peak \(megabytes(trace.peakBytes)), "
      + "exit status \(trace.status) (median of 3); memtutor run of the same file "
      + "\(String(format: "%.3f", run.seconds)) s, peak \(megabytes(run.peakBytes)); "
      + "trace / run = \(String(format: "%.1f", trace.seconds / max(run.seconds, 1e-9)))"
  }

  /// The run with the median wall time of three (its own peak memory with it).
  static func medianRun(_ executable: String, _ arguments: [String]) -> ProcessMeasure? {
    var runs: [ProcessMeasure] = []
    for _ in 0..<3 {
      guard let run = ProcessMeasure.run(executable, arguments) else { return nil }
      runs.append(run)
    }
    return runs.sorted { $0.seconds < $1.seconds }[1]
  }
}
