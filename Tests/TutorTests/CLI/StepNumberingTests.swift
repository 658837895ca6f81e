import Execution
import Foundation
import TestSupport
import Testing

@testable import Tutor

/// `trace`, `render` and the tutor count steps alike: from 1, step 1 being `fn main() {`.
@Suite struct StepNumberingTests {
  static let program = """
    fn main() {
        let x = 5;
        let name = String::from("Ida");
        println!("{} {}", x, name);
    }
    """

  @Test func traceRenderAndTheTutorNameTheSameStep() throws {
    let trace = try Engine.trace(source: Self.program, path: "simple.rs")
    let traced = TraceText(trace: trace).rendered()
    #expect(traced.contains("\nstep 1  line 1  col 1  │ fn main() {\n"))
    #expect(!traced.contains("\nstep 0 "))
    for step in 1...trace.stepCount {
      let line = trace.steps[step - 1].line
      #expect(traced.contains("\nstep \(step)  line \(line)  "), "trace, step \(step)")
      let screen = RenderCommand.render(
        trace: trace, title: "simple.rs", options: TutorOptions(), step: step - 1, width: 100, height: 30)
      #expect(screen.lines[0].contains("Step \(step) · line \(line)"), "render, step \(step)")
      #expect(screen.lines[29].contains("step \(step)/\(trace.stepCount)"), "render, step \(step)")
      var tutor = TutorState(trace: trace, title: "simple.rs")
      tutor.jump(to: step - 1)
      #expect(tutor.statusLine.position + 1 == step)
      #expect(tutor.narrationTitle == "Step \(step) · line \(line)")
    }
  }

  @Test func renderDrawsALessonFileAsTheTutorDoes() throws {
    let directory = try TemporaryDirectory()
    let lesson = TestPaths.lessons.appendingPathComponent("05-runaway-recursion.rs").path
    let result = try MemtutorCommand.run(
      "\"$MEMTUTOR\" render '\(lesson)' --step 3 --size 100x30", in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    // The lesson's `//! stack: 16KiB`, not the default 8 MiB.
    #expect(result.stdout.contains("of 16 KiB"))
    #expect(!result.stdout.contains("of 8 MiB"))
    // Its markup is hidden from the Code panel, and its own words narrate.
    #expect(!result.stdout.contains("// >"))
    #expect(!result.stdout.contains("//!"))
    #expect(result.stdout.contains(" 5 Stack overflow: endless calls · step 3/"))
  }

  @Test func renderPlaysALessonAboutARejectedProgramAsAWhatIf() throws {
    let directory = try TemporaryDirectory()
    let lesson = TestPaths.lessons.appendingPathComponent("12-invalidated-reference.rs").path
    let result = try MemtutorCommand.run(
      "\"$MEMTUTOR\" render '\(lesson)' --step 1 --size 100x30", in: directory.url)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Step 1 · line "))
  }
}
