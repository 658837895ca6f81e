import Execution
import MemoryModel

/// What the current step touched, for highlighting in a still screen.
package struct StepMarks: Sendable, Equatable {
  package static func == (lhs: StepMarks, rhs: StepMarks) -> Bool {
    lhs.writtenSlots == rhs.writtenSlots && lhs.touchedBlocks == rhs.touchedBlocks
      && lhs.freedBlocks == rhs.freedBlocks && lhs.returned?.frameID == rhs.returned?.frameID
      && lhs.returned?.value == rhs.returned?.value
  }

  package var writtenSlots: Set<SlotRef> = []
  package var touchedBlocks: Set<Int> = []
  /// Blocks freed by this step: still drawn, faded, so the learner sees what went away.
  package var freedBlocks: Set<Int> = []
  /// The frame this step popped and the value it handed back (nil for `()`), for the
  /// `← f returned 120` tag on the caller.
  package var returned: (frameID: Int, value: Value)?

  package static let none = StepMarks()

  package init() {}

  package init(events: some Sequence<Event>) {
    for event in events {
      switch event {
      case .slotWritten(let frameID, let slot, _), .slotMovedOut(let frameID, let slot):
        writtenSlots.insert(SlotRef(frameID: frameID, slot: slot))
      case .heapAllocated(let block):
        touchedBlocks.insert(block.id)
      case .heapWritten(let blockID, _), .heapElementsReplaced(let blockID, _, _),
        .heapBytesReplaced(let blockID, _, _), .heapValueWritten(let blockID, _),
        .heapCountsChanged(let blockID, _, _):
        touchedBlocks.insert(blockID)
      case .heapReallocated(let blockID, _, _, let movedTo):
        if let moved = movedTo {
          freedBlocks.insert(blockID)
          touchedBlocks.insert(moved.id)
        } else {
          touchedBlocks.insert(blockID)
        }
      case .heapFreed(let blockID):
        freedBlocks.insert(blockID)
      case .heapLeaked(let blockID):
        touchedBlocks.insert(blockID)
      case .framePopped(let frameID, let value):
        if let value, value != .unit { returned = (frameID, value) } else { returned = nil }
      default:
        break
      }
    }
  }
}
