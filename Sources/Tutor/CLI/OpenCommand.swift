import ArgumentParser
import Foundation

struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Step through a Rust file and watch its stack, heap and static data (the default command).",
    discussion: """
      Keys: → next step, ← previous, Home/End first/last, a number then Enter to jump, o step \
      over a call, u step out, a autoplay, + and - speed, ? help, q quit.
      """)

  @Argument(help: "The Rust file to open (FILE.rs).")
  var file: String?

  @OptionGroup var look: TutorCommandOptions

  @Flag(name: .customLong("no-animation"), help: "Move between steps without animating.")
  var noAnimation = false

  @Option(help: "Animation and autoplay speed (1 is normal, 2 twice as fast).")
  var speed: Double = 1

  @Option(help: "The step to start at (steps are numbered from 1).")
  var step: Int?

  func validate() throws {
    guard speed > 0, speed <= 16 else { throw ValidationError("--speed must be above 0 and at most 16") }
    if let step, step < 1 { throw ValidationError("--step counts from 1") }
  }

  func run() throws {
    guard let file else {
      print(Memtutor.helpMessage())
      return
    }
    let trace = try ProgramLoader.trace(path: file, options: look.engineOptions())
    var options = TutorOptions()
    options.theme = look.themeName(environment: ProcessInfo.processInfo.environment)
    options.ascii = look.ascii
    options.animate = !noAnimation
    options.speed = speed
    var model = TutorState(
      trace: trace, title: ProgramLoader.displayName(file), options: options, startStep: (step ?? 1) - 1)
    let status = TerminalRunner.run(&model)
    if status != 0 { throw ExitCode(status) }
  }
}
