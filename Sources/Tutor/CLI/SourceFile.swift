import ArgumentParser
import Execution
import Foundation
import RustFrontEnd

/// Reading a Rust file for `run` and `trace`, and the options they share.
enum SourceFile {
  /// The file's text, or exit status 66 with `memtutor: cannot read FILE: reason`.
  static func read(_ path: String) throws -> String {
    guard let handle = fopen(path, "r") else {
      let reason = String(cString: strerror(errno))
      CommandOutput.printError("memtutor: cannot read \(path): \(reason)")
      throw ExitCode(66)
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if count < buffer.count {
        if ferror(handle) != 0 {
          let reason = String(cString: strerror(errno))
          CommandOutput.printError("memtutor: cannot read \(path): \(reason)")
          throw ExitCode(66)
        }
        break
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      CommandOutput.printError("memtutor: cannot read \(path): the file is not valid UTF-8")
      throw ExitCode(66)
    }
    return SourceText.normalized(text)
  }

  /// The bytes of `--input FILE` (any bytes: a program may read what is not UTF-8), or exit
  /// status 66 with `memtutor: cannot read FILE: reason`.
  static func readInput(_ path: String) throws -> [UInt8] {
    // A handle rather than `contents(atPath:)`, which reads no device (`--input /dev/null`).
    guard let handle = FileHandle(forReadingAtPath: path) else {
      CommandOutput.printError("memtutor: cannot read \(path): no such file or not readable")
      throw ExitCode(66)
    }
    defer { try? handle.close() }
    return [UInt8](handle.readDataToEndOfFile())
  }

  /// Standard input when it is a pipe or a file (not a terminal, where a person would have to
  /// type a whole input before the first step): what `trace` and `render` give a program that
  /// reads it.
  static func pipedStandardInput() -> [UInt8]? {
    guard isatty(STDIN_FILENO) == 0 else { return nil }
    return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }

  /// `8MiB`, `64KiB`, `1GiB`, `65536` (bytes), also `8M` / `64K` / `64kb`.
  static func parseSize(_ text: String) -> Int? {
    let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
    let units: [(String, Int)] = [
      ("gib", 1 << 30), ("mib", 1 << 20), ("kib", 1 << 10), ("gb", 1 << 30), ("mb", 1 << 20), ("kb", 1 << 10),
      ("g", 1 << 30), ("m", 1 << 20), ("k", 1 << 10), ("b", 1),
    ]
    for (suffix, factor) in units where lowered.hasSuffix(suffix) {
      let number = lowered.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
      guard let value = Int(number), value > 0, value <= Int.max / factor else { return nil }
      return value * factor
    }
    guard let value = Int(lowered), value > 0 else { return nil }
    return value
  }
}

/// `--stack-size`, `--max-steps`, `--max-seconds`, `--max-output` and `--schedule`, shared by `run`
/// and `trace`.
struct EngineOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("stack-size"), help: "The modelled stack size (8MiB, 64KiB, 65536). Default 8MiB.")
  var stackSize: String?

  @Option(
    name: .customLong("max-steps"),
    help: "Stop after this many steps (exit status 3). Default 100,000,000 for run, 2,000,000 for trace.")
  var maxSteps: Int?

  @Option(
    name: .customLong("max-seconds"),
    help: "Stop after running this many seconds (exit status 3). Default 10.")
  var maxSeconds: Double?

  @Option(
    name: .customLong("max-output"),
    help: """
      Stop after this much output (exit status 3): the program's output (default 16MiB), and for \
      trace also the trace itself (default 64MiB).
      """)
  var maxOutput: String?

  @Option(
    name: .customLong("schedule"),
    help: EngineOptionGroup.scheduleHelp)
  var schedule: UInt64?

  @Option(name: .customLong("input"), help: EngineOptionGroup.inputHelp)
  var input: String?

  /// `--input`'s help, shared by every command that runs a program.
  static let inputHelp = ArgumentHelp(
    """
    The program's standard input: what `read_line` reads, line by line (at the end of the \
    file it returns Ok(0), as at the end of real input). Without it, run reads memtutor's \
    own standard input, and trace and render read it when it is a pipe or a file.
    """, valueName: "file")

  /// `--schedule`'s help, shared by every command that runs threads.
  static let scheduleHelp = ArgumentHelp(
    """
    Run threads in another interleaving, picked by this number (the same number gives the \
    same run). Without it memtutor switches threads round-robin, four statements each. A \
    real program's interleaving changes from run to run; where its output depends on it, \
    memtutor shows one possible output.
    """, valueName: "seed")

  /// The default budget for the text of `trace`: a long run's story is far larger than its output.
  static let defaultTraceBudget = 64 * 1024 * 1024

  /// The budget for the text of `trace`.
  func traceBudget() throws -> Int {
    guard let maxOutput else { return Self.defaultTraceBudget }
    return try parsedSize(maxOutput, option: "--max-output")
  }

  private func parsedSize(_ text: String, option: String) throws -> Int {
    guard let bytes = SourceFile.parseSize(text) else {
      throw ValidationError("\(option) takes a size like 8MiB, 64KiB or 65536, not '\(text)'")
    }
    return bytes
  }

  /// The options for a run; `recordsSteps` false (`run`) also raises the default step budget,
  /// since steps then cost no memory.
  func engineOptions(recordsSteps: Bool = true) throws -> EngineOptions {
    var options = EngineOptions()
    options.timeBudget = EngineOptions.commandTimeBudget
    options.recordsSteps = recordsSteps
    if !recordsSteps { options.stepBudget = EngineOptions.unrecordedStepBudget }
    if let stackSize { options.stackLimit = try parsedSize(stackSize, option: "--stack-size") }
    options.scheduleSeed = schedule
    if let input { options.standardInput = try SourceFile.readInput(input) }
    if let maxOutput { options.outputBudget = try parsedSize(maxOutput, option: "--max-output") }
    if let maxSteps {
      guard maxSteps > 0 else { throw ValidationError("--max-steps must be a positive number") }
      options.stepBudget = maxSteps
    }
    if let maxSeconds {
      guard maxSeconds > 0, maxSeconds.isFinite else {
        throw ValidationError("--max-seconds must be a positive number")
      }
      options.timeBudget = maxSeconds
    }
    return options
  }
}
