import Foundation

/// Compiles corpus programs with the real rustc the way Corpus/regenerate.sh does, and runs
/// them the same way. Binaries are cached in the temporary directory, keyed by a hash of the
/// rustc version and the source, so repeated test runs do not recompile unchanged programs.
package enum RustcBuilds {
  package enum Failure: Error, CustomStringConvertible {
    case compileFailed(String, String)

    package var description: String {
      switch self {
      case .compileFailed(let path, let messages): "rustc could not compile \(path):\n\(messages)"
      }
    }
  }

  package static let cacheDirectory = FileManager.default.temporaryDirectory
    .appendingPathComponent("memtutor-rustc-cache", isDirectory: true)

  /// The debug binary for `program`: `rustc --edition 2024`, compiled from inside the corpus
  /// folder so panic messages name the file as the expected output does.
  package static func binary(for program: CorpusProgram, rustc: Toolchain.Tool) async throws -> URL {
    switch try await compile(path: program.path, cacheName: program.name, rustc: rustc) {
    case .success(let binary): return binary
    case .failure(let failure): throw failure
    }
  }

  /// Compiles the corpus file at `path` (relative to the corpus folder), or returns rustc's
  /// complaints when it is not valid Rust.
  package static func compile(path: String, cacheName: String, rustc: Toolchain.Tool) async throws -> Result<
    URL, Failure
  > {
    let source = try CorpusProgram.read(path)
    let key = fnv1a64(rustc.version + "\n" + source)
    let binary = cacheDirectory.appendingPathComponent("\(cacheName)-\(String(key, radix: 16))")
    if FileManager.default.isExecutableFile(atPath: binary.path) { return .success(binary) }
    try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
    let partial = cacheDirectory.appendingPathComponent("\(cacheName)-\(UUID().uuidString).partial")
    let compile = try await ProcessRunner.run(
      .init(
        executable: rustc.path, arguments: ["--edition", "2024", "-o", partial.path, path],
        workingDirectory: CorpusProgram.directory))
    guard compile.status == 0 else {
      try? FileManager.default.removeItem(at: partial)
      return .failure(.compileFailed(path, compile.stderr))
    }
    // Another run may have finished the same binary meanwhile; either copy is good.
    if (try? FileManager.default.moveItem(at: partial, to: binary)) == nil {
      try? FileManager.default.removeItem(at: partial)
    }
    return .success(binary)
  }

  /// Runs a compiled program as regenerate.sh does: 8 MiB stack limit, no backtrace
  /// variables, stdin the program's `.stdin` file or empty, working directory the corpus folder.
  package static func run(_ binary: URL, standardInput: URL? = nil) async throws -> ProcessRunner.Result {
    try await ProcessRunner.run(
      .init(
        executable: "/bin/sh",
        arguments: [
          "-c", "ulimit -s 8192 && exec \"$0\" <\"$1\"", binary.path, standardInput?.path ?? "/dev/null",
        ],
        workingDirectory: CorpusProgram.directory,
        removingVariables: ["RUST_BACKTRACE", "RUST_LIB_BACKTRACE", "RUST_MIN_STACK"]))
  }

  /// A stable 64-bit FNV-1a hash (Swift's `Hasher` is seeded per process).
  package static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
