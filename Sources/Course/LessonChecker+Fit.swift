import Execution
import RustFrontEnd
import Screen

extension LessonChecker {
  /// The smallest screen memtutor must work on comfortably.
  package static let smallestScreen = (width: ScreenLayout.minimumWidth, height: ScreenLayout.minimumHeight)

  /// Warnings for narration that does not fit the Narration panel of an 80×24 terminal, as
  /// the panel wraps it (backticks dropped, words kept whole); the panel would cut it short
  /// with an ellipsis. One warning per narration block, at its longest step.
  package static func fitWarnings(in lesson: Lesson, trace: Trace, narrator: LessonNarrator) -> [Diagnostic] {
    guard
      let layout = ScreenLayout.make(
        width: smallestScreen.width, height: smallestScreen.height, staticCount: trace.image.statics.count)
    else { return [] }
    let width = layout.narration.width - 2
    let height = layout.narration.height - 1
    var longest: [SourceLocation: (lines: Int, step: Int)] = [:]
    let states = StateCursor(trace: trace)
    for step in trace.steps.indices {
      let blocks = narrator.narrations(atStep: step)
      guard !blocks.isEmpty, let text = narrator.narration(forStep: step, states: states) else { continue }
      let lines = TextWrap.wrap(TextWrap.markup(text, normal: .plain, code: .plain), width: width).count
      guard lines > height, let first = blocks.first else { continue }
      if (longest[first.location]?.lines ?? 0) < lines { longest[first.location] = (lines, step) }
    }
    return longest.sorted { $0.key < $1.key }.map { location, worst in
      Diagnostic(
        "at step \(worst.step + 1) this narration takes \(worst.lines) lines; the Narration panel of an "
          + "80×24 terminal shows \(height) lines of \(width) columns",
        at: TemplateParser.span(location, length: 4), severity: .warning)
    }
  }
}
