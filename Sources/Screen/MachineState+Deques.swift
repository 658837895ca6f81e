import Execution
import MemoryModel

extension MachineState {
  /// The `head` of the `VecDeque` whose ring buffer starts at `address`, read from its
  /// handle (`[cap, ptr, head, len]`) in a live slot of the last frames or in a live heap
  /// block; nil when no handle is found. The block alone cannot say where the ring starts.
  package func dequeHead(ofBlockAt address: UInt64) -> Int? {
    for frame in frames.suffix(64).reversed() {
      for slot in frame.slots where slot.status == .live {
        if let head = Self.dequeHead(in: slot.value, address: address, depth: 0) { return head }
      }
    }
    for block in heap.prefix(256) where block.status == .live && block.address != address {
      for value in block.contents.storedValues {
        if let head = Self.dequeHead(in: value, address: address, depth: 0) { return head }
      }
    }
    return nil
  }

  private static func dequeHead(in value: Value, address: UInt64, depth: Int) -> Int? {
    guard depth < 8 else { return nil }
    switch value {
    case .structure(let name, let fields) where name == LibraryWrapper.vecDeque.rawValue && fields.count == 4:
      if case .pointer(address, _) = fields[1], case .integer(let head, _) = fields[2] {
        return Int(clamping: head)
      }
      return nil
    case .tuple(let items), .array(let items), .structure(_, let items), .variant(_, _, let items):
      for item in items {
        if let head = dequeHead(in: item, address: address, depth: depth + 1) { return head }
      }
      return nil
    default:
      return nil
    }
  }
}
