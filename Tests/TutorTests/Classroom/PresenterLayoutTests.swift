import Screen
import TestSupport
import Testing

@testable import Tutor

@Suite struct PresenterLayoutTests {
  static let narration =
    "The `Vec` is full: `len` 4 equals `cap` 4. This push needs room for a fifth element, so the Vec asks "
    + "the allocator for a block twice as big and copies the four elements across."

  static func tutor(theme: Theme.Name = .highContrast) -> TutorState {
    var options = TutorOptions()
    options.theme = theme
    var tutor = TutorState(
      trace: SampleTraces.vecGrowth(), title: "6 The heap and growth", options: options,
      narration: NarrationSource(title: "The heap and growth") { step in step == 3 ? narration : nil })
    tutor.jump(to: 3)
    return tutor
  }

  static let presenting = PresenterSettings(presenting: true)

  @Test func largeScreenHasBigCounterSpacedPanelsAndLargeNarration() {
    let screen = Self.tutor().view(width: 200, height: 60, settings: Self.presenting)
    let lines = screen.lines
    // The counter "4/9" in three-row digits at the top right, the title on the left.
    let counter = BigText.rows("4/9")
    for row in 0..<3 { #expect(lines[1 + row].hasSuffix(counter[row])) }
    // The lesson number in big digits too, the title beside it.
    let number = BigText.rows("6")
    for row in 0..<3 { #expect(lines[1 + row].hasPrefix("   " + number[row])) }
    #expect(lines[2].hasPrefix("   " + number[1] + "  The heap and growth"))
    #expect(lines[2].contains("step"))
    // Panels, spaced from the edges.
    #expect(lines.contains { $0.hasPrefix("  ─ Code · vec.rs") })
    #expect(lines.contains { $0.contains("─ Stack · grows ↓") })
    #expect(lines.contains { $0.contains("─ Heap · 1 block · 16 B") })
    // No key hints anywhere.
    #expect(!screen.text.contains("? help"))
    #expect(!screen.text.contains("q quit"))
    // The narration: centred lines of at most 100 columns, double-spaced.
    let narrationRows = lines.indices.filter {
      lines[$0].contains("Vec is full") || lines[$0].contains("allocator")
    }
    #expect(narrationRows.count == 2)
    if narrationRows.count == 2 {
      #expect(narrationRows[1] - narrationRows[0] == 2)
      let indent = lines[narrationRows[0]].prefix { $0 == " " }.count
      #expect(indent == 50)
    }
    #expect(narrationRows.allSatisfy { $0 >= 42 })
  }

  @Test func smallScreenKeepsTheUsualLayoutWithoutKeyHints() {
    let screen = Self.tutor().view(width: 80, height: 24, settings: Self.presenting)
    let lines = screen.lines
    #expect(lines.contains { $0.hasPrefix("─ Code · vec.rs") })
    #expect(lines.contains { $0.contains("Stack") } && lines.contains { $0.contains("Heap") })
    #expect(screen.text.contains("The Vec is full: len 4 equals cap"))
    #expect(lines[23].contains("step 4/9"))
    #expect(!screen.text.contains("quit"))
  }

  @Test func largeLayoutLeavesNoPanelOverlapping() {
    for (width, height) in [(120, 36), (160, 48), (200, 60), (300, 80)] {
      let layout = PresenterLayout(width: width, height: height, hasOutput: true, staticCount: 3)
      let panels =
        [layout.header, layout.code, layout.stack, layout.gutter, layout.heap, layout.narration]
        + [layout.output, layout.statics].compactMap { $0 }
      for (index, panel) in panels.enumerated() {
        #expect(panel.width > 0 && panel.height > 0)
        #expect(panel.maxX <= width && panel.maxY <= height)
        for other in panels[(index + 1)...] {
          let overlaps =
            panel.x < other.maxX && other.x < panel.maxX && panel.y < other.maxY && other.y < panel.maxY
          #expect(!overlaps, "\(panel) overlaps \(other) at \(width)x\(height)")
        }
      }
    }
  }

  @Test func theStepCounterFollowsTheStepAndAJumpBeingTyped() {
    var tutor = Self.tutor()
    _ = tutor.update(.key(.character("7")))
    let lines = tutor.view(width: 200, height: 60, settings: Self.presenting).lines
    #expect(lines[3].hasPrefix("   " + BigText.rows("6")[2] + "  go to step 7_"))
    _ = tutor.update(.key(.enter))
    #expect(
      tutor.view(width: 200, height: 60, settings: Self.presenting).lines[1].hasSuffix(BigText.rows("7/9")[0])
    )
  }

  @Test func zoomGivesOnePanelTheWholeBody() {
    let tutor = Self.tutor()
    var settings = Self.presenting
    settings.zoom = .heap
    let zoomed = tutor.view(width: 200, height: 60, settings: settings).lines
    #expect(zoomed.contains { $0.contains("─ Heap · 1 block · 16 B") })
    #expect(!zoomed.contains { $0.contains("Stack · grows") })
    #expect(!zoomed.contains { $0.contains("Code · vec.rs") })
  }

  @Test func monoThemeUsesNoColour() {
    let screen = Self.tutor(theme: .mono).view(width: 200, height: 60, settings: Self.presenting)
    #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
  }

  @Test func headerSaysWhenAutoplayRuns() {
    var settings = Self.presenting
    settings.autoplayDelay = 2.5
    let lines = Self.tutor().view(width: 200, height: 60, settings: settings).lines
    #expect(lines[3].hasPrefix("   " + BigText.rows("6")[2] + "  autoplay, 2.5 s a step (a pauses)"))
    #expect(TutorState.seconds(4) == "4 s")
  }
}
