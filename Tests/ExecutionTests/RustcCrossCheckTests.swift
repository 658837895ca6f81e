import Foundation
import TestSupport
import Testing

/// The expected files of the corpus are what rustc really produces today: every program is
/// compiled and run, and its output compared with them, so they can never silently drift.
@Suite(.enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the corpus cannot be cross-checked"))
struct RustcCrossCheckTests {
  /// Two compiles at a time: the machines that run these tests have few cores.
  static let compiles = ConcurrencyLimit(width: 2)

  @Test("rustc still prints the expected output", arguments: CorpusProgram.all)
  func rustcMatchesExpectedFiles(program: CorpusProgram) async throws {
    let rustc = try #require(Toolchain.rustc)
    let expected = try program.expected()
    let result = try await Self.compiles.run {
      let binary = try await RustcBuilds.binary(for: program, rustc: rustc)
      return try await RustcBuilds.run(binary, standardInput: program.standardInputURL)
    }
    if let diff = TextDiff.describe(
      expected: expected.stdout, actual: CorpusProgram.normalisingThreadIDs(result.stdout))
    {
      Issue.record("\(program.path): stdout differs (- expected file, + \(rustc.version))\n\(diff)")
    }
    if let diff = TextDiff.describe(
      expected: expected.stderr, actual: CorpusProgram.normalisingThreadIDs(result.stderr))
    {
      Issue.record("\(program.path): stderr differs (- expected file, + \(rustc.version))\n\(diff)")
    }
    #expect(result.status == expected.status, "\(program.path): exit status")
  }

  /// A program memtutor refuses for using an unsupported feature is still valid Rust (so the
  /// refusal is memtutor's limit, not the program's fault); one with a syntax error is not.
  @Test(
    "refused programs are refused by rustc only when they are not valid Rust",
    arguments: DiagnosticCorpusProgram.all)
  func refusedProgramsAgreeWithRustc(program: DiagnosticCorpusProgram) async throws {
    let rustc = try #require(Toolchain.rustc)
    let unsupportedFeature = try program.expectedHeaders().allSatisfy {
      $0.hasSuffix("is not supported by memtutor yet") || $0.hasSuffix("are not supported by memtutor yet")
    }
    let outcome = try await Self.compiles.run {
      try await RustcBuilds.compile(path: program.path, cacheName: "errors-\(program.name)", rustc: rustc)
    }
    switch outcome {
    case .success:
      #expect(
        unsupportedFeature,
        "\(program.path) compiles with rustc, yet its expectation is not an unsupported feature")
    case .failure(let failure):
      #expect(!unsupportedFeature, "\(failure)")
    }
  }
}
