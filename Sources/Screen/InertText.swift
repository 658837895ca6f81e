extension String {
  /// The text with control characters replaced by their escapes (`\x1b`, `\t`), exactly as
  /// `ScreenBuffer.put` would draw them, so widths measured on it match what is drawn.
  package var inert: String {
    guard
      unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    else { return self }
    var out = ""
    for character in self {
      for piece in DisplayWidth.inertPieces(of: character) { out += piece }
    }
    return out
  }
}
