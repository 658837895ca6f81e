/// Limits and settings for one run of the engine.
package struct EngineOptions: Sendable, Equatable {
  /// The modelled stack size in bytes.
  package var stackLimit: Int = 8 * 1024 * 1024
  /// Steps before a runaway program is stopped: enough for a recursion that fills the default 8 MiB stack (about 525,000 steps), small
  /// enough that a program that never ends is stopped within a second or two.
  package var stepBudget: Int = 2_000_000
  /// Bytes of live heap before the run is stopped.
  package var heapBudget: Int = 512 * 1024 * 1024
  /// Bytes of printed output before the run is stopped.
  package var outputBudget: Int = 16 * 1024 * 1024
  /// Run a program that rustc rejects for its moves or borrows as if the check were off, to
  /// show what would happen (the lessons' "what if" runs, `trace --what-if`).
  package var whatIf: Bool = false
  /// Bytes memtutor may hold for the run (values, events, checkpoints: an estimate, see
  /// `TraceRecorder.retainedBytes`) before it is stopped. Modelled bytes cost more than
  /// their size (a `u8` element is a whole `Value`), so this, not the heap budget, is what
  /// keeps memtutor's own memory well under a gigabyte.
  package var memoryBudget: Int = 320 * 1024 * 1024
  /// Seconds of running before the run is stopped: the last line of defence, for work the
  /// other budgets do not count. The commands and lessons set `commandTimeBudget`; nil (no
  /// clock) keeps a run's outcome independent of how loaded the machine is.
  package var timeBudget: Double? = nil
  /// False for `run`, which shows no step: the trace then holds no steps, no checkpoints
  /// and no events but the output and the end of the run, so memtutor's memory follows
  /// the program's live state instead of growing with every step (see `TraceRecorder`).
  package var recordsSteps: Bool = true
  /// Record only the first this many steps, then stop without an outcome: the tutor shows
  /// the start of a long program from such a prefix while the whole run is recorded in the
  /// background. The prefix's steps are the whole run's first steps (the run is deterministic).
  package var prefixSteps: Int? = nil
  /// Threads: nil runs them round-robin (memtutor's default interleaving); a seed picks another
  /// interleaving, the same for the same seed (`ThreadScheduler`, `--schedule`).
  package var scheduleSeed: UInt64? = nil
  /// What the program reads from standard input (`--input FILE`); `run` reads the real one
  /// instead (`Engine.run`'s `input`). Empty: `read_line` finds the end of input at once.
  package var standardInput: [UInt8] = []
  /// `run`'s step budget: recording nothing per step, it lets a loop of millions of
  /// iterations finish and leaves runaway programs to the time budget.
  package static let unrecordedStepBudget = 100_000_000
  /// What `run`, `trace`, the tutor and lessons give a program unless told otherwise.
  package static let commandTimeBudget: Double = 10

  package init(
    stackLimit: Int = 8 * 1024 * 1024, stepBudget: Int = 2_000_000, heapBudget: Int = 512 * 1024 * 1024,
    outputBudget: Int = 16 * 1024 * 1024, memoryBudget: Int = 320 * 1024 * 1024, timeBudget: Double? = nil
  ) {
    self.memoryBudget = memoryBudget
    self.stackLimit = stackLimit
    self.stepBudget = stepBudget
    self.heapBudget = heapBudget
    self.outputBudget = outputBudget
    self.timeBudget = timeBudget
  }
}
