/// One stack slot: the frame (by its run-wide id) and the slot's index in the layout.
struct SlotRef: Sendable, Hashable {
  var frameID: Int
  var slot: Int
}
