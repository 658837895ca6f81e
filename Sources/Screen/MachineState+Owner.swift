import Execution

extension MachineState {
  /// Who holds the pointer to the block starting at `address`, as `function::slot`: the
  /// screen's answer to "whose is this?" when the block does not name its owner. Looks at
  /// the innermost frames and `main` only, so a deep stack costs no more than a shallow one.
  package func ownerName(ofBlockAt address: UInt64, image: ProgramImage) -> String? {
    let recent = frames.indices.suffix(64)
    let candidates =
      (recent.first == 0 || frames.isEmpty) ? Array(recent.reversed()) : Array(recent.reversed()) + [0]
    for index in candidates {
      let frame = frames[index]
      guard image.layouts.indices.contains(frame.layoutIndex) else { continue }
      let layout = image.layouts[frame.layoutIndex]
      for (slotIndex, slot) in frame.slots.enumerated()
      where slot.status == .live && slot.value.pointerTargets.first == address
        && layout.slots.indices.contains(slotIndex)
      {
        return "\(frame.function)::\(layout.slots[slotIndex].name)"
      }
    }
    return nil
  }
}
