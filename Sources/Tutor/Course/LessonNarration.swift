/// A `// >` block: narration shown at the steps where its anchor line runs.
struct LessonNarration: Sendable, Equatable {
  /// The code line it is attached to (the next code line after the block).
  var line: Int
  var selector: OccurrenceSelector
  var text: TextTemplate
  /// Where the block starts in the lesson file (its `//`).
  var location: SourceLocation
}
