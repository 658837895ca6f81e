import ArgumentParser

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "run", abstract: "Not available yet.")

  func run() throws {
    throw ValidationError("'run' is not available yet")
  }
}
