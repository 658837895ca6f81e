/// One result of waiting for input.
package enum TerminalInput: Sendable, Equatable {
  case key(Key)
  /// The terminal changed size (the screen has already been resized to this).
  case resize(width: Int, height: Int)
  /// Ctrl-L: repaint the whole screen.
  case redraw
  /// Something arrived that means nothing here (a stray control character, an Alt combination).
  case ignored
  /// Nothing arrived before the timeout, or the wait was cut short (signal, end of input).
  case timedOut
}
