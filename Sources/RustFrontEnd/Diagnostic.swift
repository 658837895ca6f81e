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

  package init(_ message: String, at span: SourceSpan, severity: Severity = .error, notes: [String] = []) {
    self.message = message
    self.span = span
    self.severity = severity
    self.notes = notes
  }

  /// `what` is a plural noun phrase ("closures" → "closures are not supported …") or a
  /// singular one starting with "the" ("the `?` operator" → "… is not supported …").
  package static func unsupported(_ what: String, at span: SourceSpan) -> Diagnostic {
    let verb = what.hasPrefix("the ") ? "is" : "are"
    return Diagnostic("\(what) \(verb) not supported by memtutor yet", at: span)
  }

  /// The full text: header, source line and caret, notes.
  package func rendered(file: String, source: String) -> String {
    rendered(file: file, lines: source.split(separator: "\n", omittingEmptySubsequences: false))
  }

  /// The full text, given the source already split into lines (split once for many diagnostics).
  package func rendered(file: String, lines: [Substring]) -> String {
    let label = code.map { "\(severity.rawValue)[\($0)]" } ?? severity.rawValue
    var out = "\(file):\(span.start.line):\(span.start.column): \(label): \(message)"
    if span.start.line >= 1, span.start.line <= lines.count {
      let lineText = String(lines[span.start.line - 1]).replacingTabs()
      let number = String(span.start.line)
      let gutter = String(repeating: " ", count: number.count)
      let width: Int
      if span.end.line == span.start.line, span.end.column > span.start.column {
        width = span.end.column - span.start.column
      } else {
        width = 1
      }
      let caretPad = String(repeating: " ", count: max(0, span.start.column - 1))
      out += "\n\(gutter) |\n\(number) | \(lineText)\n\(gutter) | \(caretPad)"
      out += String(repeating: "^", count: max(1, width))
    }
    for note in notes {
      out += "\n  = note: \(note)"
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
