import Foundation
import RustFrontEnd

/// Reads a lesson's `//!` lines: `key: value` fields, then (after an empty `//!` line)
/// the introduction's paragraphs.
package struct HeaderReader {
  package struct Fields {
    package var title = ""
    package var summary = ""
    package var stackLimit: Int?
    package var expectError: (value: String, location: SourceLocation)?
    package var intro: [String] = []
  }

  package static let knownKeys = ["title", "summary", "stack", "expect-error"]

  private var fields = Fields()
  private var inIntro = false
  private var seen: [String: SourceLocation] = [:]
  private var intro = ParagraphCollector()
  private var firstLine: SourceLocation?

  /// Reads the text after `//!` on a line that starts at `at`.
  package mutating func read(_ text: String, at: SourceLocation, diagnostics: inout [Diagnostic]) {
    if firstLine == nil { firstLine = at }
    let trimmed = text.trimmingSpaces
    if inIntro {
      intro.add(text)
      return
    }
    if trimmed.isEmpty {
      if !seen.isEmpty { inIntro = true }
      return
    }
    let valueColumn = at.column + 3 + (text.count - text.drop { $0 == " " }.count)
    guard let colon = trimmed.firstIndex(of: ":") else {
      diagnostics.append(
        Diagnostic(
          "expected `key: value` in the lesson header; put an empty `//!` line between the fields and the "
            + "introduction", at: span(at, 3)))
      return
    }
    let key = trimmed[..<colon].trimmingSpaces
    let value = trimmed[trimmed.index(after: colon)...].trimmingSpaces
    let keyAt = SourceLocation(line: at.line, column: valueColumn)
    guard Self.knownKeys.contains(key) else {
      diagnostics.append(
        Diagnostic(
          "unknown lesson header field `\(key)`", at: span(keyAt, key.count),
          notes: ["known fields: \(Self.knownKeys.joined(separator: ", "))"]))
      return
    }
    if seen[key] != nil {
      diagnostics.append(Diagnostic("`\(key)` is given twice", at: span(keyAt, key.count)))
      return
    }
    seen[key] = keyAt
    if value.isEmpty {
      diagnostics.append(Diagnostic("`\(key)` has no value", at: span(keyAt, key.count)))
      return
    }
    switch key {
    case "title": fields.title = value
    case "summary": fields.summary = value
    case "stack":
      if let bytes = Self.byteCount(value), bytes >= 1024, bytes <= 1 << 30 {
        fields.stackLimit = bytes
      } else {
        diagnostics.append(
          Diagnostic(
            "`stack` must be a size between 1KiB and 1GiB, like `64KiB` or `8MiB`; got `\(value)`",
            at: span(keyAt, key.count)))
      }
    default:
      if value.count == 5, value.first == "E", value.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
        fields.expectError = (value, keyAt)
      } else {
        diagnostics.append(
          Diagnostic(
            "`expect-error` takes rustc's error code, like `E0502`; got `\(value)`",
            at: span(keyAt, key.count)))
      }
    }
  }

  /// The fields read, reporting required ones that are missing.
  package func finish(diagnostics: inout [Diagnostic]) -> Fields {
    let at = firstLine ?? SourceLocation(line: 1, column: 1)
    for key in ["title", "summary"] where seen[key] == nil {
      diagnostics.append(
        Diagnostic(
          "the lesson header needs `//! \(key): …`", at: span(at, 3),
          notes: ["a lesson file starts with `//! title: …` and `//! summary: …` lines"]))
    }
    var result = fields
    result.intro = intro.finished
    return result
  }

  /// `65536`, `64KiB`, `8 MiB`, `1GiB`, `512B` in bytes.
  package static func byteCount(_ text: String) -> Int? {
    let compact = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "_", with: "")
    let digits = compact.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits) else { return nil }
    let multipliers = ["": 1, "b": 1, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30]
    guard let multiplier = multipliers[compact.dropFirst(digits.count).lowercased()] else { return nil }
    let (bytes, overflow) = number.multipliedReportingOverflow(by: multiplier)
    return overflow ? nil : bytes
  }

  private func span(_ at: SourceLocation, _ length: Int) -> SourceSpan {
    TemplateParser.span(at, length: length)
  }
}
