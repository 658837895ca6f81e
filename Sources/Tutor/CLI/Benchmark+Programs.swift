import Course
import Foundation

extension Benchmark {
  /// Small programs a learner might run, each measured from outside as whole processes:
  /// `memtutor run`, and where rustc is installed, a debug `rustc` build and its run (what
  /// a learner without memtutor would do).
  static let programs: [(name: String, summary: String, source: String)] = [
    ("hello", "hello world", "fn main() {\n    println!(\"Hello, world!\");\n}\n"),
    (
      "sum-loop", "a 1,000,000-iteration sum loop",
      """
      fn main() {
          let mut sum: u64 = 0;
          let mut i: u64 = 0;
          while i < 1000000 {
              sum += i;
              i += 1;
          }
          println!("{}", sum);
      }

      """
    ),
    (
      "fib", "fib(25) by plain recursion",
      """
      fn fib(n: u64) -> u64 {
          if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
      }

      fn main() {
          println!("{}", fib(25));
      }

      """
    ),
    (
      "strings", "100,000 Strings pushed into a Vec, then dropped",
      """
      fn main() {
          let mut v: Vec<String> = Vec::new();
          let mut i = 0;
          while i < 100000 {
              v.push(String::from("hello"));
              i += 1;
          }
          println!("{}", v.len());
      }

      """
    ),
  ]

  static var wholePrograms: [Benchmark] {
    programs.map { program in
      Benchmark(name: "run-\(program.name)", summary: "memtutor run: \(program.summary), vs rustc") {
        [measureProgram(name: program.name, source: program.source)]
      }
    }
  }

  static func measureProgram(name: String, source: String) -> String {
    let label = "run-\(name)"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "memtutor-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("\(name).rs")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try source.write(to: file, atomically: true, encoding: .utf8)
    } catch {
      return "\(label): cannot write the program: \(error)"
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    let rustc = RustCompiler.find()
    let binary = folder.appendingPathComponent(name).path
    // Pairs, each memtutor run followed by the peer's compile and run, so that a burst of load
    // on the machine falls on both sides; the medians of the pairs are compared.
    var memtutorRuns: [ProcessMeasure] = []
    var peerRuns: [(compile: Double, run: Double)] = []
    for _ in 0..<Self.pairedRuns {
      guard let memtutor = ProcessMeasure.run(executable, ["run", file.path]) else {
        return "\(label): memtutor could not be started"
      }
      memtutorRuns.append(memtutor)
      guard let rustc else { continue }
      guard
        let compile = ProcessMeasure.run(rustc.executable, ["--edition", "2024", "-o", binary, file.path]),
        compile.status == 0, let run = ProcessMeasure.run(binary, [])
      else { continue }
      peerRuns.append((compile.seconds, run.seconds))
    }
    let memtutor = memtutorRuns.sorted { $0.seconds < $1.seconds }[memtutorRuns.count / 2]
    var line =
      "\(label): memtutor run \(String(format: "%.3f", memtutor.seconds)) s, peak \(megabytes(memtutor.peakBytes)), exit status \(memtutor.status)"
    guard rustc != nil else { return line + "; rustc not installed" }
    guard peerRuns.count == Self.pairedRuns else { return line + "; rustc could not build it" }
    let peer = peerRuns.sorted { $0.compile + $0.run < $1.compile + $1.run }[peerRuns.count / 2]
    let total = peer.compile + peer.run
    line +=
      "; rustc (debug) \(String(format: "%.3f", peer.compile)) s + run \(String(format: "%.3f", peer.run)) s"
      + " = \(String(format: "%.3f", total)) s (medians of \(Self.pairedRuns) pairs); "
      + "memtutor / rustc = \(String(format: "%.2f", memtutor.seconds / max(total, 1e-9)))"
    return line
  }

  /// How many times each side of a whole-program comparison runs.
  static let pairedRuns = 5
}
