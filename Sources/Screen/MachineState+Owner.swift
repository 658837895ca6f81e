import Execution
import MemoryModel

extension MachineState {
  /// Who holds the pointer to the block starting at `address`, as `function::slot`: the
  /// screen's answer to "whose is this?" when the block does not name its owner. Looks at
  /// the innermost frames and `main` only, so a deep stack costs no more than a shallow one.
  /// A reference (`&List` in a callee) borrows the block and is not its owner; a block owned
  /// from inside another block (the next `Box` of a list) names that block.
  package func ownerName(ofBlockAt address: UInt64, image: ProgramImage) -> String? {
    if let owner = slotName(image: image, where: { $0.ownedTargets.contains(address) }) { return owner }
    // Only the first blocks, so a heap of many blocks costs no more than a small one.
    for block in heap.prefix(256)
    where block.status == .live && block.address != address
      && block.contents.storedValues.contains(where: { $0.ownedTargets.contains(address) })
    {
      return "block " + Format.address(block.address, .short)
    }
    // Held by the runtime (a spawned thread's boxed closure): the slot that reaches it.
    return slotName(image: image, where: { $0.pointerTargets.first == address })
  }

  private func slotName(image: ProgramImage, where holds: (Value) -> Bool) -> String? {
    let recent = frames.indices.suffix(64)
    let candidates =
      (recent.first == 0 || frames.isEmpty) ? Array(recent.reversed()) : Array(recent.reversed()) + [0]
    for index in candidates {
      let frame = frames[index]
      guard image.layouts.indices.contains(frame.layoutIndex) else { continue }
      let layout = image.layouts[frame.layoutIndex]
      for (slotIndex, slot) in frame.slots.enumerated()
      where slot.status == .live && holds(slot.value) && layout.slots.indices.contains(slotIndex) {
        return "\(frame.function)::\(layout.slots[slotIndex].name)"
      }
    }
    return nil
  }
}

extension Value {
  /// The blocks this value owns directly: what its `Box`es, `Rc`s, `Vec`s and `String`s point
  /// at, not what its references borrow.
  fileprivate var ownedTargets: [UInt64] {
    switch self {
    case .pointer(let address, let kind), .traitObject(let address, _, let kind),
      .slicePointer(let address, _, let kind):
      return kind == .box || kind == .rc ? [address] : []
    case .buffer(let pointer, _, _, _): return [pointer]
    case .tuple(let items), .array(let items), .structure(_, let items), .variant(_, _, let items):
      return items.flatMap(\.ownedTargets)
    default: return []
    }
  }
}
