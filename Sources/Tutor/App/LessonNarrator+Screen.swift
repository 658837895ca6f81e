import Course

extension LessonNarrator {
  /// The lesson's words for the Narration panel; steps the lesson says nothing about fall
  /// back to narration generated from the trace's events.
  var narrationSource: NarrationSource {
    let narrator = self
    return NarrationSource(title: lesson.title) { step in narrator.narration(forStep: step) }
  }
}
