import Execution
import MemoryModel

extension Transition {
  /// Follows the threads through a step's events (which one runs, each one's state) and turns
  /// the thread and mutex events into effects.
  struct ThreadTracker {
    var running: Int
    var states: [ThreadState.RunState]

    init(_ previous: MachineState) {
      running = previous.runningThread
      states = previous.threads.map(\.runState)
    }

    mutating func effect(for event: Event) -> Effect? {
      switch event {
      case .threadSpawned(let thread):
        if states.count <= thread.number { states.append(thread.runState) }
        return thread.number > 0 ? .threadSpawn(number: thread.number) : nil
      case .threadSwitched(let number):
        guard number != running else { return nil }
        let effect = Effect.threadSwitch(from: running, to: number, states: states)
        if states.indices.contains(running), states[running] == .running { states[running] = .ready }
        if states.indices.contains(number) { states[number] = .running }
        running = number
        return effect
      case .threadStateChanged(let number, let state):
        if states.indices.contains(number) { states[number] = state }
        if case .finished = state { return .threadFinish(number: number) }
        return nil
      default:
        return nil
      }
    }

    /// The running thread, as a lock effect names it (nil before any spawn).
    var lockingThread: Int? { states.isEmpty ? nil : running }

    /// A write of `new` over `old` into the mutex's `place` that locks or unlocks it: the
    /// lock effect, and the position of the guard's write it plays (taking the lock), if any.
    func lockEffect(
      _ place: MutexChange.Place, changing old: Value, to new: Value, events: [Event], from position: Int,
      previousSlot: (SlotRef) -> FrameState.Slot?
    ) -> (effect: Effect, absorbedWrite: Int?)? {
      guard let locked = Self.lockChange(from: old, to: new) else { return nil }
      var change = MutexChange(locked: locked, thread: lockingThread, place: place)
      var absorbed: Int?
      if locked {
        // The guard is written right after the lock word, in the same statement.
        for later in (position + 1)..<events.count {
          guard case .slotWritten(let frameID, let slot, let written) = events[later] else { continue }
          if written.isMutexGuard {
            let ref = SlotRef(frameID: frameID, slot: slot)
            change.guardSlot = ref
            change.guardBefore = previousSlot(ref)
            absorbed = later
          }
          break
        }
      } else {
        // Unlocking: the guard went out of scope (or was moved into `drop`) just before.
        for earlier in stride(from: position - 1, through: 0, by: -1) {
          switch events[earlier] {
          case .slotDied(let frameID, let slot), .slotMovedOut(let frameID, let slot):
            let ref = SlotRef(frameID: frameID, slot: slot)
            if previousSlot(ref)?.value.isMutexGuard == true { change.guardSlot = ref }
          default:
            break
          }
          if change.guardSlot != nil { break }
        }
      }
      return (.lock(change), absorbed)
    }

    /// True when a mutex in `old` is locked in `new`, false when one is unlocked, nil when no
    /// lock word changed.
    static func lockChange(from old: Value, to new: Value) -> Bool? {
      let before = old.mutexLockWords
      let after = new.mutexLockWords
      guard before.count == after.count else { return nil }
      for (was, now) in zip(before, after) where was != now { return now }
      return nil
    }
  }
}

extension Transition {
  /// A mutex locked (`locked`) or unlocked by thread `thread` (nil: a program without threads).
  package struct MutexChange: Sendable, Equatable {
    /// Where the mutex lives, as it was before: in a heap block (an `Arc`'s) or in a slot.
    package enum Place: Sendable, Equatable {
      case block(Int, before: HeapBlock.Contents)
      case slot(SlotRef, before: FrameState.Slot)
    }

    package var locked: Bool
    package var thread: Int?
    package var place: Place
    /// The guard's slot, shown as it was (`guardBefore`) until the lock is taken.
    package var guardSlot: SlotRef? = nil
    package var guardBefore: FrameState.Slot? = nil
  }
}

extension Value {
  /// Whether each `Mutex` inside this value is locked, outermost first (its lock word is 1).
  var mutexLockWords: [Bool] {
    switch self {
    case .structure(let name, let fields):
      var words: [Bool] = []
      if name.hasPrefix("Mutex<"), fields.count == 3, case .integer(let word, _) = fields[0] {
        words.append(word != 0)
        words += fields[2].mutexLockWords
        return words
      }
      for field in fields { words += field.mutexLockWords }
      return words
    case .tuple(let items), .array(let items):
      return items.flatMap(\.mutexLockWords)
    case .variant(_, _, let payload):
      return payload.flatMap(\.mutexLockWords)
    default:
      return []
    }
  }

  /// A `MutexGuard` (the key to a locked mutex), as a slot holds it.
  var isMutexGuard: Bool {
    if case .structure(let name, _) = self { return name.hasPrefix("MutexGuard") }
    return false
  }
}
