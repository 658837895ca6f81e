import Foundation

/// The real rustc, used by `memtutor check` as the oracle: lessons must compile (or be
/// rejected with the recorded error) and print what the engine says they print.
package struct RustCompiler: Sendable {
  /// Absolute path of the `rustc` executable.
  package let executable: String

  /// Finds rustc: `$RUSTC`, then each `$PATH` entry, then `~/.cargo/bin`. Nil when absent.
  package static func find(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> RustCompiler?
  {
    let fileManager = FileManager.default
    if let explicit = environment["RUSTC"], !explicit.isEmpty {
      return fileManager.isExecutableFile(atPath: explicit) ? RustCompiler(executable: explicit) : nil
    }
    var candidates = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/rustc" }
    if let home = environment["HOME"] { candidates.append("\(home)/.cargo/bin/rustc") }
    return candidates.first { fileManager.isExecutableFile(atPath: $0) }.map { RustCompiler(executable: $0) }
  }

  /// Compiles `file` (debug, edition 2024) into `output`. rustc runs in the file's folder
  /// with the bare file name, so its messages say `04-stack-overflow.rs:12:5`, not a full path.
  package func compile(_ file: String, to output: String) -> ProcessResult {
    let url = URL(fileURLWithPath: file)
    return Self.run(
      executable, arguments: ["--edition", "2024", "-o", output, url.lastPathComponent],
      directory: url.deletingLastPathComponent().path, timeout: 120)
  }

  /// Runs `executable` with `arguments`, capturing both streams, killing it after `timeout` seconds.
  package static func run(
    _ executable: String, arguments: [String], directory: String? = nil, timeout: Double = 60
  ) -> ProcessResult {
    let fileManager = FileManager.default
    let scratch = fileManager.temporaryDirectory.appendingPathComponent("memtutor-\(UUID().uuidString)")
    do {
      try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
    } catch {
      return ProcessResult(stdout: "", stderr: "cannot create a temporary folder: \(error)", status: 127)
    }
    defer { try? fileManager.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    fileManager.createFile(atPath: outURL.path, contents: nil)
    fileManager.createFile(atPath: errURL.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var timedOut = false
    do {
      let outHandle = try FileHandle(forWritingTo: outURL)
      let errHandle = try FileHandle(forWritingTo: errURL)
      defer {
        try? outHandle.close()
        try? errHandle.close()
      }
      process.standardOutput = outHandle
      process.standardError = errHandle
      process.standardInput = FileHandle.nullDevice
      try process.run()
      let deadline = Date().addingTimeInterval(timeout)
      while process.isRunning {
        if Date() > deadline {
          timedOut = true
          process.terminate()
          break
        }
        usleep(5_000)
      }
      process.waitUntilExit()
    } catch {
      return ProcessResult(stdout: "", stderr: "cannot run \(executable): \(error)", status: 127)
    }
    let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    return ProcessResult(stdout: stdout, stderr: stderr, status: status, timedOut: timedOut)
  }

  package init(executable: String) {
    self.executable = executable
  }
}

/// What rustc says of a file when asked to check it.
package enum RustcCheck: Equatable, Sendable {
  case accepted
  /// Its report (without the trailing "aborting due to" and "For more information" lines).
  case rejected(String)
  /// rustc could not give a verdict (it could not be started, crashed or timed out).
  case unavailable
}

extension RustCompiler {
  /// rustc's verdict on `file` (type and borrow checking, no code generation). rustc runs in the
  /// file's folder, so its report names the file as the learner does.
  package func check(_ file: String, cache: URL? = RustCompiler.reportCache()) -> RustcCheck {
    let url = URL(fileURLWithPath: file)
    // Asking rustc takes a tenth of a second or more: its verdict is kept per file content.
    let source = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    let key = String(Self.stableHash(executable + "\n" + url.lastPathComponent + "\n" + source), radix: 16)
    let entry = cache?.appendingPathComponent(key + ".txt")
    if let entry, let cached = try? String(contentsOf: entry, encoding: .utf8) {
      return cached.isEmpty ? .accepted : .rejected(cached)
    }
    let verdict = askRustc(about: url)
    if let cache, let entry {
      let text: String?
      switch verdict {
      case .accepted: text = ""
      case .rejected(let report): text = report
      case .unavailable: text = nil
      }
      if let text {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try? text.write(to: entry, atomically: true, encoding: .utf8)
      }
    }
    return verdict
  }

  /// `$XDG_CACHE_HOME/memtutor/rustc-reports` (by default `~/.cache/…`); nil without a home.
  package static func reportCache(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL?
  {
    if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
      return URL(fileURLWithPath: base).appendingPathComponent("memtutor/rustc-reports")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/memtutor/rustc-reports")
  }

  /// FNV-1a over the UTF-8 bytes: stable across runs, unlike `Hasher`.
  static func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  private func askRustc(about url: URL) -> RustcCheck {
    guard FileManager.default.fileExists(atPath: url.path) else { return .unavailable }
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("memtutor-metadata-\(UUID().uuidString).rmeta")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let result = Self.run(
      executable,
      arguments: ["--edition", "2024", "--emit=metadata", "-o", scratch.path, url.lastPathComponent],
      directory: url.deletingLastPathComponent().path, timeout: 30)
    if result.status == 0, !result.timedOut { return .accepted }
    // rustc exits with 1 when it rejects a program; anything else is rustc failing.
    guard result.status == 1, !result.timedOut, result.stderr.contains("error") else { return .unavailable }
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let kept = lines.filter {
      !$0.hasPrefix("error: aborting due to") && !$0.hasPrefix("For more information about")
        && !$0.hasPrefix("Some errors have detailed explanations")
    }
    let text = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? .unavailable : .rejected(text)
  }
}
