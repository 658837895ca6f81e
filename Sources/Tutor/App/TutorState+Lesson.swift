import Screen
import Terminal

/// What the lesson and classroom layers use: the step on screen, jumping without animation,
/// and the terminal's capabilities.
extension TutorState: LessonTutor {
  var currentStep: Int { session.position }
  var stepCount: Int { session.stepCount }
  var isTypingStep: Bool { !jumpInput.isEmpty }

  mutating func jump(to step: Int) {
    let animate = options.animate
    options.animate = false
    move(to: step)
    options.animate = animate
  }

  func view(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    parts(width: width, height: height, settings: settings).screen
  }

  /// The screen as drawn for these settings, part by part (`only`: that part alone).
  func parts(
    width: Int, height: Int, settings: PresenterSettings, only: ScreenCanvas.Part? = nil
  ) -> ScreenCanvas {
    if settings.presenting, PresenterLayout.isLarge(width: width, height: height) {
      return presenterParts(width: width, height: height, settings: settings, only: only)
    }
    return composeParts(width: width, height: height, settings: settings, only: only)
  }

  /// No colour on this terminal (or `NO_COLOR`): mono. No Unicode: ASCII lines.
  mutating func configure(for terminal: TerminalCapabilities) {
    if !terminal.supportsColor {
      options.theme = .mono
      context.theme = .mono
    }
    if !terminal.supportsUnicode {
      options.ascii = true
      context.glyphs = .ascii
    }
  }
}
