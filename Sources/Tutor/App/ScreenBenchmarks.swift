import Execution
import Screen
import Terminal

/// Timings of the tutor's own work per step (no terminal): for the benchmark command.
enum ScreenBenchmarks {
  struct Result: Sendable, CustomStringConvertible {
    var name: String
    var samples: Int
    var meanMilliseconds: Double
    var maxMilliseconds: Double

    var description: String {
      "\(name): \(samples) samples, mean \(format(meanMilliseconds)) ms, max \(format(maxMilliseconds)) ms"
    }

    private func format(_ value: Double) -> String {
      String(Double((value * 1000).rounded()) / 1000)
    }
  }

  /// A program with calls, Strings and a Vec that grows past its capacity.
  static let program = """
    fn describe(name: String, count: usize) -> String {
        let mut text = name.clone();
        text.push_str(" has ");
        text.push_str(&count.to_string());
        text
    }

    fn main() {
        let mut names = Vec::new();
        for i in 0..12 {
            names.push(format!("item {}", i));
        }
        let mut total = 0;
        for name in &names {
            total += name.len();
        }
        let summary = describe(String::from("names"), names.len());
        println!("{} ({} bytes)", summary, total);
    }
    """

  /// One step's `update` plus `view` plus the cell-by-cell comparison the terminal layer does,
  /// at `width`×`height`, over every step forward and back. Nil when the engine refuses the
  /// program (it should not).
  static func stepRender(width: Int = 200, height: Int = 60) -> Result? {
    guard let trace = try? Engine.trace(source: program, path: "bench.rs") else { return nil }
    var state = TutorState(trace: trace, title: "bench.rs", options: TutorOptions(animate: false))
    let keys =
      Array(repeating: Key.right, count: trace.stepCount - 1)
      + Array(repeating: Key.left, count: trace.stepCount - 1)
    return measure(
      "step update+view+diff \(width)x\(height)", keys: keys, state: &state, width: width, height: height)
  }

  /// The same near the bottom of a stack 8 MiB deep (the recursion that overflows).
  static func deepStackStep(width: Int = 200, height: Int = 60) -> Result? {
    let source = """
      fn f(n: u64) -> u64 {
          if n == 0 { 0 } else { 1 + f(n - 1) }
      }

      fn main() {
          println!("{}", f(1_000_000));
      }
      """
    guard let trace = try? Engine.trace(source: source, path: "recursion.rs") else { return nil }
    var state = TutorState(
      trace: trace, title: "recursion.rs", options: TutorOptions(animate: false),
      startStep: trace.stepCount - 40)
    let keys = Array(repeating: Key.left, count: 20) + Array(repeating: Key.right, count: 20)
    return measure(
      "deep stack step \(width)x\(height)", keys: keys, state: &state, width: width, height: height)
  }

  /// Frames of the reallocation animation at 30 frames per second.
  static func animationFrames(width: Int = 200, height: Int = 60) -> Result? {
    guard let trace = try? Engine.trace(source: program, path: "bench.rs") else { return nil }
    var state = TutorState(trace: trace, title: "bench.rs", options: TutorOptions(animate: true))
    let clock = ContinuousClock()
    var times: [Double] = []
    var previous = state.view(width: width, height: height)
    var now = 0.0
    for _ in 1..<trace.stepCount {
      _ = state.update(.key(.right))
      while state.session.animation != nil {
        let start = clock.now
        _ = state.update(.tick(now))
        let screen = state.view(width: width, height: height)
        _ = changedCells(screen, previous)
        times.append(milliseconds(clock.now - start))
        previous = screen
        now += 1 / Animation.framesPerSecond
      }
    }
    return summary("animation frame \(width)x\(height)", times)
  }

  private static func measure(
    _ name: String, keys: [Key], state: inout TutorState, width: Int, height: Int
  ) -> Result {
    let clock = ContinuousClock()
    var previous = state.view(width: width, height: height)
    var times: [Double] = []
    for key in keys {
      let start = clock.now
      _ = state.update(.key(key))
      let screen = state.view(width: width, height: height)
      _ = changedCells(screen, previous)
      times.append(milliseconds(clock.now - start))
      previous = screen
    }
    return summary(name, times)
  }

  /// The comparison the terminal layer makes to send only changed cells.
  private static func changedCells(_ a: ScreenBuffer, _ b: ScreenBuffer) -> Int {
    a.changedPositions(since: b, width: a.width, height: a.height).count
  }

  private static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }

  private static func summary(_ name: String, _ times: [Double]) -> Result {
    Result(
      name: name, samples: times.count,
      meanMilliseconds: times.isEmpty ? 0 : times.reduce(0, +) / Double(times.count),
      maxMilliseconds: times.max() ?? 0)
  }
}
