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

  package init(
    stackLimit: Int = 8 * 1024 * 1024, stepBudget: Int = 2_000_000, heapBudget: Int = 512 * 1024 * 1024,
    outputBudget: Int = 16 * 1024 * 1024
  ) {
    self.stackLimit = stackLimit
    self.stepBudget = stepBudget
    self.heapBudget = heapBudget
    self.outputBudget = outputBudget
  }
}
