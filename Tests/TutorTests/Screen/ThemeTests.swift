import Screen
import TestSupport
import Testing

@testable import Tutor

@Suite struct ThemeTests {
  @Test func monoUsesNoColour() {
    #expect(!Theme.mono.usesColour)
    for role in ThemeRole.allCases {
      let style = Theme.mono[role]
      #expect(style.foreground == .default && style.background == .default, "\(role) has a colour in mono")
    }
  }

  @Test func colourThemesUseColour() {
    for name in [Theme.Name.dark, .light, .highContrast] {
      #expect(Theme.named(name).usesColour, "\(name) should use colour")
    }
  }

  @Test func noColorMeansMono() {
    #expect(Theme.preferred(environment: ["NO_COLOR": "1"]).name == .mono)
    #expect(Theme.preferred(environment: ["NO_COLOR": ""]).name == .dark)
    #expect(Theme.preferred(environment: [:]).name == .dark)
  }

  @Test func theCurrentLineStandsOutInEveryTheme() {
    for name in Theme.Name.allCases {
      let theme = Theme.named(name)
      #expect(theme[.currentLine] != theme[.code], "\(name): the current line looks like any other")
      #expect(theme[.freedBlock] != theme[.heapBlock], "\(name): freed blocks do not fade")
    }
  }

  @Test func monoScreenHasNoColouredCell() {
    var state = TutorState(
      trace: SampleTraces.vecGrowth(), title: "vec.rs", options: TutorOptions(theme: .mono, animate: false))
    state.move(to: 6)
    let screen = state.view(width: 100, height: 30)
    let coloured = screen.cells.filter { $0.style.foreground != .default || $0.style.background != .default }
    #expect(coloured.isEmpty)
    // Mono still marks the current line, with reverse video.
    #expect(screen.cells.contains { $0.style.reverse })
  }

  @Test func asciiScreenHasOnlyAscii() {
    var state = TutorState(
      trace: SampleTraces.vecGrowth(), title: "vec.rs", options: TutorOptions(ascii: true, animate: false))
    state.move(to: 6)
    let text = state.view(width: 100, height: 30).text
    let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
    #expect(nonASCII.isEmpty, "non-ASCII: \(String(String.UnicodeScalarView(nonASCII)))")
    #expect(text.contains("+-"))
    #expect(text.contains(">|"))
  }
}
