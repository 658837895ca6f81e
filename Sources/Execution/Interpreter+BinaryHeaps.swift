import MemoryModel
import RustFrontEnd

/// `BinaryHeap<T>` as rustc 1.95's std keeps it: one field, `data: Vec<T>`, whose elements stay
/// in the array order std's `sift_up`, `sift_down_range` and `sift_down_to_bottom` leave them
/// (`BinaryHeapOrder`), which is what `{:?}` and `into_vec` show.
extension Interpreter {
  /// The `Vec<T>` type of a `BinaryHeap<T>` type (its one part).
  func heapDataType(_ heapType: Int) -> Int {
    types[heapType].parts.first ?? types.unit
  }

  private func heapValue(_ data: Value) -> Value {
    .structure(name: LibraryWrapper.binaryHeap.rawValue, fields: [data])
  }

  private func heapData(_ heap: Value) -> Value {
    guard case .structure(_, let fields) = heap, let data = fields.first else { return heap }
    return data
  }

  /// Rearranges `elements` with `reorder` (one of `BinaryHeapOrder`'s algorithms, comparing
  /// with the element type's `Ord`) and records the block's new order.
  private func reorderHeap(
    _ data: Value, elementType: Int, _ reorder: (inout [Value], (Value, Value) throws -> Int) throws -> Void
  ) throws {
    guard case .buffer(let pointer, let length, _, _) = data, length > 0,
      let id = blockID(startingAt: pointer)
    else { return }
    var elements = vecElements(data)
    let before = elements
    try reorder(&elements) { left, right in
      try chargeWork(1)
      return try compareValues(left, right, type: elementType) ?? 0
    }
    if elements != before {
      record(.heapElementsReplaced(blockID: id, range: 0..<length, elements: elements))
    }
  }

  func binaryHeapResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "Reverse":
      return .structure(name: LibraryWrapper.reverse.rawValue, fields: [arguments[0]])
    case "new", "with_capacity":
      let elementType = types[heapDataType(resultType)].element
      let capacity = name == "new" ? 0 : Int(clamping: integer(arguments[0]))
      return heapValue(try allocateVec(elementType: elementType, capacity: capacity, exact: true))
    case "from_vec", "from_array":
      // `From<Vec<T>>` keeps the `Vec`'s buffer and rebuilds the heap in it; an array is
      // collected into an exactly sized `Vec` first.
      let dataType = heapDataType(resultType)
      let elementType = types[dataType].element
      var data = arguments[0]
      if name == "from_array" {
        guard case .array(let items) = arguments[0] else { return .unit }
        data = try fillVec(
          try allocateVec(elementType: elementType, capacity: items.count, exact: true), with: items)
      }
      try reorderHeap(data, elementType: elementType) { try BinaryHeapOrder.rebuild(&$0, compare: $1) }
      return heapValue(data)
    case "into_vec", "into_sorted_vec":
      let data = heapData(arguments[0])
      if name == "into_sorted_vec" {
        let elementType = types[heapDataType(typeList[0])].element
        try reorderHeap(data, elementType: elementType) { try BinaryHeapOrder.sortInPlace(&$0, compare: $1) }
      }
      return data
    default:
      break
    }
    let heapType = pointee(typeList[0])
    let dataType = heapDataType(heapType)
    let elementType = types[dataType].element
    let heapAddress = address(of: arguments[0])
    // `data` is the heap's one field, at offset 0.
    let data = try read(address: heapAddress, type: dataType)
    guard case .buffer(let pointer, let length, let capacity, let kind) = data else { return .unit }
    switch name {
    case "len": return usize(length)
    case "is_empty": return .boolean(length == 0)
    case "capacity": return usize(capacity)
    case "clear":
      // The `Vec`'s `clear`: each element dropped in array order, the buffer kept.
      let element = types[elementType]
      var work: [DropWork] = []
      if element.needsDrop {
        for index in 0..<length {
          work.append(
            .value(address: pointer &+ UInt64(index * element.size), type: elementType, exclusions: []))
        }
      }
      work.append(.setVecLength(address: heapAddress, type: dataType, length: 0))
      push(.unit)
      try runDrops(work)
      return nil
    case "peek":
      guard length > 0 else { return Self.none }
      return Self.some(.pointer(address: pointer, kind: .sharedReference))
    case "as_slice":
      return .slicePointer(address: pointer, length: length, kind: .sharedReference)
    case "push":
      try pushElement(arguments[1], toVecAt: heapAddress, type: dataType)
      let grown = try read(address: heapAddress, type: dataType)
      try reorderHeap(grown, elementType: elementType) {
        _ = try BinaryHeapOrder.siftUp(&$0, start: 0, position: length, compare: $1)
      }
      return .unit
    case "pop":
      guard length > 0, let id = blockID(startingAt: pointer) else { return Self.none }
      var elements = vecElements(data)
      var item = elements.removeLast()
      if !elements.isEmpty {
        // std swaps the last element into the root and sifts it down to the bottom, then up.
        swap(&item, &elements[0])
        try BinaryHeapOrder.siftDownToBottom(&elements, from: 0) { left, right in
          try chargeWork(1)
          return try compareValues(left, right, type: elementType) ?? 0
        }
      }
      record(.heapElementsReplaced(blockID: id, range: 0..<length, elements: elements))
      try write(
        address: heapAddress, type: dataType,
        value: .buffer(pointer: pointer, length: length - 1, capacity: capacity, kind: kind))
      return Self.some(item)
    default:
      return nil
    }
  }
}
