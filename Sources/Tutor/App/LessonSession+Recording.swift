import Terminal

/// A session shown from the first steps of a long run while the whole run is recorded in the
/// background. Keys pressed meanwhile wait and go to the whole session, in order, once it is
/// there; `q` quits at once.
extension LessonSession {
  var isRecording: Bool { recording != nil }

  /// Handles `message` while recording; nil when the session should handle it as usual
  /// (the whole session has just taken over, or the message is a resize or `q`).
  mutating func updateWhileRecording(_ message: Message) -> Bool? {
    guard let recording else { return nil }
    if let whole = recording.result {
      return adopt(whole) ? nil : false
    }
    switch message {
    case .key(.character("q")), .resize:
      return nil
    case .key(let key):
      keysWhileRecording.append(key)
      return true
    case .tick:
      return true
    }
  }

  /// Becomes `whole`, at this session's step and screen, then plays the keys pressed while
  /// it was recorded. False when one of them ended the session.
  private mutating func adopt(_ whole: LessonSession) -> Bool {
    var next = whole
    next.escapeReturnsToMenu = escapeReturnsToMenu
    next.notice = notice
    if let terminal { next.configure(for: terminal) }
    _ = next.update(.resize(width: screenSize.width, height: screenSize.height))
    if tutor.currentStep > 0 { next.start(at: tutor.currentStep) }
    let keys = keysWhileRecording
    self = next
    for key in keys where !update(.key(key)) { return false }
    return true
  }
}
