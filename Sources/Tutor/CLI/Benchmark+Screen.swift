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
      Benchmark(name: "first-frame", summary: "launch to first frame on a pseudo-terminal (goal: < 150 ms)") {
        [firstFrameLine()]
      },
      Benchmark(
        name: "animation-pacing",
        summary: "3 s of autoplay with animations at 200x60 (goal: 30 fps, < 20 % CPU)"
      ) {
        [pacingLine()]
      },
    ]
  }

  private static func firstFrameLine() -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("memtutor-bench-\(getpid()).rs")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
      try ScreenBenchmarks.program.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      return "first-frame: cannot write \(file.path)"
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    var samples: [Double] = []
    for _ in 0..<5 {
      do {
        let seconds = try TerminalBenchmark.launchToFirstFrame(
          executable: executable, arguments: [file.path], width: 100, height: 30)
        samples.append(seconds)
      } catch {
        return "first-frame: \(error)"
      }
    }
    let sorted = samples.sorted()
    let median = sorted[sorted.count / 2]
    return String(
      format: "first-frame: launch to first frame, median of %d: %.1f ms (best %.1f ms)", samples.count,
      median * 1000, (sorted.first ?? median) * 1000)
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
