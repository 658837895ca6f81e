import Execution
import Foundation
import RustFrontEnd

extension LessonChecker {
  /// Compiles the lesson with rustc. A normal lesson must compile and its program must print
  /// what the trace printed (the thread id in overflow and panic messages aside). A lesson
  /// with `expect-error` must be rejected with that code, and its pasted report must be
  /// rustc's current one.
  package func compare(_ lesson: Lesson, with rustc: RustCompiler, trace: Trace?, path: String) -> (
    problems: [Diagnostic], freshReport: [String]?
  ) {
    let fileManager = FileManager.default
    let scratch = fileManager.temporaryDirectory.appendingPathComponent("memtutor-check-\(UUID().uuidString)")
    guard (try? fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil else {
      return ([Diagnostic("cannot create a temporary folder for rustc", at: LessonParser.fileStart)], nil)
    }
    defer { try? fileManager.removeItem(at: scratch) }
    let binary = scratch.appendingPathComponent("lesson").path
    let compiled = rustc.compile(path, to: binary)

    if let expected = lesson.expectedError {
      return checkRejection(compiled, expected: expected)
    }
    return (compareRun(compiled, binary: binary, scratch: scratch.path, trace: trace), nil)
  }

  private func compareRun(_ compiled: ProcessResult, binary: String, scratch: String, trace: Trace?)
    -> [Diagnostic]
  {
    let errorAt = SourceSpan(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 4))
    guard compiled.status == 0 else {
      return [
        Diagnostic(
          "rustc does not compile this lesson (add `//! expect-error: E…` if that is the point)", at: errorAt,
          notes: Self.indented(compiled.stderr))
      ]
    }
    var problems: [Diagnostic] = []
    if compiled.stderr.contains("warning") {
      problems.append(
        Diagnostic(
          "rustc warns about this lesson", at: errorAt, severity: .warning,
          notes: Self.indented(compiled.stderr)))
    }
    // A run memtutor stopped (its own error says so) has nothing to compare.
    guard let trace,
      !trace.events.suffix(4).contains(where: { if case .stopped = $0 { true } else { false } })
    else { return problems }
    // The real program gets the engine's own time budget.
    let seconds = Lesson.timeBudget
    let real = RustCompiler.run(binary, arguments: [], directory: scratch, timeout: seconds)
    let engine = trace.outcome
    if real.timedOut {
      problems.append(
        Diagnostic(
          "the compiled lesson did not finish within \(Interpreter.seconds(seconds)) seconds", at: errorAt))
      return problems
    }
    var differences: [String] = []
    if real.stdout != engine.stdout {
      differences.append("stdout differs:\n" + Self.firstDifference(real.stdout, engine.stdout))
    }
    if Self.normalizedThreadIDs(real.stderr) != Self.normalizedThreadIDs(engine.stderr) {
      differences.append("stderr differs:\n" + Self.firstDifference(real.stderr, engine.stderr))
    }
    if real.status != engine.exitStatus {
      differences.append("exit status: rustc's program \(real.status), memtutor \(engine.exitStatus)")
    }
    if !differences.isEmpty {
      problems.append(
        Diagnostic(
          "the engine's run differs from the real program's", at: errorAt,
          notes: differences.flatMap { $0.split(separator: "\n").map(String.init) }))
    }
    return problems
  }

  private func checkRejection(_ compiled: ProcessResult, expected: ExpectedError) -> (
    problems: [Diagnostic], freshReport: [String]?
  ) {
    let span = TemplateParser.span(expected.location, length: expected.code.count)
    guard compiled.status != 0 else {
      return (
        [Diagnostic("rustc accepts this program, but the lesson expects \(expected.code)", at: span)], nil
      )
    }
    let report = Self.firstErrorReport(compiled.stderr)
    guard let first = report.first, first.hasPrefix("error[\(expected.code)]") else {
      let problem = Diagnostic(
        "rustc rejects the program, but not with \(expected.code) first", at: span,
        notes: Self.indented(compiled.stderr))
      return ([problem], nil)
    }
    if expected.rustcText != report {
      let problem = Diagnostic(
        "the pasted rustc report (`//|` lines) is not what rustc says now; "
          + "`memtutor check --update-reports` pastes the current one", at: span,
        notes: report.map { "//| " + $0 })
      return ([problem], report)
    }
    return ([], nil)
  }

  /// The first `error[…]` block of rustc's output, up to the blank line that ends it.
  package static func firstErrorReport(_ stderr: String) -> [String] {
    let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("error[") }) else { return [] }
    var block: [String] = []
    for line in lines[start...] {
      if line.isEmpty { break }
      block.append(line.replacingOccurrences(of: " +$", with: "", options: .regularExpression))
    }
    return block
  }

  /// `thread 'main' (12345)` → `thread 'main' (N)`: the id is the process's, never the same twice.
  package static func normalizedThreadIDs(_ text: String) -> String {
    text.replacingOccurrences(
      of: "(thread '[^']*') \\([0-9]+\\)", with: "$1 (N)", options: .regularExpression)
  }

  private static func firstDifference(_ real: String, _ engine: String) -> String {
    let a = real.split(separator: "\n", omittingEmptySubsequences: false)
    let b = engine.split(separator: "\n", omittingEmptySubsequences: false)
    let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let realLine = index < a.count ? String(a[index]) : "(end of output)"
    let engineLine = index < b.count ? String(b[index]) : "(end of output)"
    return "  line \(index + 1): rustc's program: \(realLine.debugDescription)\n"
      + "  line \(index + 1): memtutor:         \(engineLine.debugDescription)"
  }

  private static func indented(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map { "  " + $0 }
  }
}

extension LessonChecker {
  /// The lesson's text with its `//|` lines replaced by `report`, placed at the end of the
  /// file (where they do not shift the line numbers they quote).
  package static func replacingRustcReport(in source: String, with report: [String]) -> String {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.removeAll { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//|") }
    while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
    lines.append("")
    lines += report.map { $0.isEmpty ? "//|" : "//| " + $0 }
    return lines.joined(separator: "\n") + "\n"
  }
}
