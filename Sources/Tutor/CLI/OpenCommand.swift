import ArgumentParser

struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "open", abstract: "Not available yet.")

  func run() throws {
    throw ValidationError("'open' is not available yet")
  }
}
