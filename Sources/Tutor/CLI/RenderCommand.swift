import ArgumentParser
import Course
import Execution
import Foundation
import Screen

struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print one screen of the tutor as plain text (for tests, docs and screen readers).",
    discussion: """
      Steps are numbered from 1, as in the status line and `memtutor trace`. A lesson file is \
      drawn as the tutor shows it (its stack size, its words, its markup hidden). With --frame or --progress the screen \
      is that moment of the animation leading into the step (steps that do not animate print \
      their still screen).
      """)

  @Argument(help: "The Rust file to render (FILE.rs).")
  var file: String

  @Option(help: "The step to show (from 1; the default is the first).")
  var step: Int = 1

  @Option(help: "Screen size as WIDTHxHEIGHT.")
  var size: String = "100x30"

  @Option(help: "Frame K (from 0, at 30 frames per second) of the animation into the step.")
  var frame: Int?

  @Option(help: "How far through the animation into the step, from 0 to 1.")
  var progress: Double?

  @OptionGroup var look: TutorCommandOptions

  func validate() throws {
    guard step >= 1 else { throw ValidationError("--step counts from 1") }
    guard Self.parseSize(size) != nil else {
      throw ValidationError("--size '\(size)' is not WIDTHxHEIGHT (for example 100x30)")
    }
    if frame != nil, progress != nil { throw ValidationError("give --frame or --progress, not both") }
    if let frame, frame < 0 { throw ValidationError("--frame counts from 0") }
    if let progress, !(0...1).contains(progress) { throw ValidationError("--progress is between 0 and 1") }
  }

  func run() throws {
    guard let (width, height) = Self.parseSize(size) else { throw ExitCode.validationFailure }
    // A lesson file is drawn as the tutor shows it: its stack size, its words, its markup hidden.
    let lesson = OpenCommand.isProgramFile(file) ? nil : try Self.lesson(at: file)
    let trace: Trace
    var narration: NarrationSource?
    if let lesson {
      do {
        trace = try Engine.trace(source: lesson.source, path: lesson.path, options: lesson.engineOptions)
      } catch {
        ProgramLoader.printError(error.rendered(file: lesson.path, source: lesson.source))
        throw ExitCode(ProgramLoader.diagnosticsExitStatus)
      }
      let narrator = LessonNarrator(lesson: lesson, trace: trace)
      narration = NarrationSource(title: lesson.title, hiddenLines: lesson.markupLines) { step in
        narrator.narration(forStep: step)
      }
    } else {
      trace = try ProgramLoader.trace(
        path: file, options: look.engineOptions(), pipedInput: look.input == nil)
    }
    guard step <= trace.stepCount else {
      ProgramLoader.printError("memtutor: step \(step) is past the end: \(file) has \(trace.stepCount) steps")
      throw ExitCode(64)
    }
    var options = TutorOptions()
    options.theme = look.themeName(environment: ProcessInfo.processInfo.environment)
    options.ascii = look.ascii
    let screen = Self.render(
      trace: trace, lesson: lesson,
      title: lesson.map { "\($0.number) \($0.title)" } ?? programTitle(trace),
      narration: narration, options: options, step: step, width: width, height: height, frame: frame,
      progress: progress)
    try CommandOutput.print(screen.text)
  }

  /// The file's name, and where its standard input came from when it reads it.
  private func programTitle(_ trace: Trace) -> String {
    let name = ProgramLoader.displayName(file)
    guard trace.image.readsStandardInput else { return name }
    let source =
      look.input.map(ProgramLoader.displayName) ?? (isatty(STDIN_FILENO) == 0 ? "piped" : nil)
    return name + " · " + LessonLauncher.inputNote(source)
  }

  /// The screen at `step` (from 1) of a program or lesson, as `render` prints it.
  static func render(
    trace: Trace, lesson: Lesson?, title: String, narration: NarrationSource?, options: TutorOptions,
    step: Int,
    width: Int, height: Int, frame: Int? = nil, progress: Double? = nil
  ) -> ScreenBuffer {
    var state = TutorState(
      trace: trace, title: title, options: options, narration: narration, startStep: max(0, step - 2))
    state.isWhatIf = lesson?.engineOptions.whatIf ?? false
    return render(state, step: step - 1, width: width, height: height, frame: frame, progress: progress)
  }

  /// The screen at `step` (0-based), or a moment of the animation into it.
  static func render(
    trace: Trace, title: String, options: TutorOptions, step: Int, width: Int, height: Int, frame: Int? = nil,
    progress: Double? = nil
  ) -> ScreenBuffer {
    let state = TutorState(trace: trace, title: title, options: options, startStep: max(0, step - 1))
    return render(state, step: step, width: width, height: height, frame: frame, progress: progress)
  }

  /// `state` (standing on the step before) moved to `step`, or a moment of the animation into it.
  static func render(
    _ state: TutorState, step: Int, width: Int, height: Int, frame: Int? = nil, progress: Double? = nil
  ) -> ScreenBuffer {
    var state = state
    if step > 0 {
      state.move(to: step)
    }
    if var clock = state.session.animation {
      if let frame {
        let count = Animation.frameCount(for: clock.transition, speed: 1)
        clock = AnimationClock(transition: clock.transition, progress: Double(frame) / Double(count))
        state.session.animation = clock.isFinished ? nil : clock
      } else if let progress {
        clock = AnimationClock(transition: clock.transition, progress: progress)
        state.session.animation = clock.isFinished ? nil : clock
      } else {
        state.session.animation = nil
      }
    }
    return state.view(width: width, height: height)
  }

  /// The lesson in the file at `path`, or a report of why it is not one.
  static func lesson(at path: String) throws -> Lesson {
    do {
      return try LessonParser.parse(contentsOf: path)
    } catch {
      let source = (try? SourceFile.read(path)) ?? ""
      ProgramLoader.printError(error.rendered(file: path, source: source))
      throw ExitCode(ProgramLoader.diagnosticsExitStatus)
    }
  }

  static func parseSize(_ text: String) -> (Int, Int)? {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width > 0, height > 0,
      width <= 1000, height <= 1000
    else { return nil }
    return (width, height)
  }
}
