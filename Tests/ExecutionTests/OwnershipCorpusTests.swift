import Execution
import Foundation
import RustFrontEnd
import TestSupport
import Testing

/// The ownership corpus (Tests/ExecutionTests/Ownership): learner-style programs that rustc
/// rejects for a move, borrow, lifetime or mutability error, each with rustc's first error code
/// and position, and tricky programs rustc accepts (non-lexical lifetimes, two-phase borrows,
/// reborrows, disjoint fields, temporary lifetime extension), each with its real output.
@Suite struct OwnershipCorpusTests {
  static let folder = TestPaths.root.appendingPathComponent("Tests/ExecutionTests/Ownership")

  static func programs(_ kind: String) -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(kind).path)) ?? []
    return names.filter { $0.hasSuffix(".rs") }.map { String($0.dropLast(3)) }.sorted()
  }

  static let rejected = programs("rejected")
  static let accepted = programs("accepted")

  /// Rejected programs whose error memtutor does not find yet: each is a known issue (listed
  /// in the test report), and the test fails when one of them starts to pass, so the list
  /// stays true.
  static let rejectedGaps: Set<String> = [
    // `_ = v[0];` under a live `&mut v`: E0503 at the index instead of rustc's E0502.
    "641_underscore_index_reads_borrowed_vec"
  ]
  /// Accepted programs memtutor still refuses or runs differently.
  static let acceptedGaps: Set<String> = []

  static func read(_ kind: String, _ file: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(kind).appendingPathComponent(file), encoding: .utf8)
  }

  /// memtutor's first diagnostic as `CODE line:col` (`-` for a missing code), or nil when it
  /// accepts the program.
  static func firstError(_ source: String, path: String) -> String? {
    do {
      let program = try Parser.parse(source: source)
      _ = try Checker.check(program, source: source)
      return nil
    } catch {
      guard let first = error.diagnostics.first else { return "none" }
      return "\(first.code ?? "-") \(first.span.start.line):\(first.span.start.column)"
    }
  }

  @Test func theCorpusIsThere() {
    #expect(Self.rejected.count >= 120)
    #expect(Self.accepted.count >= 60)
  }

  @Test("memtutor reports rustc's first error code at rustc's position", arguments: rejected)
  func rejectedLikeRustc(name: String) throws {
    let source = try Self.read("rejected", name + ".rs")
    let expected = try Self.read("rejected", name + ".expected").trimmingCharacters(
      in: .whitespacesAndNewlines)
    let found = Self.firstError(source, path: name + ".rs")
    if Self.rejectedGaps.contains(name) {
      withKnownIssue("memtutor does not report this error yet") {
        #expect(found == expected, "\(name).rs")
      }
    } else {
      #expect(found == expected, "\(name).rs: rustc says \(expected), memtutor \(found ?? "accepts it")")
    }
  }

  /// The run Rust prevents is shown, never an internal error: reaching freed or popped memory
  /// ends it with memtutor's own explanation.
  @Test("a what-if run of a rejected program never faults", arguments: rejected)
  func whatIfRunsEndCleanly(name: String) throws {
    let source = try Self.read("rejected", name + ".rs")
    var options = EngineOptions()
    options.whatIf = true
    // Lifetime errors in signatures refuse the program even in a what-if run.
    guard let trace = try? Engine.trace(source: source, path: name + ".rs", options: options) else { return }
    #expect(trace.outcome.exitStatus != 70, "\(name).rs: \(trace.outcome.stderr)")
    #expect(!trace.outcome.stderr.contains("internal error"), "\(name).rs")
  }

  @Test("memtutor runs what rustc accepts and prints the same", arguments: accepted)
  func acceptedLikeRustc(name: String) throws {
    let source = try Self.read("accepted", name + ".rs")
    let expected = try Self.read("accepted", name + ".stdout")
    let check = { () throws(DiagnosticList) in
      let trace = try Engine.trace(source: source, path: name + ".rs")
      #expect(trace.outcome.exitStatus == 0, "\(name).rs: exit status")
      #expect(trace.outcome.stdout == expected, "\(name).rs: stdout")
    }
    if Self.acceptedGaps.contains(name) {
      withKnownIssue("memtutor does not run this program like rustc yet") { try check() }
    } else {
      do {
        try check()
      } catch {
        Issue.record("\(name).rs is refused:\n\(error.rendered(file: name + ".rs", source: source))")
      }
    }
  }
}
