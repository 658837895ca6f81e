extension StringProtocol {
  /// The text without leading and trailing spaces and tabs (any Unicode space separator), as
  /// Foundation's `trimmingCharacters(in: .whitespaces)` gives it, but without going through
  /// `NSString`: loading the course trims every line of every lesson.
  package var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { character in
      character == " " || character == "\t"
        || character.unicodeScalars.allSatisfy {
          $0 == "\t" || $0.properties.generalCategory == .spaceSeparator
        }
    }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(self[first...last])
  }
}
