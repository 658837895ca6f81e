/// How one frame of an animation differs from the still screen of the step it leads to.
///
/// Panels draw the new step's state and apply these adjustments, so at progress 1 an
/// animation frame is exactly the still screen. Built by `Animation.frame(for:progress:)`.
struct AnimationFrame: Sendable, Equatable {
  /// A frame that was just popped, still drawn below its caller while it drains.
  struct DepartingFrame: Sendable, Equatable {
    var frame: FrameState
    /// Fraction of its rows still drawn (1 = whole, 0 = gone).
    var remaining: Double
  }

  // Stack.
  /// Frame id → fraction of its rows drawn while it slides in.
  var frameReveal: [Int: Double] = [:]
  var departing: DepartingFrame? = nil
  /// Slots drawn with an earlier content (the write has not reached them yet).
  var slotOverrides: [SlotRef: FrameState.Slot] = [:]
  var slotHighlights: Set<SlotRef> = []
  /// Overflow montage: only the first `stackDepth` frames are on the stack so far.
  var stackDepth: Int? = nil
  /// The stack panel flashes (the guard page was hit).
  var flash = false

  // Heap.
  var hiddenBlocks: Set<Int> = []
  /// Block id → fraction of its rows drawn while it appears.
  var blockReveal: [Int: Double] = [:]
  /// Freed blocks still drawn during the animation, with how far they have faded (0…1).
  var fadingBlocks: [Int: Double] = [:]
  /// Block id → how many elements (or bytes) have arrived so far.
  var copiedCount: [Int: Int] = [:]
  /// Block id → capacity drawn while the block stretches in place.
  var capacityOverride: [Int: Int] = [:]
  /// Block id → contents drawn before the step's write reaches it.
  var contentsOverride: [Int: HeapBlock.Contents] = [:]
  var blockHighlights: Set<Int> = []

  /// Only the first `outputCount` printed pieces are visible yet.
  var outputCount: Int? = nil

  static let still = AnimationFrame()
}
