/// Lesson text with `{…}` placeholders, filled in per step by `LessonNarrator`.
///
/// `{{` and `}}` stand for literal braces.
package struct TextTemplate: Sendable, Equatable {
  package enum Part: Sendable, Equatable {
    case text(String)
    case placeholder(Placeholder)
  }

  package var parts: [Part]

  package init(parts: [Part]) {
    self.parts = parts
  }

  /// Plain text without placeholders.
  package init(plain text: String) {
    parts = text.isEmpty ? [] : [.text(text)]
  }

  package var placeholders: [Placeholder] {
    parts.compactMap { part in
      if case .placeholder(let placeholder) = part { return placeholder }
      return nil
    }
  }

  package var isEmpty: Bool { parts.isEmpty }

  /// The text with every placeholder replaced by `fill(placeholder)`.
  package func rendered(_ fill: (Placeholder) -> String) -> String {
    parts.map { part in
      switch part {
      case .text(let text): text
      case .placeholder(let placeholder): fill(placeholder)
      }
    }.joined()
  }

  /// The text as the teacher wrote it (placeholders spelled out), for listings.
  package var source: String {
    rendered { $0.spelling }
  }

  /// Joins templates with `separator` between them.
  package static func joined(_ templates: [TextTemplate], separator: String) -> TextTemplate {
    var parts: [Part] = []
    for (index, template) in templates.enumerated() {
      if index > 0 { parts.append(.text(separator)) }
      parts.append(contentsOf: template.parts)
    }
    return TextTemplate(parts: parts)
  }
}
