/// Limits and settings for one run of the engine.
struct EngineOptions: Sendable, Equatable {
  /// The modelled stack size in bytes.
  var stackLimit = 8 * 1024 * 1024
  /// Steps before a runaway program is stopped: enough for a recursion that fills the default 8 MiB stack (about 525,000 steps), small
  /// enough that a program that never ends is stopped within a second or two.
  var stepBudget = 2_000_000
  /// Bytes of live heap before the run is stopped.
  var heapBudget = 512 * 1024 * 1024
  /// Bytes of printed output before the run is stopped.
  var outputBudget = 16 * 1024 * 1024
}
