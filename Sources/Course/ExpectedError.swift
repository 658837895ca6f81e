import Foundation
import RustFrontEnd

/// The compile error a rejected-program lesson is about (`//! expect-error: E0502`).
///
/// The lesson carries rustc's own text in `//|` lines, so the screen can show the real
/// message without rustc installed, and `memtutor check` can confirm rustc still says it.
package struct ExpectedError: Sendable, Equatable {
  /// `E0502`.
  package var code: String
  /// rustc's report as pasted into the lesson, one entry per line (may be empty).
  package var rustcText: [String]
  /// Where the `expect-error` field is in the lesson file.
  package var location: SourceLocation

  /// The headline after `error[E0502]: `, from the pasted report.
  package var message: String? {
    guard let first = rustcText.first(where: { $0.hasPrefix("error[") }),
      let range = first.range(of: "]: ")
    else { return nil }
    return String(first[range.upperBound...])
  }

  /// The primary span's start, from the report's `--> file:line:col` line.
  package var primaryLocation: SourceLocation? {
    guard let arrow = rustcText.first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--> ") })
    else { return nil }
    let numbers = arrow.split(separator: ":").suffix(2).compactMap { Int($0) }
    guard numbers.count == 2 else { return nil }
    return SourceLocation(line: numbers[0], column: numbers[1])
  }
}
