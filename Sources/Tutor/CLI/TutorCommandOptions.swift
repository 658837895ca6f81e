import ArgumentParser
import Execution
import Screen

/// The look-and-feel options shared by `open` and `render`.
struct TutorCommandOptions: ParsableArguments {
  @Option(help: "Colour theme: dark, light, high-contrast or mono (NO_COLOR picks mono).")
  var theme: Theme.Name?

  @Flag(help: "Draw boxes and arrows with ASCII characters only.")
  var ascii = false

  @Option(
    name: .customLong("stack-size"),
    help: "The modelled stack size, e.g. 8MiB (the default) or 64KiB for a quicker overflow.")
  var stackSize: String?

  @Option(
    name: .customLong("schedule"),
    help: EngineOptionGroup.scheduleHelp)
  var schedule: UInt64?

  @Option(name: .customLong("input"), help: EngineOptionGroup.inputHelp)
  var input: String?

  func engineOptions() throws -> EngineOptions {
    var options = EngineOptions()
    options.timeBudget = EngineOptions.commandTimeBudget
    options.scheduleSeed = schedule
    if let input { options.standardInput = try SourceFile.readInput(input) }
    if let stackSize {
      guard let bytes = ByteSize.parse(stackSize), bytes >= 4096 else {
        throw ValidationError(
          "--stack-size '\(stackSize)' is not a size of at least 4KiB (try 64KiB or 8MiB)")
      }
      options.stackLimit = bytes
    }
    return options
  }

  func themeName(environment: [String: String]) -> Theme.Name {
    theme ?? Theme.preferred(environment: environment).name
  }
}

extension Theme.Name: ExpressibleByArgument {}
