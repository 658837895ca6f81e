import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// Random small programs (`ProgramGenerator`: integer arithmetic of every width, casts, shifts,
/// `Vec` and `String` growth, a struct, helper functions that may overflow) built by rustc and
/// run by memtutor: the same standard output, standard error and exit status, byte for byte.
/// A program rustc refuses must be refused by memtutor too.
@Suite struct GeneratedProgramTests {
  /// Fixed, so a failure reproduces; `MEMTUTOR_PROGRAM_SEED` tries others.
  static let seeds: [UInt64] = {
    if let text = ProcessInfo.processInfo.environment["MEMTUTOR_PROGRAM_SEED"], let seed = UInt64(text) {
      return [seed]
    }
    return Array(1...24)
  }()

  @Test(
    "a generated program prints what rustc's build prints",
    .enabled(
      if: Toolchain.rustcAvailable, "rustc is not installed: generated programs cannot be cross-checked"),
    arguments: seeds)
  func generatedProgramMatchesRustc(seed: UInt64) async throws {
    let rustc = try #require(Toolchain.rustc)
    var generator = ProgramGenerator(seed: seed)
    let source = generator.program(statements: 40)
    let name = "generated_\(seed).rs"
    let folder = try TemporaryDirectory()
    try source.write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    let build = try await ProcessRunner.run(
      .init(
        executable: rustc.path, arguments: ["--edition", "2024", "-A", "warnings", "-o", "program", name],
        workingDirectory: folder.url))
    let trace: Trace
    do throws(DiagnosticList) {
      trace = try Engine.trace(source: source, path: name)
    } catch {
      let report = error.rendered(file: name, source: source)
      #expect(build.status != 0, "memtutor refused a program rustc builds:\n\(report)\n\(source)")
      return
    }
    guard build.status == 0 else {
      Issue.record("memtutor ran a program rustc refuses:\n\(build.stderr)\n\(source)")
      return
    }
    let run = try await ProcessRunner.run(
      .init(
        executable: folder.url.appendingPathComponent("program").path, arguments: [],
        workingDirectory: folder.url, removingVariables: ["RUST_BACKTRACE"]))
    let outcome = trace.outcome
    if let diff = TextDiff.describe(expected: run.stdout, actual: outcome.stdout) {
      Issue.record("stdout differs (- rustc, + memtutor)\n\(diff)\n\(source)")
    }
    let stderr = CorpusProgram.normalisingThreadIDs(run.stderr)
    if let diff = TextDiff.describe(
      expected: stderr, actual: CorpusProgram.normalisingThreadIDs(outcome.stderr))
    {
      Issue.record("stderr differs (- rustc, + memtutor)\n\(diff)\n\(source)")
    }
    #expect(outcome.exitStatus == run.status, "exit status\n\(source)")
  }

  /// The generator is what makes the cross-check worth something: its programs must reach
  /// past the first few lines (most do not panic early) and use what they are meant to.
  @Test func generatedProgramsCoverTheirGrammar() {
    var sources: [String] = []
    for seed in Self.seeds {
      var generator = ProgramGenerator(seed: seed)
      sources.append(generator.program(statements: 40))
    }
    let all = sources.joined()
    for feature in [
      "wrapping_", "checked_", " as u8", "<<", "xs.push(", "s.push", "capacity()", "step", "{:?}",
    ] {
      #expect(all.contains(feature), "no generated program uses \(feature)")
    }
    #expect(Set(sources).count == sources.count, "two seeds made the same program")
  }
}
