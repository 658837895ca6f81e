import RustFrontEnd

/// A `// ?` block as written in the lesson: asked before its anchor line's step is shown.
///
/// Its texts may hold placeholders; `LessonNarrator.question(beforeStep:in:)` resolves them
/// into a `PromptQuestion` against the trace.
package struct LessonQuestion: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    /// Pick one of several options; `correct` indexes `options`.
    case choice(options: [TextTemplate], correct: Int)
    /// Type a whole number; `answer` is a placeholder (or a literal number).
    case number(answer: TextTemplate)
  }

  /// 0-based position among the lesson's questions (stable for scoring and progress).
  package var index: Int
  /// The code line it is attached to.
  package var line: Int
  package var selector: OccurrenceSelector
  package var prompt: TextTemplate
  package var kind: Kind
  /// Shown after the learner answers, right or wrong.
  package var explanation: TextTemplate
  /// Where the `// ?` line is in the lesson file.
  package var location: SourceLocation

  package var allTemplates: [TextTemplate] {
    var templates = [prompt, explanation]
    switch kind {
    case .choice(let options, _): templates += options
    case .number(let answer): templates.append(answer)
    }
    return templates
  }
}
