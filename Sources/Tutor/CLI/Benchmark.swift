import Execution
import Foundation

/// One named measurement of `memtutor bench`. Each runs in a process of its own so its peak
/// memory is its own; `run` prints its result lines. Other parts of memtutor add their
/// benchmarks to `Benchmark.all`.
struct Benchmark: Sendable {
  var name: String
  var summary: String
  var run: @Sendable () -> [String]

  static var all: [Benchmark] { engine + traceCommands + screen + wholePrograms }

  /// Peak resident memory of this process so far, in bytes.
  static func peakMemory() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
  }

  static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_000_000)
  }

  static func grouped(_ number: Int) -> String { Interpreter.grouped(number) }
}

extension Benchmark {
  /// A loop of about a million steps (three lines per iteration).
  static let loopProgram = """
    fn main() {
        let mut i: u64 = 0;
        let mut total: u64 = 0;
        while i < 333_333 {
            total += i;
            i += 1;
        }
        println!("{}", total);
    }
    """

  /// A recursion that never stops: 48-byte model frames fill 8 MiB after about 174,000 calls.
  static let overflowProgram = """
    fn down(n: u64, acc: u64) -> u64 {
        let next = n + 1;
        down(next, acc) + 1
    }

    fn main() {
        println!("{}", down(0, 0));
    }
    """

  static func traceOrNil(_ source: String, path: String) -> Trace? {
    try? Engine.trace(source: source, path: path)
  }

  static let engine: [Benchmark] = [
    Benchmark(name: "trace-loop", summary: "trace a 1,000,000-step loop (goal: < 1 s, < 200 MB)") {
      let clock = ContinuousClock()
      var trace: Trace?
      let elapsed = clock.measure { trace = traceOrNil(loopProgram, path: "loop.rs") }
      guard let trace else { return ["trace-loop: the program was refused"] }
      let time = seconds(elapsed)
      return [
        "trace-loop: \(grouped(trace.stepCount)) steps in \(String(format: "%.3f", time)) s = "
          + "\(grouped(Int(Double(trace.stepCount) / max(time, 1e-9)))) steps/s; peak memory \(megabytes(peakMemory()))"
      ]
    },
    Benchmark(name: "stack-overflow", summary: "overflow an 8 MiB stack by recursion (goal: < 0.5 s)") {
      let clock = ContinuousClock()
      var trace: Trace?
      let elapsed = clock.measure { trace = traceOrNil(overflowProgram, path: "overflow.rs") }
      guard let trace else { return ["stack-overflow: the program was refused"] }
      let state = trace.state(after: trace.stepCount - 1)
      return [
        "stack-overflow: \(grouped(state.frames.count)) frames, exit status \(trace.outcome.exitStatus), "
          + "\(String(format: "%.3f", seconds(elapsed))) s; peak memory \(megabytes(peakMemory()))"
      ]
    },
    Benchmark(name: "random-step", summary: "rebuild a random step of the 1M-step trace (goal: < 5 ms)") {
      guard let trace = traceOrNil(loopProgram, path: "loop.rs") else { return ["random-step: refused"] }
      var generator = SplitMix(seed: 0x6d656d74)
      let clock = ContinuousClock()
      var frames = 0
      let rounds = 100
      let elapsed = clock.measure {
        for _ in 0..<rounds {
          let step = Int(generator.next() % UInt64(trace.stepCount))
          frames += trace.state(after: step).frames.count
        }
      }
      let average = seconds(elapsed) / Double(rounds) * 1000
      return [
        "random-step: \(String(format: "%.3f", average)) ms per step on average over \(rounds) random steps "
          + "of \(grouped(trace.stepCount)) (\(frames) frames rebuilt)"
      ]
    },
  ]
}

/// A small deterministic generator, so benchmark runs pick the same steps.
struct SplitMix {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
