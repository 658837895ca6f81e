import Screen

extension ScreenBuffer {
  /// The words on screen with box borders and line breaks taken out, for checking wrapped text.
  package var flowingText: String {
    let borders: Set<Character> = ["│", "|", "┃", "║"]
    return
      lines
      .map { line in
        line.split(separator: " ", omittingEmptySubsequences: true)
          .filter { !($0.count == 1 && borders.contains($0.first ?? " ")) }
          .joined(separator: " ")
      }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}
