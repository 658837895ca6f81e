import Screen

/// How the tutor looks and moves, from the command line.
struct TutorOptions: Sendable, Equatable {
  var theme: Theme.Name = .dark
  var ascii = false
  var animate = true
  /// Animation and autoplay speed: 1 is normal, 2 twice as fast.
  var speed = 1.0
  /// The file given with `--input`, named in the status line of a program that reads
  /// standard input (nil: its input is empty).
  var inputName: String?

  static let speeds: [Double] = [0.25, 0.5, 1, 1.5, 2, 3, 4]

  /// Seconds autoplay waits on a step before moving on.
  var autoplayDelay: Double { 1.6 / max(speed, 0.01) }
}
