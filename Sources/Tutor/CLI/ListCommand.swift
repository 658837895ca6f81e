import ArgumentParser

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "Not available yet.")

  func run() throws {
    throw ValidationError("'list' is not available yet")
  }
}
