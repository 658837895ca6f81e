import ArgumentParser
import Execution

struct TraceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace",
    abstract: "Print the step-by-step memory story of a Rust file.",
    discussion: """
      One block per executed line: the source, what it did to the stack, the heap and the
      output, and a stack/heap summary. --json prints a stable JSON document instead.
      The exit status is the program's (see `memtutor run --help`).
      """)

  @Argument(help: "The Rust file to trace.")
  var file: String

  @Flag(name: .customLong("json"), help: "Print the trace as JSON.")
  var json = false

  @OptionGroup var engine: EngineOptionGroup

  func run() throws {
    let source = try SourceFile.read(file)
    let options = try engine.engineOptions()
    let trace: Trace
    do {
      trace = try Engine.trace(source: source, path: file, options: options)
    } catch {
      SourceFile.writeError(error.rendered(file: file, source: source) + "\n")
      throw ExitCode(65)
    }
    SourceFile.writeOutput(json ? TraceJSON(trace: trace).rendered() : TraceText(trace: trace).rendered())
    if trace.outcome.exitStatus != 0 { throw ExitCode(trace.outcome.exitStatus) }
  }
}
