import Course
import Execution
import Foundation
import Terminal

extension Benchmark {
  /// The tutor's own costs: a step's update and view, animation frames, the start-up to the
  /// first frame on a real (pseudo-)terminal, and the frame pacing of an animation.
  static var screen: [Benchmark] {
    [
      Benchmark(name: "step-render", summary: "one step's update + view + diff at 200x60 (goal: < 2 ms)") {
        [ScreenBenchmarks.stepRender(width: 200, height: 60).map(\.description) ?? "step-render: failed"]
      },
      Benchmark(name: "deep-stack-step", summary: "a step at the bottom of a deep recursion, 200x60") {
        [
          ScreenBenchmarks.deepStackStep(width: 200, height: 60).map(\.description)
            ?? "deep-stack-step: failed"
        ]
      },
      Benchmark(name: "animation-frame", summary: "one animation frame at 200x60 (30 fps needs < 33 ms)") {
        [
          ScreenBenchmarks.animationFrames(width: 200, height: 60).map(\.description)
            ?? "animation-frame: failed"
        ]
      },
      Benchmark(
        name: "first-frame",
        summary:
          "launch to first frame on a pseudo-terminal: a small program, a 2M-step loop, each lesson (goal: < 50 ms)"
      ) {
        firstFrameLines()
      },
      Benchmark(
        name: "tui-memory",
        summary:
          "peak memory of the tutor on the 2M-step loop, recorded and shown at its last step (goal: < 300 MiB)"
      ) {
        [tuiMemoryLine()]
      },
      Benchmark(
        name: "animation-pacing",
        summary: "3 s of autoplay with animations at 200x60 (goal: 30 fps, < 20 % CPU)"
      ) {
        [pacingLine()]
      },
    ]
  }

  /// A million-iteration loop: two million steps, recorded in the background after the first
  /// frame.
  static let millionStepLoop = """
    fn main() {
        let mut total: u64 = 0;
        for i in 0..1_000_000u64 {
            total += i;
        }
        println!("{}", total);
    }
    """

  /// Launch to first frame, from outside under a pseudo-terminal: the small program, a
  /// two-million-step loop, and every lesson (with a fresh progress folder, so none resumes).
  private static func firstFrameLines() -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memtutor-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let small = folder.appendingPathComponent("bench.rs")
    let loop = folder.appendingPathComponent("loop.rs")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try ScreenBenchmarks.program.write(to: small, atomically: true, encoding: .utf8)
      try millionStepLoop.write(to: loop, atomically: true, encoding: .utf8)
    } catch {
      return ["first-frame: cannot write \(folder.path)"]
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let environment = ["XDG_STATE_HOME=\(folder.path)"]
    var cases: [(String, [String])] = [("small program", [small.path]), ("2,000,000-step loop", [loop.path])]
    let lessons = LessonLibrary.load(extraFolders: []).lessons
    cases += lessons.map { ("lesson \($0.number)", ["\($0.number)"]) }
    var lines: [String] = []
    var slowest = 0.0
    for (name, arguments) in cases {
      var samples: [Double] = []
      for _ in 0..<5 {
        do {
          samples.append(
            try TerminalBenchmark.launchToFirstFrame(
              executable: executable, arguments: arguments, width: 100, height: 30, environment: environment))
        } catch {
          return lines + ["first-frame: \(name): \(error)"]
        }
      }
      let sorted = samples.sorted()
      let median = sorted[sorted.count / 2]
      slowest = max(slowest, median)
      lines.append(
        "first-frame: \(name), launch to first frame, median of \(samples.count): "
          + String(format: "%.1f ms (best %.1f ms)", median * 1000, (sorted.first ?? median) * 1000))
    }
    lines.append(String(format: "first-frame: slowest median %.1f ms (goal: < 50 ms)", slowest * 1000))
    return lines
  }

  /// The tutor's peak memory, from outside: the two-million-step loop opened under a
  /// pseudo-terminal, `G` typed at the first frame (kept until the background recording is
  /// done, then played: the last step), and the process left to quit once idle.
  private static func tuiMemoryLine() -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memtutor-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let loop = folder.appendingPathComponent("loop.rs")
    let stats = folder.appendingPathComponent("stats.json")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try millionStepLoop.write(to: loop, atomically: true, encoding: .utf8)
    } catch {
      return "tui-memory: cannot write \(folder.path)"
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let cost: TerminalBenchmark.SessionCost
    do {
      cost = try TerminalBenchmark.sessionCost(
        executable: executable, arguments: [loop.path], typing: Array("G".utf8), width: 100, height: 30,
        environment: ["XDG_STATE_HOME=\(folder.path)", "MEMTUTOR_FRAME_STATS=\(stats.path)"])
    } catch {
      return "tui-memory: \(error)"
    }
    // The session must have ended idle, with the key played: otherwise the peak is not the whole one.
    let ending = (try? String(contentsOf: stats, encoding: .utf8)) ?? ""
    guard ending.contains("\"endReason\":\"idle\""), ending.contains("\"keys\":1,") else {
      return "tui-memory: the session did not end idle at its last step (\(ending))"
    }
    let mebibytes = Double(cost.peakResidentBytes) / Double(1 << 20)
    return "tui-memory: 2,000,000-step loop, recorded and shown at its last step in "
      + String(format: "%.2f s; peak resident memory ", cost.seconds) + megabytes(cost.peakResidentBytes)
      + String(format: " = %.1f MiB (goal: < 300 MiB)", mebibytes)
  }

  private static func pacingLine() -> String {
    guard let trace = try? Engine.trace(source: ScreenBenchmarks.program, path: "bench.rs") else {
      return "animation-pacing: the benchmark program was refused"
    }
    var options = TutorOptions()
    options.speed = 4
    var model = TutorState(trace: trace, title: "bench.rs", options: options)
    _ = model.update(.key(.character("a")))
    do {
      let stats = try TerminalBenchmark.pacing(&model, width: 200, height: 60, seconds: 3)
      let fps = Double(stats.ticks) / max(stats.wallSeconds, 0.001)
      let cpu = stats.cpuSeconds / max(stats.wallSeconds, 0.001) * 100
      return String(
        format: "animation-pacing: %d ticks, %d frames in %.2f s = %.1f fps, %.2f s CPU (%.1f %% of a core)",
        stats.ticks, stats.frames, stats.wallSeconds, fps, stats.cpuSeconds, cpu)
    } catch {
      return "animation-pacing: \(error)"
    }
  }
}
