/// A malformed `format!`/`println!` string, reported the way rustc reports it.
package struct FormatStringError: Error, Sendable, Equatable {
  /// rustc's message: "invalid format string: expected `}`, found `a`".
  package var message: String
  /// Where the problem is: an offset in Unicode scalars into the literal's text as given to
  /// `FormatString.parse` (its length when the string ended too early).
  package var offset: Int
  /// The label under the caret: "expected `}` in format string".
  package var label: String
  /// rustc's note, if it gives one.
  package var note: String?
}
