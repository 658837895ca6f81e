import ArgumentParser

@main
struct Memtutor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "memtutor",
    abstract: "A terminal tutor that shows how Rust uses the stack, the heap and static data.",
    version: "0.1.0",
    subcommands: [
      OpenCommand.self, RunCommand.self, TraceCommand.self, RenderCommand.self, ListCommand.self,
      CheckCommand.self, ProgressCommand.self, BenchCommand.self, TerminalCheckCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

  static func main() {
    CrashPrompt.disableInteractivePrompt()
    main(nil)
  }
}
