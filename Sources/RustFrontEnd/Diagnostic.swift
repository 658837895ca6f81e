/// One problem found in a source file, reported as `file:line:col: error: message`
/// followed by the offending line and a caret under the span.
package struct Diagnostic: Error, Sendable, Equatable {
  package enum Severity: String, Sendable {
    case error
    case warning
    case note
  }

  package var severity: Severity = .error
  package var message: String
  package var span: SourceSpan
  /// Extra lines printed after the caret (`= note: …`).
  package var notes: [String] = []
  /// rustc's error code (`E0382`), shown as `error[E0382]:`.
  package var code: String?
  /// What the caret under the primary span says (`borrowed value does not live long enough`).
  package var primaryLabel: String?
  /// Other places the report points at, each with a `-` underline and its text, as rustc's
  /// secondary labels (`binding `s` declared here`, `borrow later used here`).
  package var labels: [Label] = []
  /// `= help: …` lines, after the notes.
  package var helps: [String] = []

  package struct Label: Sendable, Equatable {
    package var span: SourceSpan
    package var text: String

    package init(span: SourceSpan, text: String) {
      self.span = span
      self.text = text
    }
  }

  package init(_ message: String, at span: SourceSpan, severity: Severity = .error, notes: [String] = []) {
    self.message = message
    self.span = span
    self.severity = severity
    self.notes = notes
  }

  /// `what` is a plural noun phrase ("closures" → "closures are not supported …") or a
  /// singular one: starting with "the" ("the `?` operator" → "… is not supported …") or a
  /// piece of code followed by what qualifies it ("`sum` of `u8`", "`{:?}` on values …").
  package static func unsupported(_ what: String, at span: SourceSpan) -> Diagnostic {
    let verb = isSingularSubject(what) ? "is" : "are"
    return Diagnostic("\(what) \(verb) \(unsupportedEnding)", at: span)
  }

  /// Whether this says memtutor does not run something (rather than that the program is wrong).
  package var isUnsupported: Bool { message.hasSuffix(Self.unsupportedEnding) }

  private static let unsupportedEnding = "not supported by memtutor yet"

  /// Words that, right after a leading piece of code, show that the code itself is the
  /// subject (`step_by` with …), not a noun that follows it (`impl` blocks).
  private static let qualifyingWords: Set<Substring> = [
    "of", "with", "in", "on", "into", "from", "outside", "other", "after", "for", "at", "by", "without",
  ]

  /// Openings of a singular subject: an article, "this", a gerund, an uncountable noun.
  private static let singularOpenings = [
    "the ", "a ", "an ", "this ", "calling ", "implementing ", "arithmetic ", "more than one ",
  ]

  static func isSingularSubject(_ what: String) -> Bool {
    if singularOpenings.contains(where: { what.hasPrefix($0) }) { return true }
    guard what.first == "`" else { return false }
    let afterOpening = what.dropFirst()
    guard let closing = afterOpening.firstIndex(of: "`") else { return false }
    let rest = afterOpening[afterOpening.index(after: closing)...]
    // "`Vec`s collected …": a plural made from the code.
    guard rest.first == " " else { return rest.isEmpty }
    let nextWord = rest.dropFirst().prefix { $0 != " " }
    return qualifyingWords.contains(nextWord)
  }

  /// The full text: header, source line and caret, notes.
  package func rendered(file: String, source: String) -> String {
    rendered(file: file, lines: source.split(separator: "\n", omittingEmptySubsequences: false))
  }

  /// The full text, given the source already split into lines (split once for many diagnostics).
  package func rendered(file: String, lines: [Substring]) -> String {
    let label = code.map { "\(severity.rawValue)[\($0)]" } ?? severity.rawValue
    var out = "\(file):\(span.start.line):\(span.start.column): \(label): \(message)"
    // Every underline, the primary one (`^`) among the secondary ones (`-`), in line order.
    var marks = [(span: span, text: primaryLabel, primary: true)]
    marks += labels.map { (span: $0.span, text: Optional($0.text), primary: false) }
    marks = marks.filter { $0.span.start.line >= 1 && $0.span.start.line <= lines.count }
    marks.sort { ($0.span.start.line, $0.span.start.column) < ($1.span.start.line, $1.span.start.column) }
    if !marks.isEmpty {
      let widest = marks.map { String($0.span.start.line).count }.max() ?? 1
      let gutter = String(repeating: " ", count: widest)
      out += "\n\(gutter) |"
      var shownLine = 0
      var index = 0
      while index < marks.count {
        let lineNumber = marks[index].span.start.line
        if lineNumber != shownLine {
          let lineText = String(lines[lineNumber - 1]).replacingTabs()
          let digits = String(lineNumber)
          let number = digits + String(repeating: " ", count: widest - digits.count)
          out += "\n\(number) | \(lineText)"
          shownLine = lineNumber
        }
        // Marks on one line share an underline row when only the rightmost one has text.
        var group = [marks[index]]
        while index + group.count < marks.count, marks[index + group.count].span.start.line == lineNumber,
          (group.last?.text ?? "").isEmpty
        {
          group.append(marks[index + group.count])
        }
        var row = ""
        for mark in group {
          let width: Int
          if mark.span.end.line == mark.span.start.line, mark.span.end.column > mark.span.start.column {
            width = mark.span.end.column - mark.span.start.column
          } else {
            width = 1
          }
          let start = max(0, mark.span.start.column - 1)
          if row.count < start { row += String(repeating: " ", count: start - row.count) }
          row += String(repeating: mark.primary ? "^" : "-", count: max(1, width))
        }
        out += "\n\(gutter) | \(row)"
        if let text = group.last?.text, !text.isEmpty { out += " \(text)" }
        index += group.count
      }
    }
    for note in notes {
      out += "\n  = note: \(note)"
    }
    for help in helps {
      out += "\n  = help: \(help)"
    }
    return out
  }
}

/// Several diagnostics at once (a parser that recovers reports them all).
package struct DiagnosticList: Error, Sendable {
  package var diagnostics: [Diagnostic]

  package func rendered(file: String, source: String) -> String {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    return diagnostics.map { $0.rendered(file: file, lines: lines) }.joined(separator: "\n\n")
  }

  package init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }
}

extension String {
  /// Tabs become single spaces so caret columns line up with character columns.
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
