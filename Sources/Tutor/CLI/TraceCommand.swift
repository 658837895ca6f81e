import ArgumentParser
import Execution
import RustFrontEnd

struct TraceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace",
    abstract: "Print the step-by-step memory story of a Rust file.",
    discussion: """
      One block per executed line: the source, what it did to the stack, the heap and the \
      output, and a stack/heap summary. Steps are numbered from 1, as in the tutor and \
      `memtutor render`. --json prints a stable JSON document instead (its "step" counts from 0). \
      The exit status is the program's (see `memtutor run --help`).
      """)

  @Argument(help: "The Rust file to trace.")
  var file: String

  @Flag(name: .customLong("json"), help: "Print the trace as JSON.")
  var json = false

  @Flag(
    name: .customLong("what-if"),
    help:
      "Trace a program the borrow check rejects as if the check were off (its report goes to stderr first).")
  var whatIf = false

  @OptionGroup var engine: EngineOptionGroup

  /// As for a runaway program: memtutor stopped because of a budget.
  static let budgetExitStatus: Int32 = 3

  func run() throws {
    let source = try SourceFile.read(file)
    var options = try engine.engineOptions()
    let budget = try engine.traceBudget()
    let trace: Trace
    do {
      let checked = try Engine.check(source: source, options: options)
      if engine.input == nil, checked.program.readsStandardInput, let piped = SourceFile.pipedStandardInput()
      {
        options.standardInput = piped
      }
      if try stream(checked, options: options, budget: budget) { return }
      trace = Engine.run(checked.program, source: checked.source, path: file, options: options)
    } catch let error as DiagnosticList {
      switch OwnershipVerdict.judge(error, file: file, source: source, options: options) {
      case .run(let accepted):
        trace = accepted
      case .refuse(let report, _, let whatIf):
        CommandOutput.printError(report)
        // The check's report first: what follows is the run Rust prevents.
        guard self.whatIf, let whatIf else { throw ExitCode(65) }
        trace = whatIf
      }
    }
    let (text, isComplete) =
      json
      ? TraceJSON(trace: trace).rendered(budget: budget) : TraceText(trace: trace).rendered(budget: budget)
    try CommandOutput.write(text)
    try finish(
      isComplete: isComplete, stepCount: trace.stepCount, exitStatus: trace.outcome.exitStatus, budget: budget
    )
  }

  func finish(isComplete: Bool, stepCount: Int, exitStatus: Int32, budget: Int) throws {
    if !isComplete {
      CommandOutput.printError(
        "memtutor: stopped the trace after \(budget) bytes (output budget, --max-output); "
          + "the rest of its \(stepCount) steps were left out")
      throw ExitCode(Self.budgetExitStatus)
    }
    if exitStatus != 0 { throw ExitCode(exitStatus) }
  }
}
