import Foundation

/// Gathers comment lines into paragraphs: lines join with a space, an empty line ends a
/// paragraph, and a line starting with `- ` or `* ` starts a new one (a list item).
package struct ParagraphCollector: Sendable {
  package private(set) var paragraphs: [String] = []
  private var current: [String] = []

  /// Adds one line's text (after its marker; one leading space is dropped).
  package mutating func add(_ raw: String) {
    var text = Substring(raw)
    if text.first == " " { text = text.dropFirst() }
    let trimmed = text.trimmingSpaces
    if trimmed.isEmpty {
      flush()
      return
    }
    if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { flush() }
    current.append(trimmed)
  }

  /// The paragraphs so far, including an unfinished last one.
  package var finished: [String] {
    var copy = self
    copy.flush()
    return copy.paragraphs
  }

  private mutating func flush() {
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    current = []
  }
}
