import ArgumentParser
import CHostMemory
import Foundation

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

  /// As ArgumentParser's own `main`, but its messages (which quote arguments: file names, option
  /// values) go out through `CommandOutput`, made inert like everything else memtutor prints.
  static func main() {
    memtutor_tune_host_allocator()
    CrashPrompt.disableInteractivePrompt()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if status == .success {
          // Help and version text; a failed write has already said so and set the status.
          do { try CommandOutput.print(message) } catch { Foundation.exit(CommandOutput.writeErrorStatus) }
        } else {
          CommandOutput.printError(message)
        }
      }
      Foundation.exit(status.rawValue)
    }
  }
}
