import ArgumentParser
import Screen

/// The command-line options for lessons and the classroom: presenter mode, autoplay, where to
/// start, and extra lesson folders.
struct ClassroomOptions: ParsableArguments {
  @Flag(
    name: .customLong("present"),
    help: "Presenter mode: high contrast, big step counter, large narration, no key hints.")
  var present = false

  @Flag(name: .customLong("autoplay"), help: "Step on automatically (pauses at questions; `a` pauses).")
  var autoplay = false

  @Option(name: .customLong("delay"), help: "Seconds each step stays on screen during --autoplay.")
  var delay: Double = 4

  @Option(name: .customLong("step"), help: "Start at step K (counted from 1, as on screen).")
  var step: Int?

  @Option(name: .customLong("lessons"), help: "A folder of extra lesson files (may be repeated).")
  var lessonFolders: [String] = []

  func validate() throws {
    guard delay.isFinite, delay > 0, delay <= 3600 else {
      throw ValidationError("--delay must be a number of seconds above 0 (for example 3 or 1.5)")
    }
    if let step, step < 1 {
      throw ValidationError("--step counts from 1; got \(step)")
    }
  }

  var settings: PresenterSettings {
    PresenterSettings(presenting: present, autoplayDelay: autoplay ? delay : nil)
  }

  /// The theme to draw with: the one asked for; else mono under `NO_COLOR`; else high
  /// contrast for a presenter; else dark.
  func theme(requested: Theme.Name?, environment: [String: String]) -> Theme.Name {
    if let requested { return requested }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
    return present ? .highContrast : .dark
  }
}
