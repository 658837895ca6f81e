import Screen
import Terminal

/// What a lesson session needs from the stepping tutor underneath it: which step is shown,
/// how many there are, and a way to show a given step.
///
/// The session lets the tutor handle keys as it always does, then looks at where the tutor
/// went; when that would skip past an unanswered question, the session stops the tutor just
/// before the question's step and asks it.
protocol LessonTutor: AppModel {
  /// The step on screen (0 is the program's start).
  var currentStep: Int { get }
  var stepCount: Int { get }
  /// Shows `step` at once (no animation), clamped to the trace.
  mutating func jump(to step: Int)
  /// A step number is being typed (Esc cancels it rather than asking to quit).
  var isTypingStep: Bool { get }
  /// What the narration says at the current step, in full (the panel may cut it short).
  var narrationInFull: String { get }
  /// Answers the screen must not show yet (a question about the next step is open or due).
  var hiddenAnswers: AnswerMask { get set }
  /// Draws the screen for a room (presenter mode) or with one panel zoomed to fill it.
  /// Only called when `settings.presenting` or `settings.zoom` asks for it.
  func view(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer
}

extension LessonTutor {
  var narrationInFull: String { "" }
  var isTypingStep: Bool { false }

  /// A tutor that shows no numbers has nothing to hide.
  var hiddenAnswers: AnswerMask {
    get { AnswerMask() }
    set {}
  }

  /// A tutor without a presenter layout shows its usual screen.
  func view(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    view(width: width, height: height)
  }
}
