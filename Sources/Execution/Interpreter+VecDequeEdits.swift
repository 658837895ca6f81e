import MemoryModel
import RustFrontEnd

/// `VecDeque`'s `clone`, and the end of `truncate` and `clear` once their elements dropped.
extension Interpreter {
  /// The `length` `clear` hands to `DropWork.setVecLength`: no element left and the head back
  /// at 0 (`truncate(0)` keeps the head where it was).
  static let clearedDeque = -1

  /// The end of `truncate(length)` (or `clear`), after the elements past `length` dropped.
  func shortenDeque(at dequeAddress: UInt64, type dequeType: Int, length: Int) throws {
    let current = try read(address: dequeAddress, type: dequeType)
    var deque = deque(current)
    let elements = Array(try dequeElements(current, dequeType: dequeType).prefix(max(length, 0)))
    if length == Self.clearedDeque { deque.head = 0 }
    deque.length = elements.count
    try storeDeque(
      deque, elements: elements, elementType: dequeElementType(dequeType), at: dequeAddress, type: dequeType)
  }

  /// std's `clone`: a buffer of exactly `len` slots (`with_capacity`), then each element cloned
  /// into it from slot 0 (`extend(self.iter().cloned())`).
  func cloneDeque(_ value: Value, type: Int, depth: Int) throws -> Value {
    let elementType = dequeElementType(type)
    let elements = try dequeElements(value, dequeType: type)
    let point = SourcePoint(line: currentLine, column: currentColumn)
    var copy = try makeDeque(elementType: elementType, capacity: elements.count, elements: [], at: point)
    var cloned: [Value] = []
    for element in elements { cloned.append(try cloneValue(element, type: elementType, depth: depth + 1)) }
    copy.length = cloned.count
    if copy.capacity > 0, let id = blockID(startingAt: copy.pointer) {
      record(
        .heapElementsReplaced(
          blockID: id, range: 0..<copy.capacity, elements: ringSlots(cloned, head: 0, capacity: copy.capacity)
        ))
    }
    return dequeValue(copy)
  }

  /// `==` and `<` on deques compare their elements front to back, as slices do (where each
  /// element sits in the ring does not matter).
  func compareDeques(_ left: Value, _ right: Value, type: Int, equalityOnly: Bool, depth: Int) throws -> Int?
  {
    let elementType = dequeElementType(type)
    let xs = try dequeElements(left, dequeType: type)
    let ys = try dequeElements(right, dequeType: type)
    if equalityOnly, xs.count != ys.count { return xs.count < ys.count ? -1 : 1 }
    for (x, y) in zip(xs, ys) {
      guard
        let result = try compareValues(x, y, type: elementType, equalityOnly: equalityOnly, depth: depth + 1)
      else { return nil }
      if result != 0 { return result }
    }
    return xs.count == ys.count ? 0 : (xs.count < ys.count ? -1 : 1)
  }
}
