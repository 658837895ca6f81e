import MemoryModel

/// The step, work, memory and time budgets, and stopping a run when one runs out.
extension Interpreter {
  /// Counts `elements` moved or copied as work (see `workDone`).
  package func chargeWork(_ elements: Int) throws {
    workDone += elements
    try checkBudgets()
  }

  /// Runs at every step: the budgets' comparisons here, the rest (reading the clock, and the
  /// stop with its message) only when one of them says so.
  @inline(__always) package func checkBudgets() throws {
    let progress = recorder.stepCount + workDone / Self.workPerStep
    if options.prefixSteps == nil, recorder.retainedBytes <= options.memoryBudget,
      progress <= options.stepBudget,
      options.timeBudget == nil || progress < nextClockCheck
    {
      return
    }
    try checkBudgetsInFull()
  }

  private func checkBudgetsInFull() throws {
    if let prefix = options.prefixSteps, recorder.stepCount > prefix { throw Halt.prefixRecorded }
    if recorder.exceedsMemory(options.memoryBudget) {
      try stop(
        "memtutor: stopped when its record of the run passed \(Self.grouped(options.memoryBudget)) bytes (memory budget); the program may allocate forever"
      )
    }
    if recorder.stepCount + workDone / Self.workPerStep > options.stepBudget {
      try stop(
        "memtutor: stopped after \(Self.grouped(options.stepBudget)) steps (--max-steps); the program may loop forever"
      )
    }
    // Reading the clock (and the call that gets here) costs several cheap steps: look every
    // 256 steps or equivalent units of work, well under a millisecond of running.
    guard let seconds = options.timeBudget else { return }
    let progress = recorder.stepCount + workDone / Self.workPerStep
    guard progress >= nextClockCheck else { return }
    nextClockCheck = progress + 256
    let elapsed = ContinuousClock.now - started - waitedForInput
    // Clamped: a huge `--max-seconds` must not overflow the conversion.
    if elapsed > .milliseconds(Int64(min(seconds, 1e9) * 1000)) {
      try stop(
        "memtutor: stopped after \(Self.seconds(seconds)) second\(seconds == 1 ? "" : "s") (--max-seconds); the program may run forever"
      )
    }
  }

  package static func seconds(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  package static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var result = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += "," }
      result.append(character)
    }
    return result
  }

  /// How deep a value may nest (a linked list of `Box`es) before printing, cloning or
  /// comparing it would take more than memtutor's own stack.
  package static let maximumValueDepth = 3000

  package func stopForDepth(_ action: String) throws -> Never {
    try stop(
      "memtutor: stopped: a value nested more than \(Self.grouped(Self.maximumValueDepth)) levels deep is too deep to \(action)"
    )
  }

  /// Ends the run because a budget ran out (exit status 3).
  package func stop(_ reason: String) throws -> Never {
    recorder.record(.stopped(reason: reason))
    recorder.noteStderr(reason + "\n")
    recorder.record(.exited(status: 3))
    throw Halt.finished(3)
  }
}
