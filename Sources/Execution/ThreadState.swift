import MemoryModel

/// One thread as the screen sees it: its name, its stack region, whether it runs, waits or
/// has finished, and its frames while another thread runs. `MachineState.threads` is empty for
/// a program that never spawns; once it spawns, main is thread 0 and each spawned thread the
/// next number, in spawn order.
package struct ThreadState: Sendable, Equatable {
  package enum RunState: Sendable, Equatable {
    /// The thread the machine is running now.
    case running
    /// Ready to run when the scheduler picks it.
    case ready
    /// Waiting for thread `number` to finish (`handle.join()`).
    case joining(number: Int)
    /// Waiting for the mutex at this address (`lock()` while another thread holds it).
    case locking(address: UInt64)
    /// Its closure returned, or it panicked.
    case finished(panicked: Bool)
  }

  /// 0 for main, then 1, 2, … in spawn order.
  package var number: Int
  /// `main`, or the name given with `thread::Builder` (nil: an unnamed thread).
  package var name: String?
  /// The top of its stack (its frames grow down from here) and the stack's size in bytes.
  /// A spawned thread's stack is a mapping of its own; its addresses are memtutor's model.
  package var stackTop: UInt64
  package var stackSize: Int
  package var runState: RunState
  /// Its frames, main first, while it is not the running thread (the running thread's frames
  /// are `MachineState.frames`); see `MachineState.frames(ofThread:)`.
  package var parkedFrames: [FrameState] = []

  package init(number: Int, name: String?, stackTop: UInt64, stackSize: Int, runState: RunState) {
    self.number = number
    self.name = name
    self.stackTop = stackTop
    self.stackSize = stackSize
    self.runState = runState
  }

  /// How the thread is named in messages: `main`, its name, or `<unnamed>`.
  package var displayName: String { name ?? "<unnamed>" }
}

extension MachineState {
  /// The top of the running thread's stack and the stack's size (main's, before any spawn).
  package func runningStack(in image: ProgramImage) -> (top: UInt64, size: Int) {
    guard threads.indices.contains(runningThread) else { return (image.stackTop, image.stackLimit) }
    return (threads[runningThread].stackTop, threads[runningThread].stackSize)
  }

  /// The frames of thread `number` (main first), whichever thread runs now.
  package func frames(ofThread number: Int) -> [FrameState] {
    if threads.isEmpty || number == runningThread { return frames }
    return threads.indices.contains(number) ? threads[number].parkedFrames : []
  }

  /// A write into a frame of a thread that is not running (a what-if run's thread writing
  /// through a reference into another thread's stack).
  mutating func writeParkedSlot(frameID: Int, slot: Int, to written: FrameState.Slot) {
    for thread in threads.indices {
      guard let index = threads[thread].parkedFrames.lastIndex(where: { $0.id == frameID }) else { continue }
      if threads[thread].parkedFrames[index].slots.indices.contains(slot) {
        threads[thread].parkedFrames[index].slots[slot] = written
      }
      return
    }
  }

  mutating func applyThreadEvent(_ event: Event) {
    switch event {
    case .threadSpawned(let thread):
      threads.append(thread)
    case .threadSwitched(let number):
      guard threads.indices.contains(number), number != runningThread else { break }
      if threads.indices.contains(runningThread) {
        threads[runningThread].parkedFrames = frames
        if threads[runningThread].runState == .running { threads[runningThread].runState = .ready }
      }
      frames = threads[number].parkedFrames
      threads[number].parkedFrames = []
      threads[number].runState = .running
      runningThread = number
    case .threadStateChanged(let number, let state):
      if threads.indices.contains(number) { threads[number].runState = state }
    default:
      break
    }
  }
}
