import Foundation

/// Runs an external program to completion and collects what it printed.
///
/// Output goes to temporary files rather than pipes, so a chatty child can never stall on a
/// full pipe buffer while nobody reads it.
package enum ProcessRunner {
  package struct Result: Sendable, Equatable {
    package var stdout: String
    package var stderr: String
    /// The status a shell would report: the exit code, or 128 + the signal number when the
    /// process was killed by a signal (a Rust stack overflow aborts with SIGABRT: 134).
    package var status: Int32
  }

  package struct Request: Sendable {
    package var executable: String
    package var arguments: [String]
    package var workingDirectory: URL? = nil
    /// Variables taken out of the inherited environment.
    package var removingVariables: Set<String> = []

    package init(
      executable: String, arguments: [String], workingDirectory: URL? = nil,
      removingVariables: Set<String> = []
    ) {
      self.executable = executable
      self.arguments = arguments
      self.workingDirectory = workingDirectory
      self.removingVariables = removingVariables
    }
  }

  /// Runs the program without holding a Swift concurrency thread while it works.
  package static func run(_ request: Request) async throws -> Result {
    let launched = try Launched(request)
    defer { launched.cleanUp() }
    let (reason, code): (Process.TerminationReason, Int32) = try await withCheckedThrowingContinuation {
      continuation in
      launched.process.terminationHandler = { finished in
        continuation.resume(returning: (finished.terminationReason, finished.terminationStatus))
      }
      do {
        try launched.process.run()
      } catch {
        launched.process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    return launched.result(reason: reason, code: code)
  }

  /// Runs the program and blocks the calling thread until it ends; for quick one-off probes.
  package static func runAndWait(_ request: Request) throws -> Result {
    let launched = try Launched(request)
    defer { launched.cleanUp() }
    try launched.process.run()
    launched.process.waitUntilExit()
    return launched.result(
      reason: launched.process.terminationReason, code: launched.process.terminationStatus)
  }

  /// Finds `name` the way a shell would: the first executable file of that name on PATH.
  package static func lookUp(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"])
    -> String?
  {
    guard let path else { return nil }
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name).path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// A configured process with its output files.
  private struct Launched {
    let process = Process()
    let scratch: URL
    let stdoutURL: URL
    let stderrURL: URL
    let handles: [FileHandle]

    init(_ request: Request) throws {
      scratch = FileManager.default.temporaryDirectory
        .appendingPathComponent("memtutor-process-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
      stdoutURL = scratch.appendingPathComponent("stdout")
      stderrURL = scratch.appendingPathComponent("stderr")
      _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
      _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
      let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
      let stderrHandle = try FileHandle(forWritingTo: stderrURL)
      handles = [stdoutHandle, stderrHandle]

      process.executableURL = URL(fileURLWithPath: request.executable)
      process.arguments = request.arguments
      if let directory = request.workingDirectory { process.currentDirectoryURL = directory }
      var environment = ProcessInfo.processInfo.environment
      for name in request.removingVariables { environment[name] = nil }
      process.environment = environment
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = stdoutHandle
      process.standardError = stderrHandle
    }

    func result(reason: Process.TerminationReason, code: Int32) -> Result {
      for handle in handles { try? handle.close() }
      let stdout = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
      let stderr = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
      return Result(stdout: stdout, stderr: stderr, status: reason == .uncaughtSignal ? 128 + code : code)
    }

    func cleanUp() {
      for handle in handles { try? handle.close() }
      try? FileManager.default.removeItem(at: scratch)
    }
  }
}
