import MemoryModel

/// std's in-place `collect` (`alloc::vec::in_place_collect`): the chain's items are written
/// into the buffer of the `Vec` whose `into_iter()` it walks, and that buffer becomes the new
/// `Vec`'s. No block is allocated; the capacity is the old buffer's bytes counted in new
/// elements, and when those do not fill it exactly std shrinks it with `realloc`.
extension Interpreter {
  /// One item the chain keeps, written at the front of the source's buffer. The source's
  /// slots past it still hold the items to come, so the new elements are kept with the
  /// iterator and the block shows them once the loop ends.
  func writeInPlace(_ item: Value, register: Int) throws {
    let index = frames[frames.count - 1].iteratorBase + register
    try checkElementCount(iterators[index].writtenInPlace.count + 1)
    iterators[index].writtenInPlace.append(item)
  }

  /// The loop has ended: what the chain did not take drops, in order, as std's
  /// `forget_allocation_drop_remaining` drops it; the `IntoIter` forgets the buffer, which
  /// takes the new elements, shrunk when their size does not divide its bytes.
  func endInPlaceCollect(register: Int, vecType: Int) throws {
    let index = frames[frames.count - 1].iteratorBase + register
    let state = iterators[index]
    let written = state.writtenInPlace
    iterators[index].writtenInPlace = []
    let elementType = types[vecType].element
    let element = types[elementType]
    guard case .owned(let temporary, let base, let sourceSize, let sourceType, true) = state.source,
      let cell = temps.lastIndex(where: { $0.address == temporary }),
      case .buffer(_, _, let sourceCapacity, _) = temps[cell].value
    else { return }
    var position = state.front
    while position < state.back {
      let address = base &+ UInt64(Int(position) * sourceSize)
      let item = try read(address: address, type: sourceType)
      temps[cell].exclusions.append(address..<address &+ UInt64(max(sourceSize, 1)))
      try releaseOwned(item, type: sourceType)
      position += 1
    }
    iterators[index].front = state.back
    // The `IntoIter` keeps nothing: its drop at the statement's end frees no buffer.
    temps[cell].value = .buffer(pointer: base, length: 0, capacity: 0, kind: .vector)
    guard sourceCapacity > 0, element.size > 0, let id = blockID(startingAt: base) else {
      iterators[index].collectedInPlace = .buffer(pointer: base, length: 0, capacity: 0, kind: .vector)
      return
    }
    let sourceBytes = sourceCapacity * sourceSize
    let capacity = sourceBytes / element.size
    let contents = elementsContents(elementType, capacity: capacity, elements: written)
    var address = base
    if capacity * element.size != sourceBytes {
      address = try reallocateBlock(id, newSize: capacity * element.size, contents: contents).address
    } else {
      record(.heapWritten(blockID: id, contents: contents))
    }
    // The block holds the new element type from now on.
    if let finalID = blockID(startingAt: address) {
      blocks.insert(finalID, at: address, valueType: elementType)
    }
    iterators[index].collectedInPlace = .buffer(
      pointer: address, length: written.count, capacity: capacity, kind: .vector)
  }

  /// The `Vec` the loop's end made (an empty one if it made none).
  func collectedInPlace(register: Int, vecType: Int) -> Value {
    let index = frames[frames.count - 1].iteratorBase + register
    let vec = iterators[index].collectedInPlace
    iterators[index].collectedInPlace = nil
    let alignment = types[types[vecType].element].alignment
    return vec ?? .buffer(pointer: UInt64(max(1, alignment)), length: 0, capacity: 0, kind: .vector)
  }
}
