import ArgumentParser
import Execution

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a Rust file and print exactly what the compiled program prints.",
    discussion: """
      Output goes to the same streams as the real program's, and the exit status is the \
      program's: 0, 101 after a panic, 134 after a stack overflow. Other statuses: 65 when \
      the file has errors or uses Rust memtutor does not support yet, 66 when it cannot be \
      read, 3 when memtutor stopped a runaway program (--max-steps, --max-seconds, heap or \
      output budget).

      The program reads memtutor's own standard input as it runs (a pipe, a file, or what \
      you type; what it printed so far is written before each read), or --input FILE.

      Where real Rust's output varies from run to run, memtutor prints one of the \
      possibilities: a HashMap or HashSet is iterated and printed in insertion order (a \
      real run's order depends on a random seed).
      """)

  @Argument(help: "The Rust file to run.")
  var file: String

  @OptionGroup var engine: EngineOptionGroup

  func run() throws {
    let source = try SourceFile.read(file)
    // Nothing here looks at steps: keeping them would cost memory with every step.
    let options = try engine.engineOptions(recordsSteps: false)
    let streams = ProgramStandardStreams()
    // `--input FILE` stands in for standard input; otherwise the program reads memtutor's own.
    let input =
      engine.input == nil
      ? ProgramStandardStreams.processInput() : StandardInput(bytes: options.standardInput)
    let trace: Trace
    do {
      let (checked, normalized) = try Engine.check(source: source, options: options)
      let (interpreter, mainLine) = Engine.interpreter(
        for: checked, source: normalized, path: file, options: options)
      input.willRead = { [unowned interpreter] in streams.write(interpreter.recorder.events) }
      interpreter.standardInput = input
      trace = interpreter.run(mainLine: mainLine)
    } catch {
      switch OwnershipVerdict.judge(error, file: file, source: source, options: options, input: input) {
      case .run(let accepted):
        trace = accepted
      case .refuse(let report, _, _):
        CommandOutput.printError(report)
        throw ExitCode(65)
      }
    }
    // The output in order, so interleaved stdout and stderr keep their order. Standard output
    // is the program's, byte for byte; standard error reaches the terminal, so it is made inert.
    try streams.finish(Array(trace.events))
    for event in trace.events.suffix(4) {
      if case .stopped(let reason) = event { CommandOutput.printError(reason) }
    }
    if trace.outcome.exitStatus != 0 { throw ExitCode(trace.outcome.exitStatus) }
  }
}
