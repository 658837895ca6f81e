import RustFrontEnd

/// The outcome of checking one lesson file.
package struct LessonCheckReport: Sendable {
  package enum RustcVerdict: Sendable, Equatable {
    /// rustc is not installed; nothing was compiled.
    case notRun
    /// The program compiled and printed exactly what the engine's trace printed.
    case outputMatches
    /// rustc rejected the program with the recorded error, as the lesson expects.
    case rejectedAsExpected(code: String)
    /// Something disagreed; the details are in `diagnostics`.
    case failed
  }

  package var path: String
  package var source: String
  package var lesson: Lesson?
  package var diagnostics: [Diagnostic] = []
  package var stepCount: Int?
  package var rustc: RustcVerdict = .notRun
  /// True when the engine refused the program (outside the supported subset).
  package var unsupported = false
  /// For an `expect-error` lesson: rustc's current report, when it differs from the pasted one.
  package var freshRustcReport: [String]?

  package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  package var isOK: Bool { errors.isEmpty }

  /// `PATH: ok (N steps, K questions, …)` or every diagnostic followed by a count.
  package var rendered: String {
    let shown = diagnostics.sorted { $0.span.start < $1.span.start }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var text = shown.map { $0.rendered(file: path, lines: lines) }.joined(separator: "\n\n")
    if !text.isEmpty { text += "\n" }
    guard isOK else {
      let count = errors.count
      return text + "\(path): \(count) error\(count == 1 ? "" : "s")"
    }
    var facts: [String] = []
    if let stepCount { facts.append("\(stepCount) step\(stepCount == 1 ? "" : "s")") }
    let questions = lesson?.questions.count ?? 0
    facts.append("\(questions) question\(questions == 1 ? "" : "s")")
    switch rustc {
    case .outputMatches: facts.append("rustc output matches")
    case .rejectedAsExpected(let code): facts.append("rustc rejects it with \(code)")
    case .notRun, .failed: break
    }
    return text + "\(path): ok (\(facts.joined(separator: ", ")))"
  }

  package init(
    path: String, source: String, lesson: Lesson? = nil, diagnostics: [Diagnostic] = [],
    stepCount: Int? = nil, rustc: RustcVerdict = .notRun, unsupported: Bool = false,
    freshRustcReport: [String]? = nil
  ) {
    self.path = path
    self.source = source
    self.lesson = lesson
    self.diagnostics = diagnostics
    self.stepCount = stepCount
    self.rustc = rustc
    self.unsupported = unsupported
    self.freshRustcReport = freshRustcReport
  }
}
