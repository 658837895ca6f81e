import Testing

@testable import Tutor

/// The full-screen tutor never stops at Swift's interactive crash prompt.
@Suite struct CrashPromptTests {
  @Test func anInteractiveTerminalGetsTheSettingAdded() {
    #expect(CrashPrompt.adjustedSetting(current: nil, interactiveTerminal: true) == "interactive=no")
    #expect(CrashPrompt.adjustedSetting(current: "", interactiveTerminal: true) == "interactive=no")
    #expect(
      CrashPrompt.adjustedSetting(current: "color=no", interactiveTerminal: true) == "color=no,interactive=no"
    )
  }

  @Test func anExplicitChoiceOrAPipeIsLeftAlone() {
    #expect(CrashPrompt.adjustedSetting(current: "interactive=yes", interactiveTerminal: true) == nil)
    #expect(
      CrashPrompt.adjustedSetting(current: "enable=no,interactive=no", interactiveTerminal: true) == nil)
    #expect(CrashPrompt.adjustedSetting(current: nil, interactiveTerminal: false) == nil)
  }
}
