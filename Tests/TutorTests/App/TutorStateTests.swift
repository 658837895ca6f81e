import Execution
import Terminal
import TestSupport
import Testing

@testable import Tutor

/// Key scripts driving `update`, checked through `view` and the session's position.
@Suite struct TutorStateTests {
  func tutor(_ trace: Trace, animate: Bool = false) -> TutorState {
    TutorState(trace: trace, title: "demo.rs", options: TutorOptions(animate: animate))
  }

  func statusLine(_ state: TutorState) -> String {
    state.view(width: 100, height: 30).lines[29]
  }

  @Test func forwardToTheEndAndBackToTheStart() {
    let trace = SampleTraces.sayName()
    var state = tutor(trace)
    #expect(statusLine(state).hasPrefix(" demo.rs · step 1/6"))
    let forward: [Key] = [.right, .character("l"), .character("n"), .character(" "), .enter, .pageDown]
    for (index, key) in forward.enumerated() {
      let running = state.update(.key(key))
      #expect(running)
      #expect(state.currentStep == min(index + 1, 5), "after \(key)")
    }
    #expect(statusLine(state).hasPrefix(" demo.rs · step 6/6 · exit 0"))
    let backward: [Key] = [.left, .character("h"), .character("p"), .backspace, .pageUp]
    for (index, key) in backward.enumerated() {
      let running = state.update(.key(key))
      #expect(running)
      #expect(state.currentStep == 4 - index, "after \(key)")
    }
    #expect(state.currentStep == 0)
    _ = state.update(.key(.left))
    #expect(state.currentStep == 0)
  }

  @Test func everyStepDrawsAndTheStateMatchesTheTrace() {
    for trace in [
      SampleTraces.hello(), SampleTraces.sayName(), SampleTraces.vecGrowth(), SampleTraces.twoCalls(),
    ] {
      var state = tutor(trace, animate: true)
      for step in 1..<trace.stepCount {
        _ = state.update(.key(.right))
        _ = state.update(.tick(Double(step)))
        _ = state.update(.tick(Double(step) + 5))
        #expect(state.currentStep == step)
        #expect(state.session.state == trace.state(after: step))
        #expect(state.session.animation == nil)
        #expect(state.view(width: 80, height: 24).lines.count == 24)
      }
      for step in stride(from: trace.stepCount - 2, through: 0, by: -1) {
        _ = state.update(.key(.left))
        #expect(state.session.state == trace.state(after: step))
      }
    }
  }

  @Test func firstAndLast() {
    var state = tutor(SampleTraces.vecGrowth())
    _ = state.update(.key(.end))
    #expect(state.currentStep == 8)
    _ = state.update(.key(.home))
    #expect(state.currentStep == 0)
    _ = state.update(.key(.character("G")))
    #expect(state.currentStep == 8)
    _ = state.update(.key(.character("g")))
    #expect(state.currentStep == 0)
  }

  @Test func typingAStepNumberJumpsThere() {
    var state = tutor(SampleTraces.vecGrowth())
    _ = state.update(.key(.character("7")))
    #expect(statusLine(state).contains("go to step: 7_"))
    #expect(state.currentStep == 0)
    _ = state.update(.key(.enter))
    #expect(state.currentStep == 6)
    #expect(statusLine(state).hasPrefix(" demo.rs · step 7/9"))
    // Two digits, a correction, and a number past the end.
    for key: Key in [.character("1"), .character("2"), .backspace, .character("5"), .enter] {
      _ = state.update(.key(key))
    }
    #expect(state.currentStep == 8)
    _ = state.update(.key(.character("3")))
    _ = state.update(.key(.escape))
    #expect(state.currentStep == 8)
    #expect(!statusLine(state).contains("go to step"))
  }

  @Test func stepOverRunsTheWholeCall() {
    let trace = SampleTraces.twoCalls()
    var state = tutor(trace)
    _ = state.update(.key(.right))  // x = 2; next line calls add
    _ = state.update(.key(.character("o")))
    #expect(state.currentStep == 4)
    #expect(state.session.state.frames.count == 1)
    #expect(state.view(width: 100, height: 30).text.contains("dfe8 5 "))
  }

