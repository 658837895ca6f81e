import Foundation

/// Compiles and runs small Rust programs with the installed rustc, for cross-checks.
package enum RustcCrossCheck {
  package static let rustcPath: String? = {
    let candidates =
      (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/rustc" }
      + ["\(NSHomeDirectory())/.cargo/bin/rustc", "/root/.cargo/bin/rustc", "/usr/local/bin/rustc"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  package static var isAvailable: Bool { rustcPath != nil }

  package enum Failure: Error, CustomStringConvertible {
    case compile(String)
    case run(String)
    package var description: String {
      switch self {
      case .compile(let text): "rustc failed:\n\(text)"
      case .run(let text): "program failed:\n\(text)"
      }
    }
  }

  /// Compiles `source` (edition 2024, debug) into a temporary directory; returns the binary.
  package static func build(_ source: String, name: String) throws -> URL {
    guard let rustc = rustcPath else { throw Failure.compile("rustc not installed") }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("memtutor-oracle-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let sourceFile = directory.appendingPathComponent("main.rs")
    let binary = directory.appendingPathComponent("main")
    try source.write(to: sourceFile, atomically: true, encoding: .utf8)
    let (status, _, errors) = try execute(
      rustc, ["--edition", "2024", "-A", "warnings", "-o", binary.path, sourceFile.path])
    guard status == 0 else { throw Failure.compile(errors + "\n" + source) }
    return binary
  }

  /// Runs a binary made by `build` and returns its stdout.
  package static func execute(_ binary: URL, arguments: [String]) throws -> String {
    let (status, output, errors) = try execute(binary.path, arguments)
    guard status == 0 else { throw Failure.run(errors) }
    return output
  }

  /// Deletes a binary made by `build` and its directory.
  package static func remove(_ binary: URL) {
    try? FileManager.default.removeItem(at: binary.deletingLastPathComponent())
  }

  /// Compiles `source` (edition 2024, debug) and returns what the program prints to stdout.
  package static func run(_ source: String, name: String) throws -> String {
    guard let rustc = rustcPath else { throw Failure.compile("rustc not installed") }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("memtutor-oracle-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sourceFile = directory.appendingPathComponent("main.rs")
    let binary = directory.appendingPathComponent("main")
    try source.write(to: sourceFile, atomically: true, encoding: .utf8)
    let (compileStatus, _, compileErrors) = try execute(
      rustc, ["--edition", "2024", "-A", "warnings", "-o", binary.path, sourceFile.path])
    guard compileStatus == 0 else { throw Failure.compile(compileErrors + "\n" + source) }
    let (status, output, errors) = try execute(binary.path, [])
    guard status == 0 else { throw Failure.run(errors) }
    return output
  }

  private static func execute(_ path: String, _ arguments: [String]) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData, as: UTF8.self)
    )
  }
}
