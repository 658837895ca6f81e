/// Decides which ready thread runs next and for how many statements.
///
/// Without a seed it is memtutor's default: round-robin, `Interpreter.timeSlice` statements
/// each, the next ready thread after the running one. With a seed (`--schedule SEED`) a
/// pseudo-random generator seeded with it picks each slice's length (1 to `longestSlice`
/// statements, so threads can switch often) and which ready thread runs it (the running one may go on), so one seed is one
/// reproducible interleaving and another seed usually another. A real program's interleaving
/// is the operating system's choice and changes from run to run.
package struct ThreadScheduler: Sendable, Equatable {
  package static let longestSlice = 4

  package let seed: UInt64?
  /// SplitMix64's state: small, fast and the same on every platform.
  private var generator: UInt64

  package init(seed: UInt64?) {
    self.seed = seed
    generator = seed ?? 0
  }

  /// Statements the thread picked now runs before the scheduler chooses again.
  package mutating func sliceLength() -> Int {
    guard seed != nil else { return Interpreter.timeSlice }
    return 1 + Int(nextRandom() % UInt64(Self.longestSlice))
  }

  /// The thread to run next among `runnable` (thread numbers, ascending), after `current`;
  /// nil when none is runnable.
  package mutating func next(after current: Int, runnable: [Int]) -> Int? {
    guard !runnable.isEmpty else { return nil }
    guard seed != nil else { return runnable.first { $0 > current } ?? runnable.first }
    return runnable[Int(nextRandom() % UInt64(runnable.count))]
  }

  private mutating func nextRandom() -> UInt64 {
    generator &+= 0x9E37_79B9_7F4A_7C15
    var mixed = generator
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
