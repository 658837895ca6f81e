import Foundation

/// Runs a program with a time limit, telling a crash (killed by a signal) from an exit status
/// that only looks like one, and a hang (still running at the limit, then killed) from both.
package enum BoundedProcess {
  package enum Ending: Sendable, Equatable {
    case exited(Int32)
    case crashed(signal: Int32)
    case hung
  }

  package struct Result: Sendable {
    package var ending: Ending
    package var stdout: Data
    package var stderr: Data
  }

  package static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "memtutor-bounded-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    var ending: Ending
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      // Only the process started here, by its id.
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
      ending = .hung
    } else if process.terminationReason == .uncaughtSignal {
      ending = .crashed(signal: process.terminationStatus)
    } else {
      ending = .exited(process.terminationStatus)
    }
    return Result(
      ending: ending, stdout: (try? Data(contentsOf: outURL)) ?? Data(),
      stderr: (try? Data(contentsOf: errURL)) ?? Data())
  }
}
