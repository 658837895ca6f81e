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
  /// What the recent steps forward changed, so stepping back undoes them.
  private var undoLog = StepUndoLog()
  /// States rebuilt from a checkpoint by `move` (the tests pin that a step back rebuilds none).
  private(set) var rebuildCount = 0

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
      for position in trace.eventIndices(of: index) {
        switch trace.events[position] {
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
    state = MachineState()
    marks = StepMarks(events: [])
    var first = rebuildState(before: start)
    advance(&first, to: start)
    state = first
    rebuildCount = 0
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
      Self.advance(&state, to: target, in: trace, log: &undoLog)
    } else if target >= 1, target < position, undoLog.covers(from: target, through: position) {
      // Undo back to the state before the target step, then redo that one step.
      for step in stride(from: position, through: target, by: -1) {
        _ = undoLog.undo(&state, step: step)
      }
      observe(state, events)
      Self.advance(&state, to: target, in: trace, log: &undoLog)
    } else {
      // Rebuild the state before the target step, then apply that step: one rebuild. Its
      // last steps are replayed with undo records, so the steps back after it are cheap.
      var next = rebuildState(before: target)
      observe(next, events)
      advance(&next, to: target)
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

  /// The state after step `step - 1`, rebuilt from a checkpoint; its last steps are
  /// replayed with undo records, so the steps back after a rebuild are cheap too.
  private mutating func rebuildState(before step: Int) -> MachineState {
    rebuildCount += 1
    undoLog.removeAll()
    guard step > 0 else { return MachineState() }
    let replayFrom = max(step - StepUndoLog.rebuildWindow, 1)
    var state = trace.state(after: replayFrom - 1)
    if replayFrom < step {
      for index in replayFrom..<step { advance(&state, to: index) }
    }
    return state
  }

  /// Applies step `step`'s events to the state after the step before it.
  private mutating func advance(_ state: inout MachineState, to step: Int) {
    Self.advance(&state, to: step, in: trace, log: &undoLog)
  }

  private static func advance(
    _ state: inout MachineState, to step: Int, in trace: Trace, log: inout StepUndoLog
  ) {
    let events = trace.events(of: step)
    if step > 0 {
      log.advance(&state, step: step, events: events, image: trace.image)
    } else {
      for event in events { state.apply(event, image: trace.image) }
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
