import ArgumentParser

struct TraceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "trace", abstract: "Not available yet.")

  func run() throws {
    throw ValidationError("'trace' is not available yet")
  }
}
