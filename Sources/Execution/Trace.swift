/// The recorded run of a program: every step and its events, plus checkpoints so any
/// step's state can be rebuilt without replaying from the start.
///
/// Step semantics: `steps[0]` is the program start (main's frame pushed); step k's events
/// are what running `steps[k].line` did; `state(after: k)` is the fold of the events of
/// steps 0…k. The screen at position k shows `state(after: k)`.
///
/// A run without `EngineOptions.recordsSteps` has no steps: its events are only the output
/// (consecutive pieces for one stream merged) and the stop and exit, and its outcome is whole.
package final class Trace: Sendable {
  package struct Outcome: Sendable, Equatable {
    package var stdout: String
    package var stderr: String
    package var exitStatus: Int32

    package init(stdout: String, stderr: String, exitStatus: Int32) {
      self.stdout = stdout
      self.stderr = stderr
      self.exitStatus = exitStatus
    }
  }

  package let image: ProgramImage
  package let steps: [Step]
  /// Every step's events, one after another (`Step.firstEvent ..< Step.endEvent`).
  package let events: EventLog
  package let outcome: Outcome
  /// `(step, state after that step)`, in step order; the first is always step 0's start.
  private let checkpoints: [(step: Int, state: MachineState)]
  /// False for the first steps of a longer run (`EngineOptions.prefixSteps`): the steps are
  /// the run's first ones, and the outcome is not known yet.
  package let isComplete: Bool

  package init(
    image: ProgramImage, steps: [Step], events: EventLog, outcome: Outcome,
    checkpoints: [(step: Int, state: MachineState)], isComplete: Bool = true
  ) {
    self.image = image
    self.steps = steps
    self.events = events
    self.outcome = outcome
    self.checkpoints = checkpoints
    self.isComplete = isComplete
  }

  package var stepCount: Int { steps.count }

  /// Step `step`'s events, rebuilt from the log (a few, in a fresh array).
  package func events(of step: Int) -> ArraySlice<Event> {
    let range = eventIndices(of: step)
    guard !range.isEmpty else { return [] }
    var result: [Event] = []
    result.reserveCapacity(range.count)
    for index in range { result.append(events[index]) }
    return result[...]
  }

  /// Where step `step`'s events are in `events` (empty for a step outside the trace): a walk
  /// over many steps reads them there, without an array per step.
  package func eventIndices(of step: Int) -> Range<Int> {
    guard steps.indices.contains(step) else { return 0..<0 }
    return Int(steps[step].firstEvent)..<Int(steps[step].endEvent)
  }

  /// The step of the nearest checkpoint at or before `step` (nil when there is none).
  package func checkpointStep(atOrBefore step: Int) -> Int? {
    var low = 0
    var high = checkpoints.count - 1
    var best: Int?
    while low <= high {
      let mid = (low + high) / 2
      if checkpoints[mid].step <= step {
        best = checkpoints[mid].step
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    return best
  }

  /// The state after step `step` (clamped to the trace), rebuilt from the nearest checkpoint.
  package func state(after step: Int) -> MachineState {
    guard !steps.isEmpty else { return MachineState() }
    let target = min(max(step, 0), steps.count - 1)
    var low = 0
    var high = checkpoints.count - 1
    var best: (step: Int, state: MachineState)? = nil
    while low <= high {
      let mid = (low + high) / 2
      if checkpoints[mid].step <= target {
        best = checkpoints[mid]
        low = mid + 1
      } else {
        high = mid - 1
      }
    }
    var state = best?.state ?? MachineState()
    let first = best.map { $0.step + 1 } ?? 0
    if first <= target {
      for index in first...target {
        for position in eventIndices(of: index) { state.apply(events[position], image: image) }
      }
    }
    return state
  }
}
