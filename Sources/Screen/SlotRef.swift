/// One stack slot: the frame (by its run-wide id) and the slot's index in the layout.
package struct SlotRef: Sendable, Hashable {
  package var frameID: Int
  package var slot: Int

  package init(frameID: Int, slot: Int) {
    self.frameID = frameID
    self.slot = slot
  }
}