  @Test func stepOutLeavesTheCurrentCall() {
    var state = tutor(SampleTraces.twoCalls())
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))  // inside add
    #expect(state.session.state.frames.count == 2)
    _ = state.update(.key(.character("u")))
    #expect(state.currentStep == 4)
    #expect(state.session.state.frames.count == 1)
  }

  @Test func stepOverARecursionThatNeverReturnsGoesToTheOverflow() {
    let trace = SampleTraces.recursion()
    var state = tutor(trace, animate: true)
    _ = state.update(.key(.character("o")))
    #expect(state.currentStep == trace.stepCount - 1)
    #expect(state.session.state.status == .overflowed)
    // The overflow plays as a montage, not as 1,920 steps.
    #expect(state.wantsTicks)
    _ = state.update(.tick(0))
    _ = state.update(.tick(10))
    #expect(!state.wantsTicks)
    #expect(statusLine(state).contains("stack overflow · exit 134"))
  }

  @Test func aKeyDuringAnAnimationFinishesItAndDoesItsJob() {
    var state = tutor(SampleTraces.twoCalls(), animate: true)
    _ = state.update(.key(.right))  // x = 2: a write, nothing to animate
    #expect(!state.wantsTicks)
    _ = state.update(.key(.right))  // the call to add: the frame slides in
    #expect(state.wantsTicks)
    #expect(state.currentStep == 2)
    _ = state.update(.key(.right))
    // That press finished the call's animation and moved on to the next step.
    #expect(state.currentStep == 3)
    _ = state.update(.key(.left))
    #expect(state.currentStep == 2)
  }

  @Test func ticksPlayTheAnimationThenStopWantingThem() {
    var state = tutor(SampleTraces.twoCalls(), animate: true)
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))  // push of add: 0.5 s
    _ = state.update(.tick(1.0))
    _ = state.update(.tick(1.25))
    #expect(state.session.animation.map { $0.progress > 0.4 && $0.progress < 0.6 } == true)
    _ = state.update(.tick(1.6))
    #expect(state.session.animation == nil)
    #expect(!state.wantsTicks)
  }

  @Test func speedChangesAnimationLength() {
    var state = tutor(SampleTraces.twoCalls(), animate: true)
    _ = state.update(.key(.character("+")))
    #expect(state.options.speed == 1.5)
    _ = state.update(.key(.character("+")))
    #expect(state.options.speed == 2)
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))
    #expect(state.session.animation?.duration == 0.25)
    for _ in 0..<10 { _ = state.update(.key(.character("-"))) }
    #expect(state.options.speed == TutorOptions.speeds[0])
  }

  @Test func autoplayStepsOnTicksAndStopsAtTheEnd() {
    let trace = SampleTraces.hello()
    var state = tutor(trace)
    _ = state.update(.key(.character("a")))
    #expect(state.wantsTicks)
    #expect(statusLine(state).contains("autoplay ×1"))
    var time = 0.0
    for _ in 0..<40 {
      time += 0.5
      _ = state.update(.tick(time))
    }
    #expect(state.currentStep == trace.stepCount - 1)
    #expect(!state.isAutoplaying)
    #expect(!state.wantsTicks)
  }

  @Test func autoplayWaitsBetweenSteps() {
    var state = tutor(SampleTraces.vecGrowth())
    _ = state.update(.key(.character("a")))
    _ = state.update(.tick(10))
    _ = state.update(.tick(10.5))
    #expect(state.currentStep == 0)
    _ = state.update(.tick(11.7))
    #expect(state.currentStep == 1)
    _ = state.update(.key(.character("a")))
    _ = state.update(.tick(20))
    #expect(state.currentStep == 1)
  }

  @Test func helpOverlayListsEveryKeyAndEscClosesItFirst() {
    var state = tutor(SampleTraces.hello())
    _ = state.update(.key(.character("?")))
    let text = state.view(width: 100, height: 30).text
    for key in [
      "→ l n Space Enter PgDn", "← h p Backspace PgUp", "Home g", "End G", "digits, then Enter", "o ", "u ",
      "a ", "+  -", "q  Esc",
    ] {
      #expect(text.contains(key), "help lacks \(key)")
    }
    #expect(text.contains("stores them as cap, ptr, len"))
    let afterRight = state.update(.key(.right))
    #expect(afterRight)
    #expect(state.currentStep == 0)
    let afterEscape = state.update(.key(.escape))
    #expect(afterEscape)
    #expect(!state.view(width: 100, height: 30).text.contains("digits, then Enter"))
    let afterSecondEscape = state.update(.key(.escape))
    #expect(!afterSecondEscape)
    #expect(state.exitStatus == 0)
  }

  @Test func qQuitsWithStatusZero() {
    var state = tutor(SampleTraces.hello(), animate: true)
    _ = state.update(.key(.right))
    let afterQ = state.update(.key(.character("q")))
    #expect(!afterQ)
    #expect(state.exitStatus == 0)
  }

  @Test func resizeMidAnimationKeepsItRunning() {
    var state = tutor(SampleTraces.twoCalls(), animate: true)
    _ = state.update(.key(.right))
    _ = state.update(.key(.right))
    _ = state.update(.tick(0))
    _ = state.update(.resize(width: 120, height: 40))
    #expect(state.session.animation != nil)
    #expect(state.view(width: 120, height: 40).lines.count == 40)
    #expect(state.view(width: 50, height: 10).text.contains("terminal too small"))
  }

  @Test func lessonNarrationWinsWhereItHasWords() {
    let narration = NarrationSource(title: "Lesson 1") { step in step == 1 ? "The lesson's own words." : nil }
    var state = TutorState(
      trace: SampleTraces.hello(), title: "hello.rs", options: TutorOptions(animate: false),
      narration: narration)
    _ = state.update(.key(.right))
    #expect(state.narrationText == "The lesson's own words.")
    _ = state.update(.key(.right))
    #expect(state.narrationText == "Printed \"hello world\".")
  }

  @Test func jumpIsInstantForTheLessonLayer() {
    var state = tutor(SampleTraces.twoCalls(), animate: true)
    state.jump(to: 3)
    #expect(state.currentStep == 3)
    #expect(state.session.animation == nil)
    #expect(state.stepCount == 7)
  }

  @Test func aTerminalWithoutColourOrUnicodeGetsMonoAndASCII() {
    var state = tutor(SampleTraces.hello())
    state.configure(for: TerminalCapabilities(supportsColor: false, colorCount: 0, supportsUnicode: false))
    let screen = state.view(width: 80, height: 24)
    #expect(!screen.cells.contains { $0.style.foreground != .default || $0.style.background != .default })
    #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
  }
}
