import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `v.extend(w)` with an owned `Vec` or array: the elements move over after one amortized
  /// `reserve` of their count (both are `TrustedLen`), then the emptied source buffer is freed.
  func extendFromOwned(_ arguments: [Value], types typeList: [Int]) throws -> Value {
    guard arguments.count == 2 else { return .unit }
    let vecAddress = address(of: arguments[0])
    let type = pointee(typeList[0])
    let element = types[type].element
    let items: [Value]
    var sourceBlock: Int?
    switch arguments[1] {
    case .buffer(let pointer, _, let capacity, _):
      items = vecElements(arguments[1])
      if capacity > 0 { sourceBlock = blockID(startingAt: pointer) }
    case .array(let values):
      items = values
    default:
      items = []
    }
    try chargeWork(items.count)
    let vec = try read(address: vecAddress, type: type)
    try append(items, to: vec, at: vecAddress, type: type, element: element)
    if let sourceBlock { freeBlock(sourceBlock) }
    return .unit
  }

  /// `extend`'s last part: one `reserve` for all the items (it at least doubles), then the
  /// items written after the old length.
  func append(_ items: [Value], to vec: Value, at address: UInt64, type: Int, element: Int) throws {
    guard case .buffer(_, let length, let capacity, _) = vec else { return }
    if types[element].size > 0 { try checkElementCount(length + items.count) }
    let newCapacity = GrowthPolicy.reserve(
      current: capacity, length: length, additional: items.count, elementSize: types[element].size)
    let grown = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
    guard case .buffer(let pointer, let currentLength, let currentCapacity, let kind) = grown else { return }
    if let id = blockID(startingAt: pointer), !items.isEmpty {
      record(.heapElementsReplaced(blockID: id, range: currentLength..<currentLength, elements: items))
    }
    try write(
      address: address, type: type,
      value: .buffer(
        pointer: pointer, length: currentLength + items.count, capacity: currentCapacity, kind: kind))
  }
}
