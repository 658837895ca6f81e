import RustFrontEnd

/// A `// >` block: narration shown at the steps where its anchor line runs.
package struct LessonNarration: Sendable, Equatable {
  /// The code line it is attached to (the next code line after the block).
  package var line: Int
  package var selector: OccurrenceSelector
  package var text: TextTemplate
  /// Where the block starts in the lesson file (its `//`).
  package var location: SourceLocation
}
