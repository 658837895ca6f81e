import Execution
import MemoryModel

extension FrameBox {
  /// The dead slots of this frame that a live reference in it still names (see
  /// `Scene.danglingSources(in:)`); none for a popped or departing frame.
  func danglingSources() -> [Int: String] {
    guard !isPopped, !isDeparting else { return [:] }
    return scene.danglingSources(in: frame)
  }
}

extension Scene {
  /// The slots of `frame` that a live reference in it still names after they were dropped
  /// or moved out (slot index → the referring slot's name), so the dead slot can say who
  /// points at it (`◄ shortest`), pairing with that slot's `✗ dangling`.
  package func danglingSources(in frame: FrameState) -> [Int: String] {
    guard let layout = layout(of: frame) else { return [:] }
    var found: [Int: String] = [:]
    for (index, slot) in frame.slots.enumerated()
    where slot.status == .live && slot.value.isPointerLike && layout.slots.indices.contains(index) {
      guard let target = state.danglingTarget(of: slot, image: image),
        case .droppedSlot(let frameID, let dropped) = target.liveness, frameID == frame.id,
        found[dropped] == nil
      else { continue }
      found[dropped] = layout.slots[index].name
    }
    return found
  }
}

extension Value {
  /// A reference or raw pointer (possibly to a slice): the values that can name a stack slot.
  fileprivate var isPointerLike: Bool {
    switch self {
    case .pointer, .slicePointer: true
    default: false
    }
  }
}
