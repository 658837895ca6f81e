import Screen

/// A running animation: its transition, how long it lasts at the chosen speed, and how far
/// it has got. Driven by the loop's ticks (seconds since start); the first tick starts it.
struct AnimationClock: Sendable, Equatable {
  var transition: Transition
  /// Seconds it takes at the current speed.
  var duration: Double
  var start: Double? = nil
  private(set) var progress: Double = 0

  init(transition: Transition, speed: Double) {
    self.transition = transition
    duration = transition.duration / max(speed, 0.01)
  }

  init(transition: Transition, progress: Double) {
    self.transition = transition
    duration = transition.duration
    self.progress = min(max(progress, 0), 1)
  }

  var isFinished: Bool { progress >= 1 }

  /// Advances to time `now`; returns whether the animation has finished.
  mutating func tick(_ now: Double) -> Bool {
    guard let start else {
      start = now
      return false
    }
    progress = duration > 0 ? min(1, max(0, (now - start) / duration)) : 1
    return progress >= 1
  }

  var frame: AnimationFrame {
    Animation.frame(for: transition, progress: progress)
  }
}
