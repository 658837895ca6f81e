import ArgumentParser
import Foundation

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure memtutor's speed and memory.",
    discussion: """
      Runs each benchmark in a process of its own (so peak memory is per benchmark) and \
      prints one line each. Build with `swift build -c release` for meaningful figures.
      """)

  @Option(name: .customLong("only"), help: "Run just this benchmark, in this process.")
  var only: String?

  @Flag(name: .customLong("list"), help: "List the benchmarks.")
  var list = false

  func run() throws {
    if list {
      for benchmark in Benchmark.all { try CommandOutput.print("\(benchmark.name): \(benchmark.summary)") }
      return
    }
    if let only {
      guard let benchmark = Benchmark.all.first(where: { $0.name == only }) else {
        throw ValidationError("no benchmark named '\(only)' (see memtutor bench --list)")
      }
      for line in benchmark.run() { try CommandOutput.print(line) }
      return
    }
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    for benchmark in Benchmark.all {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = ["bench", "--only", benchmark.name]
      let pipe = Pipe()
      process.standardOutput = pipe
      do {
        try process.run()
      } catch {
        // Without a child process, measure here (peak memory then accumulates).
        for line in benchmark.run() { try CommandOutput.print(line) }
        continue
      }
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      try CommandOutput.write(String(decoding: data, as: UTF8.self))
    }
  }
}
