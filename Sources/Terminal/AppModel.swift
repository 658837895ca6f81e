import Screen

/// What the terminal loop drives: a state that takes messages and draws itself.
///
/// `update` and `view` are pure; the loop owns the terminal and the clock.
package protocol AppModel: Sendable {
  /// Applies one message. Returns false when the app should quit.
  mutating func update(_ message: Message) -> Bool
  /// Draws the whole screen for the given size.
  func view(width: Int, height: Int) -> ScreenBuffer
  /// Whether an animation or autoplay needs ticks now (the loop waits for keys otherwise).
  var wantsTicks: Bool { get }
  /// The process exit status once `update` returned false.
  var exitStatus: Int32 { get }
  /// Told once, before the first `.resize`, what the terminal can show (colour, Unicode), so the
  /// model can pick a monochrome theme or ASCII lines. Optional: the default ignores it.
  mutating func configure(for terminal: TerminalCapabilities)
}

extension AppModel {
  package mutating func configure(for terminal: TerminalCapabilities) {}
}
