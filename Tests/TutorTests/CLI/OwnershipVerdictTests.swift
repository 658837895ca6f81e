import Course
import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

@testable import Tutor

@Suite struct OwnershipVerdictTests {
  static let source = """
    fn main() {
        let mut v = vec![1, 2, 3];
        let first = &v[0];
        v.push(4);
        println!("{}", first);
    }

    """

  /// The file on disk (rustc reads it) and the refusal memtutor's own check gives.
  static func refused(in folder: TemporaryDirectory) throws -> (file: String, error: DiagnosticList) {
    let file = folder.url.appendingPathComponent("first_then_push.rs").path
    try source.write(toFile: file, atomically: true, encoding: .utf8)
    do throws(DiagnosticList) {
      _ = try Engine.trace(source: source, path: file)
    } catch {
      return (file, error)
    }
    Issue.record("the borrow check let the program through")
    throw CancellationError()
  }

  @Test func withoutRustcMemtutorsReportStandsAloneWithTheWhatIfRun() throws {
    let folder = try TemporaryDirectory()
    let (file, error) = try Self.refused(in: folder)
    let verdict = OwnershipVerdict.judge(
      error, file: file, source: Self.source, options: EngineOptions(), rustc: nil)
    guard case .refuse(let report, let whose, let whatIf) = verdict else {
      Issue.record("expected a refusal, got \(verdict)")
      return
    }
    #expect(whose == .memtutor)
    #expect(
      report.contains("error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"))
    #expect(report.hasPrefix(file + ":4:5:"))
    #expect(whatIf?.outcome.stdout == "1\n")
  }

  @Test(.enabled(if: Toolchain.rustcAvailable, "rustc is not installed: its report cannot be asked for"))
  func withRustcItsOwnReportIsShown() throws {
    let folder = try TemporaryDirectory()
    let (file, error) = try Self.refused(in: folder)
    let rustc = try #require(RustCompiler.find())
    let verdict = OwnershipVerdict.judge(
      error, file: file, source: Self.source, options: EngineOptions(), rustc: rustc)
    guard case .refuse(let report, let whose, _) = verdict else {
      Issue.record("expected a refusal, got \(verdict)")
      return
    }
    #expect(whose == .rustc)
    #expect(
      report.hasPrefix("error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable"))
    #expect(report.contains(" --> first_then_push.rs:4:5"))
    #expect(!report.contains("aborting due to"))
  }

  @Test func rustcThatCannotRunLeavesMemtutorsReport() throws {
    let folder = try TemporaryDirectory()
    let (file, error) = try Self.refused(in: folder)
    let broken = RustCompiler(executable: folder.url.appendingPathComponent("no-such-rustc").path)
    let verdict = OwnershipVerdict.judge(
      error, file: file, source: Self.source, options: EngineOptions(), rustc: broken)
    guard case .refuse(_, let whose, _) = verdict else {
      Issue.record("a rustc that cannot run must not let the program through: \(verdict)")
      return
    }
    #expect(whose == .memtutor)
  }
}
