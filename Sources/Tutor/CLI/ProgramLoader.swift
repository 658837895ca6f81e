import ArgumentParser
import Execution
import Foundation
import RustFrontEnd

/// Reads a Rust file and records its trace, or prints why not (before any terminal set-up).
enum ProgramLoader {
  /// `EX_DATAERR`: the program is not one memtutor can run.
  static let diagnosticsExitStatus: Int32 = 65
  /// `EX_NOINPUT`: the file cannot be read.
  static let unreadableExitStatus: Int32 = 66

  /// With `pipedInput`, a program that reads standard input reads memtutor's own when it is a
  /// pipe or a file (`render` without `--input`).
  static func trace(path: String, options: EngineOptions, pipedInput: Bool = false) throws -> Trace {
    guard path.hasSuffix(".rs") else {
      throw ValidationError(
        "'\(path)' is not a Rust file: give the path of a .rs file (lessons by number or name come with the course)"
      )
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      printError("memtutor: cannot read '\(path)': no such file, or not readable")
      throw ExitCode(unreadableExitStatus)
    }
    let source = SourceText.normalized(String(decoding: data, as: UTF8.self))
    do {
      let (checked, normalized) = try Engine.check(source: source, options: options)
      var options = options
      if pipedInput, checked.readsStandardInput, let piped = SourceFile.pipedStandardInput() {
        options.standardInput = piped
      }
      return Engine.run(checked, source: normalized, path: path, options: options)
    } catch {
      printError(error.rendered(file: path, source: source))
      throw ExitCode(diagnosticsExitStatus)
    }
  }

  static func printError(_ text: String) {
    CommandOutput.printError(text)
  }

  /// The file name shown in the status line.
  static func displayName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
