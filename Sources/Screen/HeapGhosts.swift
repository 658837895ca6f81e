import Execution
import MemoryModel

/// Freed blocks that something still points at, worked out from the state alone (so from
/// the trace): a live slot, a live heap block, or a dead or moved-out slot that a live reference still
/// reaches holds an address inside a block the program has freed.
///
/// Such a block stays drawn as a ghost (`freed`, faded) while nothing else sits at its
/// address; once the allocator hands the address out again, the new block says it was
/// reused. Only the state's bounded record of recently freed blocks is examined, and the
/// pointers read are capped, so a long run costs no more per screen than a short one.
package struct HeapGhosts: Sendable, Equatable {
  /// Freed blocks still pointed at, with nothing live at their address.
  package var ghostIDs: Set<Int> = []
  /// Live blocks sitting where a still-pointed-at freed block was: live id → the freed block.
  package var reusedFrom: [Int: HeapBlock] = [:]

  package static let none = HeapGhosts()

  /// Pointer words read at most per screen (slots and heap contents together).
  package static let pointerBudget = 4096
  /// Frames read at most: the innermost ones and `main`, as the owner lookup does.
  static let frameWindow = 64

  package init() {}

  package init(state: MachineState, image: ProgramImage) {
    let freed = state.recentlyFreedBlocks
    guard !freed.isEmpty else { return }
    let held = HeldPointers(state: state, image: image)
    // Pointers that land in a freed block, with that block (the newest freed one wins).
    var hits: [(pointer: HeldPointers.Pointer, freed: HeapBlock)] = []
    for pointer in held.pointers {
      if let block = freed.last(where: { $0.contains(pointer.address) }) {
        hits.append((pointer, block))
      }
    }
    guard !hits.isEmpty else { return }
    // Live blocks now covering those addresses: one pass over the heap.
    var liveAt: [UInt64: HeapBlock] = [:]
    let addresses = Array(Set(hits.map(\.pointer.address))).sorted()
    for block in state.heap where block.status != .freed {
      // The first hit address at or past the block's start (binary search), then those inside.
      var low = 0
      var high = addresses.count
      while low < high {
        let mid = (low + high) / 2
        if addresses[mid] < block.address { low = mid + 1 } else { high = mid }
      }
      while low < addresses.count, block.contains(addresses[low]) {
        liveAt[addresses[low]] = block
        low += 1
      }
    }
    for (pointer, block) in hits {
      if let live = liveAt[pointer.address] {
        // An owner's own pointer to the new block says nothing about the old one.
        guard !pointer.isOwning, live.id > block.id else { continue }
        if let known = reusedFrom[live.id], known.id > block.id { continue }
        reusedFrom[live.id] = block
      } else {
        ghostIDs.insert(block.id)
      }
    }
  }

  package func isGhost(_ block: HeapBlock) -> Bool {
    block.status == .freed && ghostIDs.contains(block.id)
  }
}

extension HeapBlock {
  /// Whether `address` lies inside the block's bytes (a zero-size block holds its start).
  package func contains(_ pointer: UInt64) -> Bool {
    pointer >= address && pointer < address + UInt64(max(size, 1))
  }
}

/// The addresses the program still holds: in live slots, in live heap blocks, and in dead
/// slots a live reference points into.
package struct HeldPointers {
  package struct Pointer: Equatable {
    package var address: UInt64
    /// A `String`/`Vec` handle, `Box` or `Rc` in a live place: it owns what it points at.
    package var isOwning: Bool
  }

  package private(set) var pointers: [Pointer] = []

  package init(state: MachineState, image: ProgramImage) {
    let window = state.frames.indices.suffix(HeapGhosts.frameWindow)
    let frameIndices = (window.first ?? 0) > 0 ? [0] + Array(window) : Array(window)
    var stackReferences: [UInt64] = []
    for index in frameIndices {
      for slot in state.frames[index].slots where slot.status == .live {
        collect(slot.value, isStale: false, stackReferences: &stackReferences)
        if pointers.count >= HeapGhosts.pointerBudget { return }
      }
    }
    // A thread that is not running keeps its frames, and their pointers too: a reader parked
    // mid-loop still points into the buffer another thread freed.
    for thread in state.threads where thread.number != state.runningThread {
      for frame in thread.parkedFrames.suffix(HeapGhosts.frameWindow) {
        for slot in frame.slots where slot.status == .live {
          collect(slot.value, isStale: false, stackReferences: &stackReferences)
          if pointers.count >= HeapGhosts.pointerBudget { return }
        }
      }
    }
    // A dead or moved-out slot still holds its old words; a live reference into it can still
    // read them.
    for address in stackReferences {
      guard let slot = Self.slot(at: address, state: state, image: image, frames: frameIndices),
        slot.status == .dead || slot.status == .movedOut
      else { continue }
      var ignored: [UInt64] = []
      collect(slot.value, isStale: true, stackReferences: &ignored)
    }
    for block in state.heap where block.status != .freed {
      guard pointers.count < HeapGhosts.pointerBudget else { return }
      var ignored: [UInt64] = []
      switch block.contents {
      case .elements(_, _, _, let elements):
        for element in elements where !element.isScalar {
          collect(element, isStale: false, stackReferences: &ignored)
          if pointers.count >= HeapGhosts.pointerBudget { return }
        }
      case .boxed(_, let value), .counted(_, _, _, let value):
        collect(value, isStale: false, stackReferences: &ignored)
      case .bytes:
        break
      }
    }
  }

  private mutating func collect(_ value: Value, isStale: Bool, stackReferences: inout [UInt64]) {
    switch value {
    case .pointer(let address, let kind):
      let owning = kind == .box || kind == .rc
      pointers.append(Pointer(address: address, isOwning: owning && !isStale))
      if !owning { stackReferences.append(address) }
    case .slicePointer(let address, let length, _):
      if length > 0 { pointers.append(Pointer(address: address, isOwning: false)) }
    case .buffer(let address, _, let capacity, _):
      if capacity > 0 { pointers.append(Pointer(address: address, isOwning: !isStale)) }
    case .tuple(let values), .array(let values), .structure(_, let values), .variant(_, _, let values):
      for item in values where !item.isScalar {
        collect(item, isStale: isStale, stackReferences: &stackReferences)
      }
    default:
      break
    }
  }

  /// The slot whose bytes hold `address`, among the frames read.
  private static func slot(
    at address: UInt64, state: MachineState, image: ProgramImage, frames: [Int]
  ) -> FrameState.Slot? {
    for index in frames {
      let frame = state.frames[index]
      guard address < frame.topAddress, address >= frame.topAddress &- UInt64(frame.size),
        image.layouts.indices.contains(frame.layoutIndex)
      else { continue }
      let layout = image.layouts[frame.layoutIndex]
      for (slotIndex, slot) in layout.slots.enumerated() where frame.slots.indices.contains(slotIndex) {
        let end = frame.topAddress &- UInt64(slot.offset)
        let start = end &- UInt64(max(slot.size, 1))
        if address >= start, address < end { return frame.slots[slotIndex] }
      }
    }
    return nil
  }
}
