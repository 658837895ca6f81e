/// A `// ?` block as written in the lesson: asked before its anchor line's step is shown.
///
/// Its texts may hold placeholders; `LessonNarrator.question(beforeStep:in:)` resolves them
/// into a `PromptQuestion` against the trace.
struct LessonQuestion: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Pick one of several options; `correct` indexes `options`.
    case choice(options: [TextTemplate], correct: Int)
    /// Type a whole number; `answer` is a placeholder (or a literal number).
    case number(answer: TextTemplate)
  }

  /// 0-based position among the lesson's questions (stable for scoring and progress).
  var index: Int
  /// The code line it is attached to.
  var line: Int
  var selector: OccurrenceSelector
  var prompt: TextTemplate
  var kind: Kind
  /// Shown after the learner answers, right or wrong.
  var explanation: TextTemplate
  /// Where the `// ?` line is in the lesson file.
  var location: SourceLocation

  var allTemplates: [TextTemplate] {
    var templates = [prompt, explanation]
    switch kind {
    case .choice(let options, _): templates += options
    case .number(let answer): templates.append(answer)
    }
    return templates
  }
}
