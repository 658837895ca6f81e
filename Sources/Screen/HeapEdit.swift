import Execution
import MemoryModel

/// A step's change to a block's contents, whatever event carried it: the screen and the
/// narration work out "before" and "after" contents from it.
package enum HeapEdit {
  /// The block and its contents after `event`, given its contents before; nil for events
  /// that do not edit an existing block's contents.
  package static func edited(by event: Event, from contents: (Int) -> HeapBlock.Contents?) -> (
    blockID: Int, contents: HeapBlock.Contents
  )? {
    switch event {
    case .heapWritten(let blockID, let new):
      return (blockID, new)
    case .heapElementsReplaced(let blockID, let range, let elements):
      guard case .elements(let type, let size, let capacity, var current)? = contents(blockID) else {
        return nil
      }
      current.replaceSubrange(range.clamped(to: current.startIndex..<current.endIndex), with: elements)
      return (blockID, .elements(elementType: type, elementSize: size, capacity: capacity, elements: current))
    case .heapBytesReplaced(let blockID, let range, let bytes):
      guard case .bytes(let capacity, var current)? = contents(blockID) else { return nil }
      current.replaceSubrange(range.clamped(to: current.startIndex..<current.endIndex), with: bytes)
      return (blockID, .bytes(capacity: capacity, bytes: current))
    case .heapValueWritten(let blockID, let value):
      switch contents(blockID) {
      case .boxed(let type, _)?: return (blockID, .boxed(typeName: type, value: value))
      case .counted(let type, let strong, let weak, _)?:
        return (blockID, .counted(typeName: type, strong: strong, weak: weak, value: value))
      default: return nil
      }
    case .heapCountsChanged(let blockID, let strong, let weak):
      guard case .counted(let type, _, _, let value)? = contents(blockID) else { return nil }
      return (blockID, .counted(typeName: type, strong: strong, weak: weak, value: value))
    default:
      return nil
    }
  }
}
