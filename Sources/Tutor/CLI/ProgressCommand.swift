import ArgumentParser

struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "progress", abstract: "Not available yet.")

  func run() throws {
    throw ValidationError("'progress' is not available yet")
  }
}
