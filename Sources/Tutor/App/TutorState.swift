import Execution
import Screen
import Terminal

/// The tutor's whole state: the session (trace, position, animation), how it looks, what
/// overlay or input is open, and autoplay. `update` and `view` are pure.
struct TutorState: AppModel {
  var session: Session
  var options: TutorOptions
  var context: RenderContext
  /// The file or lesson name shown in the status line and the Code panel's title.
  var title: String
  /// The lesson's words, when there is a lesson.
  var narration: NarrationSource?
  var showsHelp = false
  /// Digits typed so far for "go to step N".
  var jumpInput = ""
  var isAutoplaying = false
  /// When autoplay last moved (or was started): it waits `options.autoplayDelay` after it.
  var lastAutoplayMove: Double? = nil
  /// The latest tick's time.
  var now = 0.0
  private(set) var exitStatus: Int32 = 0
  /// The narration for the current position, worked out when the position changes.
  private(set) var narrationText = ""
  /// Answers of a question still to be answered, hidden from the narration and the memory
  /// panels until it is.
  var hiddenAnswers = AnswerMask()
  /// The run is one rustc refuses, played as if it were allowed: its end is no real exit.
  var isWhatIf = false

  init(
    trace: Trace, title: String, options: TutorOptions = TutorOptions(), narration: NarrationSource? = nil,
    startStep: Int = 0
  ) {
    session = Session(trace: trace, position: startStep)
    self.options = options
    context = RenderContext(theme: Theme.named(options.theme), glyphs: BoxDrawing.make(ascii: options.ascii))
    self.title = title
    self.narration = narration
    narrationText = narrationFor(position: session.position, before: session.previousState)
  }

  var wantsTicks: Bool { session.animation != nil || isAutoplaying }

  mutating func update(_ message: Message) -> Bool {
    switch message {
    case .key(let key):
      return handle(key)
    case .tick(let seconds):
      tick(seconds)
      return true
    case .resize:
      // The view lays itself out for whatever size it is given; an animation keeps running.
      return true
    }
  }

  /// Moves to `target`; one step forward (and a jump into a stack overflow) animates.
  mutating func move(to target: Int) {
    let target = min(max(target, 0), session.lastPosition)
    guard target != session.position else { return }
    let narration = narration
    let image = session.image
    let previousEvents = session.trace.events(of: target - 1)
    var text = ""
    session.move(to: target, animate: options.animate, speed: options.speed) { before, events in
      text =
        narration?.text(target)
        ?? Narrator.narrate(
          image: image, step: target, before: before, events: events, previousEvents: previousEvents)
    }
    narrationText = text
    lastAutoplayMove = now
  }

  private func narrationFor(position: Int, before: MachineState) -> String {
    if let text = narration?.text(position) { return text }
    return Narrator.narrate(
      image: session.image, step: position, before: before, events: session.trace.events(of: position),
      previousEvents: session.trace.events(of: position - 1))
  }

  private mutating func tick(_ seconds: Double) {
    now = seconds
    if var clock = session.animation {
      if clock.tick(seconds) {
        session.animation = nil
        lastAutoplayMove = seconds
      } else {
        session.animation = clock
      }
      return
    }
    guard isAutoplaying else { return }
    guard let last = lastAutoplayMove else {
      lastAutoplayMove = seconds
      return
    }
    if session.isAtEnd {
      isAutoplaying = false
    } else if seconds - last >= options.autoplayDelay {
      move(to: session.position + 1)
      lastAutoplayMove = seconds
    }
  }

  mutating func quit() -> Bool {
    exitStatus = 0
    return false
  }
}
