import Screen
import TestSupport
import Testing

@testable import Tutor

/// The screen for a room and with one panel zoomed (driven by the lesson session).
@Suite struct PresenterViewTests {
  func tutor() -> TutorState {
    var state = TutorState(
      trace: SampleTraces.vecGrowth(), title: "vec.rs", options: TutorOptions(animate: false))
    state.jump(to: 6)
    return state
  }

  @Test func presenterModeHidesKeyHintsAndShowsABigCounter() {
    var settings = PresenterSettings()
    settings.presenting = true
    let screen = tutor().view(width: 200, height: 60, settings: settings)
    #expect(!screen.text.contains("help"))
    #expect(screen.lines[2].hasSuffix("step  " + BigText.rows("7/9")[1]))
    let big = BigText.rows("7/9")
    #expect(screen.lines.contains { $0.contains(big[0]) })
    #expect(screen.cells.contains { $0.style == Theme.highContrast[.currentLine] })
  }

  @Test func presenterModeWorksAt80x24() {
    var settings = PresenterSettings()
    settings.presenting = true
    let screen = tutor().view(width: 80, height: 24, settings: settings)
    #expect(screen.text.contains("[1|2|3|4|5|·|·|·]"))
    #expect(!screen.lines[23].contains("quit"))
  }

  @Test(arguments: PresenterSettings.Zoom.allCases)
  func zoomGivesOnePanelTheScreen(zoom: PresenterSettings.Zoom) {
    var settings = PresenterSettings()
    settings.zoom = zoom
    let screen = tutor().view(width: 100, height: 30, settings: settings)
    let text = screen.text
    switch zoom {
    case .stack:
      #expect(screen.lines[0].hasPrefix("─ Stack"))
      #expect(!text.contains("─ Heap"))
    case .heap:
      #expect(screen.lines[0].hasPrefix("─ Heap"))
      #expect(text.contains("[1|2|3|4|5|·|·|·]"))
      #expect(!text.contains("─ Stack"))
    case .code:
      #expect(screen.lines[0].hasPrefix("─ Code"))
      #expect(text.contains("println!"))
      #expect(!text.contains("─ Stack"))
    }
    #expect(screen.lines[29].contains("step 7/9"))
  }
}
