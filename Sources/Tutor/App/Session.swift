import Execution
import Screen

/// A trace being watched: the position in it, the state at that position, and the
/// animation leading to it. Moving only reads the trace; nothing is re-run.
struct Session: Sendable {
  let trace: Trace
  /// Source lines, tabs expanded.
  let sourceLines: [String]
  /// For each source line (index 0 is line 1), the first step that ran it (`Int.max` if none).
  let firstRun: [Int]
  /// Frames on the stack after each step (for step over / step out).
  let depths: [Int32]

  private(set) var position: Int
  private(set) var state: MachineState
  /// What the current step touched.
  private(set) var marks: StepMarks
  /// The animation into the current position, while it runs.
  var animation: AnimationClock?

  init(trace: Trace, position: Int = 0) {
    self.trace = trace
    sourceLines = CodeView.split(trace.image.source)
    var firstRun = Array(repeating: Int.max, count: sourceLines.count)
    var depths: [Int32] = []
    depths.reserveCapacity(trace.stepCount)
    var depth: Int32 = 0
    for (index, step) in trace.steps.enumerated() {
      let line = Int(step.line) - 1
      if firstRun.indices.contains(line), firstRun[line] == Int.max { firstRun[line] = index }
      for event in trace.events(of: index) {
        switch event {
        case .framePushed: depth += 1
        case .framePopped: depth -= 1
        default: break
        }
      }
      depths.append(depth)
    }
    self.firstRun = firstRun
    self.depths = depths
    let start = min(max(position, 0), max(trace.stepCount - 1, 0))
    self.position = start
    state = trace.state(after: start)
    marks = StepMarks(events: trace.events(of: start))
  }

  var stepCount: Int { trace.stepCount }
  var lastPosition: Int { max(stepCount - 1, 0) }
  var isAtEnd: Bool { position >= lastPosition }
  var image: ProgramImage { trace.image }

  /// The state just before the current step (rebuilt from the trace).
  var previousState: MachineState {
    position > 0 ? trace.state(after: position - 1) : MachineState()
  }

  /// Moves to `target` (clamped). One step forward applies that step's events and may
  /// animate; a jump forward animates only a stack overflow; moving back never animates.
  /// `observe` sees the state just before the target step and that step's events (for the
  /// narration) without copying a state: a 200,000-frame stack is expensive to copy.
  mutating func move(
    to target: Int, animate: Bool, speed: Double,
    observe: (_ before: MachineState, _ events: ArraySlice<Event>) -> Void = { _, _ in }
  ) {
    let target = min(max(target, 0), lastPosition)
    guard target != position || stepCount == 0 else { return }
    var transition: Transition? = nil
    let events = trace.events(of: target)
    if target == position + 1 {
      observe(state, events)
      transition = Transition.step(from: state, events: events)
      for event in events { state.apply(event, image: trace.image) }
    } else {
      // Rebuild the state before the target step, then apply that step: one rebuild.
      var next = target > 0 ? trace.state(after: target - 1) : MachineState()
      observe(next, events)
      for event in events { next.apply(event, image: trace.image) }
      if target > position { transition = Transition.jump(from: state, to: next) }
      state = next
    }
    position = target
    marks = StepMarks(events: trace.events(of: target))
    if animate, let transition {
      animation = AnimationClock(transition: transition, speed: speed)
    } else {
      animation = nil
    }
  }

  /// The next position at the same or a shallower depth: the whole call on the next line
  /// runs in one go. The end of the trace when there is none.
  func stepOverTarget() -> Int {
    guard position < lastPosition else { return position }
    let here = depths[position]
    var index = position + 1
    while index < lastPosition, depths[index] > here { index += 1 }
    return index
  }

  /// The first position after the current frame has been popped.
  func stepOutTarget() -> Int {
    guard position < lastPosition else { return position }
    let here = depths[position]
    var index = position + 1
    while index < lastPosition, depths[index] >= here { index += 1 }
    return index
  }

  /// The line the next step runs, or nil at the end.
  var nextLine: Int? {
    guard position + 1 < stepCount else { return nil }
    return Int(trace.steps[position + 1].line)
  }

  var currentLine: Int? {
    trace.steps.indices.contains(position) ? Int(trace.steps[position].line) : nil
  }

  var codeHasRun: [Bool] {
    firstRun.map { $0 <= position }
  }
}
