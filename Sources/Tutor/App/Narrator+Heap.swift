import Execution
import MemoryModel
import Screen

/// The sentences about heap blocks: allocated, written, grown or moved.
extension Narrator {
  func allocation(_ block: HeapBlock) -> String {
    let at = address(block.address)
    switch block.contents {
    case .bytes(let capacity, let bytes):
      if let literal = literal(matching: bytes) {
        return
          "Copied the \(bytes.count) bytes of \"\(literal.label.inert)\" from the literal in .rodata into a new \(Format.bytes(block.size)) heap block at \(at)."
      }
      return "Allocated \(Format.bytes(block.size)) on the heap at \(at) (capacity \(capacity))."
    case .elements(let elementType, _, let capacity, _):
      if let table = hashTableAllocation(block) { return table }
      if let ring = ringAllocation(block) { return ring }
      return
        "Allocated room for \(capacity) `\(elementType)` \(capacity == 1 ? "element" : "elements") (\(Format.bytes(block.size))) on the heap at \(at)."
    case .boxed(let typeName, _) where typeName.hasPrefix(Interpreter.treeNodeLabelPrefix):
      return "Allocated \(Format.bytes(block.size)) on the heap at \(at) for a \(typeName)."
    case .boxed(let typeName, _):
      return "Allocated \(Format.bytes(block.size)) on the heap at \(at) for the Box's `\(typeName)`."
    case .counted(let typeName, _, _, _):
      return
        "Allocated \(Format.bytes(block.size)) on the heap at \(at) for the Rc: strong count, weak count, then the `\(typeName)`."
    }
  }

  func heapWritten(
    blockID: Int, from oldContents: HeapBlock.Contents, to contents: HeapBlock.Contents
  )
    -> String?
  {
    let found = block(blockID)
    let ownerName =
      found?.owner ?? found.flatMap { ownerOfBlock(at: $0.address) }
    // `main::arr` reads as `arr` in a sentence.
    let owner = ownerName.map { "`\($0.split(separator: ":").last.map(String.init) ?? $0)`" } ?? "the buffer"
    switch (oldContents, contents) {
    case (.elements(_, _, _, let oldElements), .elements(let label, _, let capacity, let elements)):
      if let table = hashTableWritten(
        owner: ownerName == nil ? "the table" : owner, oldEntries: oldElements, entries: elements,
        label: label,
        buckets: capacity)
      {
        return table
      }
      if let ring = ringWritten(
        owner: owner, oldSlots: oldElements, slots: elements, label: label, capacity: capacity)
      {
        return ring
      }
      if elements.count == oldElements.count + 1, let last = elements.last, allocated[blockID] != nil,
        !oldElements.isEmpty
      {
        // Written into a block this step reallocated: the copy has been told already.
        return "Then \(valueText(last)) was pushed: len \(elements.count) of cap \(capacity)."
      }
      if elements.count == oldElements.count + 1, let last = elements.last {
        let room = capacity - elements.count
        let roomText = room == 0 ? "now full" : "room for \(room) more"
        return
          "Pushed \(valueText(last)) into \(owner): len \(elements.count) of cap \(capacity), \(roomText)."
      }
      if elements.count < oldElements.count {
        return "\(owner) now has \(elements.count) of \(capacity) elements; the capacity stays."
      }
      return "Updated \(owner)'s elements (length \(elements.count), capacity \(capacity))."
    case (.bytes(_, let oldBytes), .bytes(let capacity, let bytes)):
      if bytes.count > oldBytes.count, bytes.starts(with: oldBytes) {
        let added = String(decoding: bytes[oldBytes.count...], as: UTF8.self).inert
        return "Appended \"\(added)\" to \(owner): length \(bytes.count) of capacity \(capacity)."
      }
      return "\(owner) now holds \(bytes.count) bytes of its capacity \(capacity)."
    case (_, .counted(_, let strong, let weak, _)):
      // While strong owners remain, the weak field counts them as one more weak reference,
      // which `Rc::weak_count` leaves out.
      guard strong > 0, weak > 0 else { return "\(owner): strong count \(strong), weak count \(weak)." }
      return
        "\(owner): strong count \(strong), weak field \(weak) (weak_count() says \(weak - 1): the strong owners together hold one weak)."
    default:
      return "\(owner) changed."
    }
  }

  func reallocation(
    blockID: Int, newSize: Int, newContents: HeapBlock.Contents, movedTo: HeapBlock?
  ) -> String {
    let old = block(blockID)
    let oldContents = currentContents(blockID)
    let length = oldContents?.usedCount ?? 0
    let oldCapacity = oldContents?.capacity ?? 0
    let newCapacity = newContents.capacity
    let from = old.map { address($0.address) } ?? "its old place"
    if let ring = ringReallocation(
      oldContents: oldContents, newContents: newContents, newSize: newSize, moved: movedTo, from: from)
    {
      return ring
    }
    let isString: Bool
    if case .bytes? = oldContents { isString = true } else { isString = false }
    let kind = isString ? "String" : "Vec"
    let unit = isString ? "bytes" : "elements"
    let request =
      isString
      ? "asked for \(newCapacity) bytes"
      : "asked for room for \(newCapacity) (\(Format.bytes(newSize)))"
    let reason =
      newCapacity > oldCapacity
      ? "The \(kind) was full (len \(length) = cap \(oldCapacity)), so it \(request)"
      : "The \(kind) shrank its buffer from capacity \(oldCapacity) to \(newCapacity)"
    if let moved = movedTo {
      return
        "\(reason); the allocator could not grow it in place, so the \(length) \(unit) were copied to \(address(moved.address)) and the old block at \(from) freed."
    }
    return "\(reason); the allocator resized the block in place at \(from), so nothing was copied."
  }
}
