import Execution
import Foundation
import RustFrontEnd

/// Validates lesson files: the format, that every narration and question is attached to
/// code that runs, that every placeholder can be filled in, that the program is inside the
/// engine's subset, and (with rustc installed) that real Rust agrees with the engine.
package struct LessonChecker: Sendable {
  /// nil skips the rustc comparisons.
  package var rustc: RustCompiler?

  package init(rustc: RustCompiler? = RustCompiler.find()) {
    self.rustc = rustc
  }

  package func check(path: String) -> LessonCheckReport {
    let source: String
    do {
      source = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      var report = LessonCheckReport(path: path, source: "")
      report.diagnostics.append(
        Diagnostic("cannot read lesson file: \(error.localizedDescription)", at: LessonParser.fileStart))
      return report
    }
    return check(source: SourceText.normalized(source), path: path)
  }

  package func check(source: String, path: String) -> LessonCheckReport {
    let source = SourceText.normalized(source)
    var report = LessonCheckReport(path: path, source: source)
    let lesson: Lesson
    do {
      lesson = try LessonParser.parse(source: source, path: path)
    } catch {
      report.diagnostics = error.diagnostics
      return report
    }
    report.lesson = lesson
    report.diagnostics += Self.staticProblems(in: lesson)

    var trace: Trace?
    do {
      // The engine sees the bare file name, as rustc does when `check` compiles the lesson.
      let name = URL(fileURLWithPath: path).lastPathComponent
      trace = try Engine.trace(source: source, path: name, options: lesson.engineOptions)
    } catch {
      report.unsupported = true
      report.diagnostics += error.diagnostics
    }
    if let trace {
      report.stepCount = trace.stepCount
      report.diagnostics += Self.traceProblems(in: lesson, trace: trace)
    }
    if let rustc {
      let (problems, freshReport) = compare(lesson, with: rustc, trace: trace, path: path)
      report.diagnostics += problems
      report.freshRustcReport = freshReport
      if problems.contains(where: { $0.severity == .error }) {
        report.rustc = .failed
      } else if let expected = lesson.expectedError {
        report.rustc = .rejectedAsExpected(code: expected.code)
      } else {
        report.rustc = trace == nil ? .notRun : .outputMatches
      }
    }
    return report
  }

  /// Checks every `.rs` file among `paths` (folders are searched, sorted by name).
  package func check(paths: [String]) -> [LessonCheckReport] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        do {
          files += try LessonLibrary.lessonFiles(in: path)
        } catch {
          var report = LessonCheckReport(path: path, source: "")
          report.diagnostics.append(
            Diagnostic("cannot read folder: \(error.localizedDescription)", at: LessonParser.fileStart))
          return [report]
        }
      } else {
        files.append(path)
      }
    }
    var reports = files.map { check(path: $0) }
    // The course keys lessons by id (from the file name): two files with one id cannot both be in it.
    var firstWithID: [String: String] = [:]
    for index in reports.indices {
      guard let slug = reports[index].lesson?.slug else { continue }
      if let first = firstWithID[slug], first != reports[index].path {
        reports[index].diagnostics.append(
          Diagnostic(
            "lesson id '\(slug)' is already used by \(first) (the id comes from the file name: rename one of them)",
            at: LessonParser.fileStart))
      } else {
        firstWithID[slug] = reports[index].path
      }
    }
    return reports
  }

  // MARK: - Without running

  /// Placeholder names must be names the program uses: variables for `{len v}`, functions
  /// for `{frame f}` (the trace check then confirms them per step).
  package static func staticProblems(in lesson: Lesson) -> [Diagnostic] {
    let code = lesson.codeLines.map(\.text).joined(separator: "\n")
    let words = Set(identifiers(in: code))
    let functions = Set(functionNames(in: code))
    var problems: [Diagnostic] = []
    var templates = lesson.narrations.map(\.text)
    for question in lesson.questions { templates += question.allTemplates }
    for placeholder in templates.flatMap(\.placeholders) {
      let span = TemplateParser.span(placeholder.location, length: placeholder.spelling.count)
      if let function = placeholder.function, !functions.contains(function) {
        problems.append(
          Diagnostic("`\(placeholder.spelling)`: the program has no function `\(function)`", at: span))
      }
      guard let name = placeholder.name else { continue }
      if placeholder.kind == .frame {
        if !functions.contains(name) {
          problems.append(
            Diagnostic("`\(placeholder.spelling)`: the program has no function `\(name)`", at: span))
        }
      } else if !words.contains(name) {
        problems.append(
          Diagnostic("`\(placeholder.spelling)`: the program has no variable `\(name)`", at: span))
      }
    }
    return problems
  }

  private static func identifiers(in code: String) -> [String] {
    code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
  }

  private static func functionNames(in code: String) -> [String] {
    let words = identifiers(in: code)
    return zip(words, words.dropFirst()).compactMap { $0 == "fn" ? $1 : nil }
  }

  // MARK: - Against the trace

  package static func traceProblems(in lesson: Lesson, trace: Trace) -> [Diagnostic] {
    let narrator = LessonNarrator(lesson: lesson, trace: trace)
    let evaluator = PlaceholderEvaluator(trace: trace)
    var problems: [Diagnostic] = []
    var reported: Set<SourceLocation> = []

    func never(_ what: String, line: Int, selector: OccurrenceSelector, at: SourceLocation) -> Diagnostic {
      let runs = trace.steps.filter { Int($0.line) == line }.count
      let why =
        runs == 0
        ? "line \(line) never runs"
        : "line \(line) runs \(runs) time\(runs == 1 ? "" : "s") (selector `\(selector.spelling)`)"
      return Diagnostic("this \(what) is never shown: \(why)", at: TemplateParser.span(at, length: 4))
    }

    func evaluateAll(_ templates: [TextTemplate], at steps: [Int]) {
      let placeholders = templates.flatMap(\.placeholders)
      guard !placeholders.isEmpty else { return }
      // One forward walk over the steps: linear in the trace, however often the line runs.
      let states = StateCursor(trace: trace)
      for step in steps {
        for timing in [Placeholder.Timing.before, .after] {
          let timed = placeholders.filter { $0.timing == timing && !reported.contains($0.location) }
          guard !timed.isEmpty else { continue }
          let state = timing == .after ? states.state(after: step) : states.state(after: step - 1)
          for placeholder in timed {
            if case .failure(let error) = evaluator.evaluate(placeholder, in: state) {
              reported.insert(placeholder.location)
              problems.append(
                Diagnostic(
                  "`\(placeholder.spelling)` cannot be filled in at step \(step + 1) (line \(trace.steps[step].line)): "
                    + error.message,
                  at: TemplateParser.span(placeholder.location, length: placeholder.spelling.count)))
            }
          }
        }
      }
    }

    for narration in lesson.narrations {
      let steps = narrator.steps(of: narration)
      if steps.isEmpty {
        problems.append(
          never("narration", line: narration.line, selector: narration.selector, at: narration.location))
      }
      evaluateAll([narration.text], at: steps)
    }
    var askedAt: [Int: LessonQuestion] = [:]
    for question in lesson.questions {
      let steps = narrator.steps(of: question)
      if steps.isEmpty {
        problems.append(
          never("question", line: question.line, selector: question.selector, at: question.location))
      }
      evaluateAll(question.allTemplates, at: steps)
      for step in steps {
        if let earlier = askedAt[step] {
          problems.append(
            Diagnostic(
              "this question is asked at the same step as the one at line \(earlier.location.line); "
                + "attach it to another line or run", at: TemplateParser.span(question.location, length: 4)))
          break
        }
        askedAt[step] = question
      }
      if case .number(let answer) = question.kind, answer.placeholders.count == 1,
        let placeholder = answer.placeholders.first, !reported.contains(placeholder.location)
      {
        let states = StateCursor(trace: trace)
        for step in steps where narrator.number(answer, atStep: step, states: states) == nil {
          problems.append(
            Diagnostic(
              "`\(placeholder.spelling)` is not a whole number at step \(step + 1), so it cannot be an answer",
              at: TemplateParser.span(placeholder.location, length: placeholder.spelling.count)))
          break
        }
      }
    }
    for event in trace.events {
      // The what-if run of a refused program may end where it reads freed memory: that read
      // is what the lesson is about.
      if case .stopped(let reason) = event,
        lesson.expectedError == nil || WhatIfFault.address(in: reason) == nil
      {
        problems.append(
          Diagnostic(
            "memtutor could not finish this lesson's run: \(reason)", at: LessonParser.fileStart,
            notes: ["a lesson must run to its end (or to a real panic or stack overflow)"]))
      }
    }
    problems += coverageWarnings(in: lesson, trace: trace, narrator: narrator)
    problems += fitWarnings(in: lesson, trace: trace, narrator: narrator)
    return problems
  }

  /// Warnings for lines whose steps change memory (a frame, a slot, a heap block) but never
  /// get narration: the learner would see something happen with no words for it. One
  /// warning per line, at its first such step.
  package static func coverageWarnings(in lesson: Lesson, trace: Trace, narrator: LessonNarrator)
    -> [Diagnostic]
  {
    var warned: Set<Int> = []
    var warnings: [Diagnostic] = []
    for step in trace.steps.indices {
      let line = Int(trace.steps[step].line)
      guard !warned.contains(line), changesMemory(trace.events(of: step)),
        narrator.narrations(atStep: step).isEmpty
      else { continue }
      warned.insert(line)
      let text = lesson.source.split(separator: "\n", omittingEmptySubsequences: false)
      let column =
        text.indices.contains(line - 1) ? text[line - 1].prefix { $0 == " " || $0 == "\t" }.count + 1 : 1
      warnings.append(
        Diagnostic(
          "step \(step + 1) changes memory here, but the lesson says nothing about it",
          at: TemplateParser.span(SourceLocation(line: line, column: column), length: 1), severity: .warning))
    }
    return warnings
  }

  /// Events a learner should be told about: frames, heap blocks and their contents,
  /// moves and the program's end by overflow or panic. Plain slot writes (a `let`, a
  /// loop counter) and printing are visible enough in the code.
  private static func changesMemory(_ events: ArraySlice<Event>) -> Bool {
    events.contains { event in
      switch event {
      case .printed, .exited, .dropRan, .slotDied, .slotWritten: false
      default: true
      }
    }
  }
}
