import Execution
import Foundation
import Testing

/// One program of Tests/TutorTests/Corpus with its expected output (written by the
/// corpus's regenerate.sh from a real rustc build).
///
/// Path convention: the expected panic messages name the file as `NN_topic.rs`, because
/// regenerate.sh compiles from inside the corpus folder; `path` is that same name, and it is
/// what the tests pass to `Engine.trace(source:path:)`.
package struct CorpusProgram: Sendable, CustomTestStringConvertible {
  package struct Expected: Sendable, Equatable {
    package var stdout: String
    package var stderr: String
    package var status: Int32
  }

  package enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case badStatus(String, String)

    package var description: String {
      switch self {
      case .unreadable(let file): "cannot read \(file)"
      case .badStatus(let file, let text): "\(file) holds \(text.debugDescription), not an exit status"
      }
    }
  }

  /// The file name without extension, e.g. `12_tuples_arrays_debug`.
  package let name: String

  /// The path as rustc's messages print it and as memtutor is given it.
  package var path: String { name + ".rs" }
  package var testDescription: String { path }

  package var sourceURL: URL { Self.directory.appendingPathComponent(path) }

  package func source() throws -> String {
    try Self.read(path)
  }

  /// `NN_topic.stdin`, when the program has one: what it reads from standard input (rustc's
  /// build reads it too; without the file both read an empty input).
  package var standardInputURL: URL? {
    let url = Self.directory.appendingPathComponent(name + ".stdin")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The bytes of `NN_topic.stdin`, or none.
  package func standardInput() throws -> [UInt8] {
    guard let url = standardInputURL else { return [] }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw LoadError.unreadable(name + ".stdin")
    }
    return [UInt8](data)
  }

  /// The engine's options for this program: its standard input.
  package func engineOptions() throws -> EngineOptions {
    var options = EngineOptions()
    options.standardInput = try standardInput()
    return options
  }

  package func expected() throws -> Expected {
    let statusText = try Self.read(name + ".status")
    guard let status = Int32(statusText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw LoadError.badStatus(name + ".status", statusText)
    }
    return Expected(
      stdout: try Self.read(name + ".stdout"), stderr: try Self.read(name + ".stderr"), status: status)
  }

  /// Tests/ExecutionTests/Corpus.
  package static let directory = TestPaths.corpus

  /// Every `NN_topic.rs` in the corpus, in name order.
  package static let all: [CorpusProgram] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { isProgramFileName($0) }.sorted().map { CorpusProgram(name: String($0.dropLast(3))) }
  }()

  package static func isProgramFileName(_ file: String) -> Bool {
    let digits = file.prefix(while: \.isNumber).count
    return file.hasSuffix(".rs") && (2...3).contains(digits) && file.count > digits + 4
      && file.dropFirst(digits).first == "_"
  }

  package static func read(_ relativePath: String) throws -> String {
    do {
      return try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
    } catch {
      throw LoadError.unreadable(relativePath)
    }
  }

  /// Thread ids differ from run to run: `thread 'main' (12345)` becomes `thread 'main' (PID)`.
  package static func normalisingThreadIDs(_ text: String) -> String {
    text.replacing(/thread '(?<name>[^']*)' \((?<id>[0-9]+)\)/) { match in
      "thread '\(match.output.name)' (PID)"
    }
  }
}

/// A program of Tests/TutorTests/Corpus/errors: memtutor must refuse it before running, and
/// the `.expected` file holds the first line of each diagnostic it must print, in order.
package struct DiagnosticCorpusProgram: Sendable, CustomTestStringConvertible {
  /// The file name without extension, e.g. `closure`.
  package let name: String

  /// The path memtutor is given and prints: relative to the corpus folder.
  package var path: String { "errors/\(name).rs" }
  package var testDescription: String { path }

  package func source() throws -> String {
    try CorpusProgram.read(path)
  }

  /// The expected first lines (`PATH:LINE:COL: error: MESSAGE`), one per diagnostic.
  package func expectedHeaders() throws -> [String] {
    try CorpusProgram.read("errors/\(name).expected")
      .split(separator: "\n", omittingEmptySubsequences: true)
      .map(String.init)
  }

  package static let all: [DiagnosticCorpusProgram] = {
    let folder = CorpusProgram.directory.appendingPathComponent("errors", isDirectory: true)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".rs") }.sorted().map {
      DiagnosticCorpusProgram(name: String($0.dropLast(3)))
    }
  }()
}
