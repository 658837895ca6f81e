import Foundation
import TestSupport
import Testing

/// The ownership corpus's recorded verdicts are rustc's today: each rejected program is checked
/// again and each accepted one built and run, so the expectations cannot drift from rustc.
@Suite(
  .enabled(
    if: Toolchain.rustcAvailable, "rustc is not installed: the ownership corpus cannot be cross-checked"))
struct OwnershipRustcTests {
  static let compiles = ConcurrencyLimit(width: 2)

  @Test("rustc still reports the recorded first error", arguments: OwnershipCorpusTests.rejected)
  func rejectedByRustc(name: String) async throws {
    let rustc = try #require(Toolchain.rustc)
    let file = OwnershipCorpusTests.folder.appendingPathComponent("rejected/\(name).rs")
    let expected = try OwnershipCorpusTests.read("rejected", name + ".expected")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let verdict = try await Self.compiles.run { try await RustcVerdict.firstError(of: file, rustc: rustc) }
    #expect(verdict == expected, "\(name).rs with \(rustc.version)")
  }

  @Test(
    "rustc still accepts the program and it prints the recorded output",
    arguments: OwnershipCorpusTests.accepted)
  func acceptedByRustc(name: String) async throws {
    let rustc = try #require(Toolchain.rustc)
    let folder = OwnershipCorpusTests.folder.appendingPathComponent("accepted")
    let binary = FileManager.default.temporaryDirectory.appendingPathComponent(
      "memtutor-owned-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: binary) }
    let result = try await Self.compiles.run { () async throws -> ProcessRunner.Result in
      let compile = try await ProcessRunner.run(
        .init(
          executable: rustc.path, arguments: ["--edition", "2024", "-o", binary.path, name + ".rs"],
          workingDirectory: folder))
      guard compile.status == 0 else { return compile }
      return try await ProcessRunner.run(.init(executable: binary.path, arguments: []))
    }
    let expected = try OwnershipCorpusTests.read("accepted", name + ".stdout")
    #expect(result.status == 0, "\(name).rs: \(result.stderr)")
    #expect(result.stdout == expected, "\(name).rs")
  }
}
