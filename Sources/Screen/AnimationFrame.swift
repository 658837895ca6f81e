import Execution
import MemoryModel

/// How one frame of an animation differs from the still screen of the step it leads to.
///
/// Panels draw the new step's state and apply these adjustments, so at progress 1 an
/// animation frame is exactly the still screen. Built by `Animation.frame(for:progress:)`.
package struct AnimationFrame: Sendable, Equatable {
  /// A frame that was just popped, still drawn below its caller while it drains.
  package struct DepartingFrame: Sendable, Equatable {
    package var frame: FrameState
    /// Fraction of its rows still drawn (1 = whole, 0 = gone).
    package var remaining: Double
  }

  // Stack.
  /// Frame id → fraction of its rows drawn while it slides in.
  package var frameReveal: [Int: Double] = [:]
  package var departing: DepartingFrame? = nil
  /// Slots drawn with an earlier content (the write has not reached them yet).
  package var slotOverrides: [SlotRef: FrameState.Slot] = [:]
  package var slotHighlights: Set<SlotRef> = []
  /// Overflow montage: only the first `stackDepth` frames are on the stack so far.
  package var stackDepth: Int? = nil
  /// The stack panel flashes (the guard page was hit).
  package var flash = false

  // Heap.
  package var hiddenBlocks: Set<Int> = []
  /// Block id → fraction of its rows drawn while it appears.
  package var blockReveal: [Int: Double] = [:]
  /// Freed blocks still drawn during the animation, with how far they have faded (0…1).
  package var fadingBlocks: [Int: Double] = [:]
  /// Block id → how many elements (or bytes) have arrived so far.
  package var copiedCount: [Int: Int] = [:]
  /// Block id → capacity drawn while the block stretches in place.
  package var capacityOverride: [Int: Int] = [:]
  /// Block id → contents drawn before the step's write reaches it.
  package var contentsOverride: [Int: HeapBlock.Contents] = [:]
  package var blockHighlights: Set<Int> = []

  // Threads.
  /// Thread number → fraction of its band drawn while it grows in (spawned) or shrinks to
  /// its one-line heading (finished).
  package var threadReveal: [Int: Double] = [:]
  /// Threads that finish later in the step, still drawn as running until then.
  package var finishingLater: Set<Int> = []
  /// The scheduler's switch in progress.
  package var threadSwitch: ThreadSwitch? = nil
  /// A mutex being locked or unlocked, named in the locking thread's heading.
  package var lockChange: LockChange? = nil

  /// Only the first `outputCount` printed pieces are visible yet.
  package var outputCount: Int? = nil

  package static let still = AnimationFrame()

  package struct ThreadSwitch: Sendable, Equatable {
    package var from: Int
    package var to: Int
    /// Every thread's run state before the switch.
    package var states: [ThreadState.RunState]
    /// False while the highlight is still on the band of `from`.
    package var arrived: Bool
  }

  package struct LockChange: Sendable, Equatable {
    /// The thread that locks or unlocks (nil: a program without threads).
    package var thread: Int?
    package var locked: Bool
  }
}
