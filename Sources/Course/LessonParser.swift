import Foundation
import RustFrontEnd

/// Reads a lesson file: the `//!` header, `// >` narration, `// ?` questions, `//|` rustc
/// text and the `//~` closing summary (Lessons/README.md describes the format).
///
/// Every problem is reported as a `Diagnostic` at its line and column, all at once.
package struct LessonParser {
  package let path: String
  package let source: String

  private var diagnostics: [Diagnostic] = []
  private var markupLines: Set<Int> = []

  package init(source: String, path: String) {
    self.source = source
    self.path = path
  }

  /// Parses a lesson file's text. `path`'s file name gives the number and slug
  /// (`04-stack-overflow.rs` is lesson 4, `stack-overflow`).
  package static func parse(source: String, path: String) throws(DiagnosticList) -> Lesson {
    var parser = LessonParser(source: SourceText.normalized(source), path: path)
    return try parser.run()
  }

  /// Reads and parses the file at `path`.
  package static func parse(contentsOf path: String) throws(DiagnosticList) -> Lesson {
    let source: String
    do {
      source = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw DiagnosticList(diagnostics: [
        Diagnostic("cannot read lesson file: \(error.localizedDescription)", at: Self.fileStart)
      ])
    }
    return try parse(source: source, path: path)
  }

  package static let fileStart = SourceSpan(
    start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2))

  // MARK: - Whole file

  private mutating func run() throws(DiagnosticList) -> Lesson {
    // Split by bytes: splitting by `Character` walks grapheme clusters, the slowest part of
    // loading the course.
    let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      $0.last == UInt8(ascii: "\r")
        ? String(decoding: $0.dropLast(), as: UTF8.self) : String(decoding: $0, as: UTF8.self)
    }
    let (number, slug) = Self.numberAndSlug(fromPath: path)
    var header = HeaderReader()
    var rustcText: [String] = []
    var closing = ParagraphCollector()
    var narrations: [LessonNarration] = []
    var questions: [LessonQuestion] = []
    var pendingNarrations: [PendingNarration] = []
    var pendingQuestions: [PendingQuestion] = []
    var openQuestion: PendingQuestion?
    var sawCode = false

    func closeQuestion(into pending: inout [PendingQuestion], _ open: inout PendingQuestion?) {
      if let question = open { pending.append(question) }
      open = nil
    }

    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      // Only spaces and tabs are dropped: bytes count as characters.
      let column = line.utf8.count - trimmed.utf8.count + 1
      let at = SourceLocation(line: number, column: column)

      if trimmed.hasPrefix("//!") {
        markupLines.insert(number)
        if sawCode {
          report("`//!` header lines belong at the very top of the file, before any code", at: at, length: 3)
        } else {
          header.read(String(trimmed.dropFirst(3)), at: at, diagnostics: &diagnostics)
        }
        continue
      }
      if trimmed.hasPrefix("//|") {
        markupLines.insert(number)
        var text = trimmed.dropFirst(3)
        if text.first == " " { text = text.dropFirst() }
        rustcText.append(String(text.reversed().drop { $0 == " " }.reversed()))
        continue
      }
      if trimmed.hasPrefix("//~") {
        markupLines.insert(number)
        closing.add(String(trimmed.dropFirst(3)))
        continue
      }
      if trimmed.hasPrefix("// >") || trimmed.hasPrefix("//>") {
        markupLines.insert(number)
        closeQuestion(into: &pendingQuestions, &openQuestion)
        readNarration(trimmed, at: at, pending: &pendingNarrations)
        continue
      }
      if trimmed.hasPrefix("// ?") || trimmed.hasPrefix("//?") {
        markupLines.insert(number)
        closeQuestion(into: &pendingQuestions, &openQuestion)
        openQuestion = startQuestion(trimmed, at: at)
        continue
      }
      if openQuestion != nil, let marker = Self.questionLineMarker(trimmed) {
        markupLines.insert(number)
        let text = Self.text(after: marker, in: trimmed)
        let textAt = SourceLocation(line: number, column: column + trimmed.count - text.count)
        addQuestionLine(marker: marker, text: text, at: at, textAt: textAt, to: &openQuestion)
        continue
      }
      if trimmed.isEmpty || trimmed.hasPrefix("//") {
        // Blank lines and ordinary comments sit between a block and its code line freely.
        if !trimmed.isEmpty, openQuestion != nil { closeQuestion(into: &pendingQuestions, &openQuestion) }
        continue
      }

      // A code line: everything pending attaches to it.
      sawCode = true
      closeQuestion(into: &pendingQuestions, &openQuestion)
      for pending in pendingNarrations {
        narrations.append(
          LessonNarration(
            line: number, selector: pending.selector, text: Self.joinLines(pending.texts),
            location: pending.location))
      }
      pendingNarrations = []
      for pending in pendingQuestions {
        if let question = finish(pending, index: questions.count, line: number) {
          questions.append(question)
        }
      }
      pendingQuestions = []
    }

    closeQuestion(into: &pendingQuestions, &openQuestion)
    for pending in pendingNarrations {
      report("this narration is not followed by a line of code to attach to", at: pending.location, length: 4)
    }
    for pending in pendingQuestions {
      report("this question is not followed by a line of code to attach to", at: pending.location, length: 4)
    }

    let fields = header.finish(diagnostics: &diagnostics)
    var expectedError: ExpectedError? = nil
    if let code = fields.expectError {
      expectedError = ExpectedError(code: code.value, rustcText: rustcText, location: code.location)
      if !rustcText.isEmpty, let first = rustcText.first, !first.hasPrefix("error[\(code.value)]") {
        report(
          "the pasted rustc report (`//|` lines) should start with `error[\(code.value)]: …`",
          at: SourceLocation(line: (lines.firstIndex { $0.contains("//|") } ?? 0) + 1, column: 1), length: 3)
      }
    } else if !rustcText.isEmpty {
      report(
        "`//|` lines hold rustc's report for a rejected program; add `//! expect-error: E….` to the header",
        at: SourceLocation(line: (lines.firstIndex { $0.contains("//|") } ?? 0) + 1, column: 1), length: 3)
    }
    if !sawCode {
      report("the lesson has no Rust code", at: SourceLocation(line: 1, column: 1), length: 1)
    }
    if !diagnostics.isEmpty {
      throw DiagnosticList(diagnostics: diagnostics.sorted { $0.span.start < $1.span.start })
    }
    return Lesson(
      slug: slug, number: number, path: path, title: fields.title, summary: fields.summary,
      intro: fields.intro, source: source, narrations: narrations, questions: questions,
      closing: closing.finished, expectedError: expectedError, stackLimit: fields.stackLimit,
      markupLines: markupLines)
  }

  // MARK: - Narration

  private struct PendingNarration {
    var selector: OccurrenceSelector
    var texts: [TextTemplate]
    var location: SourceLocation
    var lastLine: Int
  }

  private mutating func readNarration(
    _ trimmed: Substring, at: SourceLocation, pending: inout [PendingNarration]
  ) {
    let afterMarker = trimmed.hasPrefix("// >") ? trimmed.dropFirst(4) : trimmed.dropFirst(3)
    let selectorText = String(afterMarker.prefix { $0 != " " })
    let text = Self.text(after: selectorText, in: afterMarker)
    let textAt = SourceLocation(line: at.line, column: at.column + trimmed.count - text.count)
    guard let selector = OccurrenceSelector(spelling: selectorText, default: .every) else {
      report(
        "unknown narration selector `>\(selectorText)` (use `>` or `>*` for every run, `>1`, `>2`… "
          + "for one run, `>2..5`, `>2..` or `>2..-1` for several, `>last` for the last)", at: at,
        length: 4 + selectorText.count)
      return
    }
    let template = parseTemplate(text, at: textAt)
    // A line right under a narration line continues its block when it has no selector or
    // the same one; another selector, or a gap, starts a new block.
    if var last = pending.popLast() {
      if last.lastLine == at.line - 1 && (selectorText.isEmpty || selector == last.selector) {
        last.texts.append(template)
        last.lastLine = at.line
        pending.append(last)
        return
      }
      pending.append(last)
    }
    pending.append(PendingNarration(selector: selector, texts: [template], location: at, lastLine: at.line))
  }

  // MARK: - Questions

  private struct PendingQuestion {
    var selector: OccurrenceSelector
    var isChoice: Bool
    var prompt: TextTemplate
    var options: [(text: TextTemplate, correct: Bool, at: SourceLocation)] = []
    var explanation: [TextTemplate] = []
    var location: SourceLocation
    var broken = false
  }

  private static func questionLineMarker(_ trimmed: Substring) -> String? {
    for marker in ["// -", "// +", "// ="] where trimmed == marker || trimmed.hasPrefix(marker + " ") {
      return marker
    }
    return nil
  }

  private mutating func startQuestion(_ trimmed: Substring, at: SourceLocation) -> PendingQuestion? {
    let afterMarker = trimmed.hasPrefix("// ?") ? trimmed.dropFirst(4) : trimmed.dropFirst(3)
    let selectorText = String(afterMarker.prefix { $0 != " " })
    let rest = Self.text(after: selectorText, in: afterMarker)
    guard let selector = OccurrenceSelector(spelling: selectorText, default: .nth(1)) else {
      report(
        "unknown question selector `?\(selectorText)` (use `?` for the first run, `?2`… or `?last`)",
        at: at, length: 4 + selectorText.count)
      return nil
    }
    let isChoice: Bool
    let prompt: Substring
    if rest.hasPrefix("choice:") {
      isChoice = true
      prompt = rest.dropFirst("choice:".count)
    } else if rest.hasPrefix("number:") {
      isChoice = false
      prompt = rest.dropFirst("number:".count)
    } else {
      report("a question starts with `// ? choice: …` or `// ? number: …`", at: at, length: 4)
      return nil
    }
    let promptText = prompt.drop { $0 == " " }
    if promptText.isEmpty {
      report("the question has no text after `\(isChoice ? "choice" : "number"):`", at: at, length: 4)
      return nil
    }
    let promptAt = SourceLocation(line: at.line, column: at.column + trimmed.count - promptText.count)
    return PendingQuestion(
      selector: selector, isChoice: isChoice, prompt: parseTemplate(String(promptText), at: promptAt),
      location: at)
  }

  private mutating func addQuestionLine(
    marker: String, text: String, at: SourceLocation, textAt: SourceLocation, to open: inout PendingQuestion?
  ) {
    guard var question = open else { return }
    defer { open = question }
    switch marker {
    case "// =":
      question.explanation.append(parseTemplate(text, at: textAt))
    case "// -" where !question.isChoice:
      report(
        "a `number` question has no wrong options; give its answer with `// + {…}`", at: at, length: 4)
      question.broken = true
    default:
      if text.isEmpty {
        report("empty answer option", at: at, length: 4)
        question.broken = true
        return
      }
      question.options.append((parseTemplate(text, at: textAt), marker == "// +", at))
    }
  }

  private mutating func finish(_ pending: PendingQuestion, index: Int, line: Int) -> LessonQuestion? {
    let at = pending.location
    var ok = !pending.broken
    if pending.explanation.isEmpty {
      report("the question needs an explanation line `// = …`, shown after it is answered", at: at, length: 4)
      ok = false
    }
    let kind: LessonQuestion.Kind
    if pending.isChoice {
      let correct = pending.options.indices.filter { pending.options[$0].correct }
      if pending.options.count < 2 || pending.options.count > 4 {
        report(
          "a choice question needs 2 to 4 options (`// - wrong`, `// + right`); it has \(pending.options.count)",
          at: at, length: 4)
        ok = false
      }
      if correct.count != 1 {
        report(
          "a choice question needs exactly one right option marked `// +`; it has \(correct.count)", at: at,
          length: 4)
        ok = false
      }
      kind = .choice(options: pending.options.map(\.text), correct: correct.first ?? 0)
    } else {
      guard pending.options.count == 1, let answer = pending.options.first else {
        report(
          "a number question needs exactly one answer line `// + {…}`; it has \(pending.options.count)",
          at: at, length: 4)
        return nil
      }
      if !Self.isNumberAnswer(answer.text) {
        report(
          "a number answer is one placeholder such as `{cap v}` or a whole number", at: answer.at, length: 4)
        ok = false
      }
      kind = .number(answer: answer.text)
    }
    guard ok else { return nil }
    return LessonQuestion(
      index: index, line: line, selector: pending.selector, prompt: pending.prompt, kind: kind,
      explanation: Self.joinLines(pending.explanation), location: at)
  }

  private static func isNumberAnswer(_ template: TextTemplate) -> Bool {
    let meaningful = template.parts.filter { part in
      if case .text(let text) = part { return !text.trimmingSpaces.isEmpty }
      return true
    }
    guard meaningful.count == 1, let only = meaningful.first else { return false }
    switch only {
    case .placeholder: return true
    case .text(let text): return Int(text.trimmingSpaces) != nil
    }
  }

  // MARK: - Helpers

  /// Joins a block's lines into running text: lines join with a space, an empty line
  /// starts a new paragraph (a newline).
  package static func joinLines(_ lines: [TextTemplate]) -> TextTemplate {
    var parts: [TextTemplate.Part] = []
    var previousWasBreak = true
    for line in lines {
      if line.isEmpty {
        if !previousWasBreak { parts.append(.text("\n")) }
        previousWasBreak = true
        continue
      }
      if !previousWasBreak { parts.append(.text(" ")) }
      parts.append(contentsOf: line.parts)
      previousWasBreak = false
    }
    if case .text("\n") = parts.last { parts.removeLast() }
    return TextTemplate(parts: parts)
  }

  private mutating func parseTemplate(_ text: String, at: SourceLocation) -> TextTemplate {
    switch TemplateParser.parse(text, at: at) {
    case .success(let template): return template
    case .failure(let list):
      diagnostics += list.diagnostics
      return TextTemplate(plain: text)
    }
  }

  /// The text after a marker and one separating space.
  private static func text(after marker: String, in line: Substring) -> String {
    var rest = line.dropFirst(marker.count)
    if rest.first == " " { rest = rest.dropFirst() }
    return String(rest).trimmingSpaces
  }

  private mutating func report(_ message: String, at: SourceLocation, length: Int) {
    diagnostics.append(Diagnostic(message, at: TemplateParser.span(at, length: length)))
  }

  /// `04-stack-overflow.rs` gives (4, "stack-overflow"); a name without a number gives 0; a name
  /// that is only a number gives a slug from it (`61.rs`: 61, "lesson-61"), so it can be opened.
  package static func numberAndSlug(fromPath path: String) -> (Int, String) {
    var name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    let number = Int(digits) ?? 0
    name = String(name.dropFirst(digits.count).drop { $0 == "-" || $0 == "_" })
    let slug = String(name.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    if slug.isEmpty { return (number, digits.isEmpty ? "lesson" : "lesson-\(digits)") }
    return (number, slug)
  }
}
