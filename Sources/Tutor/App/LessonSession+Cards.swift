import Screen
import Terminal

/// The cards drawn over the tutor (introduction, narration in full, summary) and the line
/// that asks before Esc quits.
extension LessonSession {
  /// What Esc asks on the bottom line before it ends the session.
  var quitQuestion: String {
    guard lessonID != nil else { return "Quit memtutor? y/n" }
    return "Quit this lesson? y/n" + (escapeReturnsToMenu ? "  (y: back to the lesson menu)" : "")
  }

  /// Scrolls a card too tall for the screen; false when `key` has nothing to scroll (PgDn at
  /// the end, PgUp at the top), so it closes the card as any other key does.
  mutating func scrollCard(with key: Key) -> Bool {
    guard let card else { return false }
    let area = cardArea
    let limit = cardPanel(card).maxScroll(areaWidth: area.width, areaHeight: area.height)
    guard limit > 0 else { return false }
    let page = max(1, area.height / 2)
    switch key {
    case .down: cardScroll = min(limit, cardScroll + 1)
    case .up: cardScroll = max(0, cardScroll - 1)
    case .pageDown:
      guard cardScroll < limit else { return false }
      cardScroll = min(limit, cardScroll + page)
    case .pageUp:
      guard cardScroll > 0 else { return false }
      cardScroll = max(0, cardScroll - page)
    default: return false
    }
    return true
  }

  /// Whether the card on screen is taller than the screen (its keys then say ↑↓ scroll).
  var cardScrolls: Bool {
    guard let card else { return false }
    return cardPanel(card).maxScroll(areaWidth: cardArea.width, areaHeight: cardArea.height) > 0
  }

  /// Cards are drawn over everything but the bottom line.
  private var cardArea: (width: Int, height: Int) {
    (screenSize.width, max(0, screenSize.height - 1))
  }

  func drawCard(_ card: Card, into buffer: inout ScreenBuffer) {
    cardPanel(card).draw(into: &buffer, x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1))
  }

  private func cardPanel(_ card: Card) -> CardPanel {
    let dot = ascii ? " - " : " · "
    var panel: CardPanel
    switch card {
    case .introduction:
      panel = CardPanel(title: "Before you start", paragraphs: introduction)
      panel.footer = "Enter start" + dot + "q quit"
    case .narration:
      panel = CardPanel(
        title: "Step \(tutor.currentStep + 1)",
        paragraphs: shownTutor.narrationInFull.split(separator: "\n").map(String.init))
      panel.footer = "any key closes"
    case .closing:
      panel = CardPanel(title: "Summary", paragraphs: closing)
      panel.preformatted = rejectionReport
      if !settings.presenting, lessonID != nil {
        panel.highlight = "Lesson done" + (progress.scoreText.map { dot + $0 } ?? "")
      }
      panel.footer = "Enter close" + (lessonID == nil ? "" : dot + "m lesson menu") + dot + "q quit"
    }
    panel.styles = styles
    panel.ascii = ascii
    panel.presenter = settings.presenting
    if settings.presenting { panel.footer = nil }
    panel.scroll = cardScroll
    return panel
  }
}
