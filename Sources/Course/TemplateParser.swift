import RustFrontEnd

/// Reads lesson text into a `TextTemplate`, checking every `{…}` placeholder's spelling.
package enum TemplateParser {
  /// Parses `text`, which starts at `start` in the lesson file (for error locations).
  package static func parse(_ text: String, at start: SourceLocation) -> Result<TextTemplate, DiagnosticList>
  {
    // Most lesson text has no braces at all.
    if !text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
      return .success(TextTemplate(parts: text.isEmpty ? [] : [.text(text)]))
    }
    var parts: [TextTemplate.Part] = []
    var diagnostics: [Diagnostic] = []
    var literal = ""
    let scalars = Array(text.unicodeScalars)
    var index = 0

    func location(_ offset: Int) -> SourceLocation {
      SourceLocation(line: start.line, column: start.column + offset)
    }
    func flushLiteral() {
      if !literal.isEmpty { parts.append(.text(literal)) }
      literal = ""
    }

    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "{" && next == "{" || scalar == "}" && next == "}" {
        literal.unicodeScalars.append(scalar)
        index += 2
        continue
      }
      if scalar == "}" {
        diagnostics.append(
          Diagnostic(
            "unmatched `}` in lesson text (write `}}` for a literal brace)",
            at: span(location(index), length: 1)))
        index += 1
        continue
      }
      guard scalar == "{" else {
        literal.unicodeScalars.append(scalar)
        index += 1
        continue
      }
      guard let close = scalars[index...].firstIndex(of: "}") else {
        diagnostics.append(
          Diagnostic(
            "unclosed `{` in lesson text (write `{{` for a literal brace)",
            at: span(location(index), length: 1)))
        break
      }
      let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
      switch placeholder(inner, at: location(index), length: close - index + 1) {
      case .success(let placeholder):
        flushLiteral()
        parts.append(.placeholder(placeholder))
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
      }
      index = close + 1
    }
    flushLiteral()
    if diagnostics.isEmpty { return .success(TextTemplate(parts: parts)) }
    return .failure(DiagnosticList(diagnostics: diagnostics))
  }

  /// The known placeholders, for messages.
  package static let knownSpellings =
    "{len x} {cap x} {size x} {addr x} {heap x} {block x} {value x} {strong x} {weak x} "
    + "{frame} {frame f} {frames} {stack} {limit} {deepest} {blocks} {leaked} {exit}"

  private static func placeholder(_ inner: String, at location: SourceLocation, length: Int) -> Result<
    Placeholder, Diagnostic
  > {
    let whole = span(location, length: length)
    var words = inner.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let first = words.first else {
      return .failure(
        Diagnostic(
          "empty placeholder `{}` (write `{{}}` for literal braces)", at: whole,
          notes: ["known placeholders: \(knownSpellings)"]))
    }
    guard let kind = Placeholder.Kind(rawValue: first) else {
      return .failure(
        Diagnostic(
          "unknown placeholder `{\(inner)}`", at: whole, notes: ["known placeholders: \(knownSpellings)"]))
    }
    words.removeFirst()
    var timing = Placeholder.Timing.after
    if words.last == "before", words.count > (kind.argument == .variable ? 1 : 0) {
      timing = .before
      words.removeLast()
    }
    var name: String? = nil
    var function: String? = nil
    switch kind.argument {
    case .variable:
      guard words.count == 1 else {
        return .failure(
          Diagnostic(
            "`{\(first)}` needs one variable name, like `{\(first) v}` or `{\(first) main::v}`", at: whole))
      }
      let path = words[0].split(separator: "::", omittingEmptySubsequences: false).map(String.init)
      guard path.count <= 2, path.allSatisfy(isIdentifier) else {
        return .failure(Diagnostic("`\(words[0])` is not a variable name", at: whole))
      }
      name = path.last
      function = path.count == 2 ? path[0] : nil
    case .optionalFunction:
      guard words.count <= 1 else {
        return .failure(Diagnostic("`{\(first)}` takes at most one function name", at: whole))
      }
      if let word = words.first {
        guard isIdentifier(word) else {
          return .failure(Diagnostic("`\(word)` is not a function name", at: whole))
        }
        name = word
      }
    case .none:
      guard words.isEmpty else {
        return .failure(Diagnostic("`{\(first)}` takes no name", at: whole))
      }
    }
    return .success(
      Placeholder(kind: kind, name: name, function: function, timing: timing, location: location))
  }

  package static func isIdentifier(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first,
      first == "_" || first.properties.isAlphabetic
    else { return false }
    return word.unicodeScalars.allSatisfy {
      $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
    }
  }

  package static func span(_ start: SourceLocation, length: Int) -> SourceSpan {
    SourceSpan(start: start, end: SourceLocation(line: start.line, column: start.column + max(1, length)))
  }
}
