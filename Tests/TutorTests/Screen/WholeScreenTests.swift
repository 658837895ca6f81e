import Execution
import ScreenTestSupport
import TestSupport
import Testing

@testable import Tutor

/// Whole screens of the seed snippets at 80×24 and 160×48, as text.
@Suite struct WholeScreenTests {
  static let cases: [(name: String, trace: @Sendable () -> Trace, step: Int)] = [
    ("hello", SampleTraces.hello, 1),
    ("say_name", SampleTraces.sayName, 1),
    ("vec", SampleTraces.vecGrowth, 6),
    ("add", SampleTraces.twoCalls, 3),
    ("recursion", { SampleTraces.recursion() }, -1),
  ]

  @Test(arguments: [(80, 24), (160, 48)])
  func seedSnippets(width: Int, height: Int) {
    for entry in Self.cases {
      let trace = entry.trace()
      let step = entry.step < 0 ? trace.stepCount - 1 : entry.step
      let screen = RenderCommand.render(
        trace: trace, title: "\(entry.name).rs", options: TutorOptions(), step: step, width: width,
        height: height)
      Snapshot.check(screen.text, named: "\(entry.name)-step\(step + 1)-\(width)x\(height)")
    }
  }

  @Test func reallocationHalfway() {
    let screen = RenderCommand.render(
      trace: SampleTraces.vecGrowth(), title: "vec.rs", options: TutorOptions(), step: 6, width: 100,
      height: 30,
      progress: 0.5)
    Snapshot.check(screen.text, named: "vec-step7-halfway-100x30")
  }

  @Test func asciiScreen() {
    let screen = RenderCommand.render(
      trace: SampleTraces.sayName(), title: "say_name.rs", options: TutorOptions(ascii: true), step: 1,
      width: 80,
      height: 24)
    Snapshot.check(screen.text, named: "say_name-step2-80x24-ascii")
  }
}
