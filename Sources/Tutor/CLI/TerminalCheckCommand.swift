import ArgumentParser
import Terminal

struct TerminalCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "terminal-check",
    abstract:
      "Check this terminal: shows its size, the last key pressed, box lines, wide characters (内存) and colours, as memtutor draws them. Press q to quit.",
    shouldDisplay: false
  )

  @Flag(help: "Animate a marker at 30 frames per second, to see smooth drawing.")
  var animate = false

  @Option(help: .hidden)
  var crash: TerminalCheckModel.Crash?

  func run() throws {
    var model = TerminalCheckModel(animate: animate, crash: crash)
    let status = TerminalRunner.run(&model)
    if status != 0 { throw ExitCode(status) }
  }
}

extension TerminalCheckModel.Crash: ExpressibleByArgument {}
