/// How a lesson is shown to a room: presenter mode, autoplay, the blank screen and zoom.
struct PresenterSettings: Sendable, Equatable {
  /// One panel given the whole screen (`z` cycles Stack, Heap, Code, then back).
  enum Zoom: String, Sendable, Equatable, CaseIterable {
    case stack = "Stack"
    case heap = "Heap"
    case code = "Code"

    /// The next zoom after this one; nil means back to the full layout.
    var next: Zoom? {
      switch self {
      case .stack: .heap
      case .heap: .code
      case .code: nil
      }
    }
  }

  /// Presenter mode: high-contrast, big step counter, no key hints, large narration.
  var presenting = false
  /// Seconds between automatic steps; nil when not autoplaying.
  var autoplayDelay: Double?
  var zoom: Zoom?
  var blanked = false

  static let learner = PresenterSettings()

  mutating func cycleZoom() {
    if let current = zoom {
      zoom = current.next
    } else {
      zoom = .stack
    }
  }
}
