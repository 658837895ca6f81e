import ArgumentParser
import Foundation

struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the lesson menu, a lesson, or a Rust file in the tutor (the default command).",
    discussion: """
      memtutor                  the lesson menu (resumes where you left off)
      memtutor 3                lesson 3 (or by name: memtutor stack-overflow)
      memtutor path/to/file.rs  your own program, narrated step by step
      memtutor --present 5      lesson 5 for a room: high contrast, big type, clicker keys

      Keys: → next step, ← previous, Home/End first/last, a number then Enter to jump, o step \
      over a call, u step out, a autoplay, + and - speed, ? help, q quit (Esc asks first). In a \
      lesson: 1–4 or a number and Enter answer a question (Esc closes it), m lesson menu, b blank \
      screen, z zoom a panel. A clicker's PgDn/PgUp step; a press during an animation finishes it \
      and moves on.
      """)

  @Argument(help: "A lesson number or name, or a Rust file (FILE.rs). Leave out for the lesson menu.")
  var target: String?

  @OptionGroup var look: TutorCommandOptions

  @Flag(name: .customLong("no-animation"), help: "Move between steps without animating.")
  var noAnimation = false

  @Option(help: "Animation and autoplay speed (1 is normal, 2 twice as fast).")
  var speed: Double = 1

  @OptionGroup var classroom: ClassroomOptions

  func validate() throws {
    guard speed > 0, speed <= 16 else { throw ValidationError("--speed must be above 0 and at most 16") }
  }

  func run() throws {
    var options = TutorOptions()
    options.theme = classroom.theme(requested: look.theme, environment: ProcessInfo.processInfo.environment)
    options.ascii = look.ascii
    options.animate = !noAnimation
    options.speed = speed
    options.inputName = look.input.map(ProgramLoader.displayName)
    let launch = TutorLaunch(options: options, classroom: classroom, engineOptions: try look.engineOptions())
    let status: Int32
    if let target {
      status = try Self.isProgramFile(target) ? launch.file(target) : launch.lesson(target)
    } else {
      status = try launch.menu()
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// A `.rs` file that is not a lesson (a lesson file opens with its narration and questions).
  static func isProgramFile(_ target: String) -> Bool {
    guard target.hasSuffix(".rs") else { return false }
    guard let data = FileManager.default.contents(atPath: target) else { return true }
    let text = String(decoding: data.prefix(4096), as: UTF8.self)
    return !text.split(separator: "\n").contains { $0.hasPrefix("//! title:") }
  }
}
