import MemoryModel

extension Interpreter {
  // MARK: - Blocks

  package func heapBlock(_ id: Int) -> HeapBlock? {
    recorder.state.blockIndex(id: id).map { recorder.state.heap[$0] }
  }

  package func blockID(startingAt address: UInt64) -> Int? {
    blocks.id(startingAt: address)
  }

  /// The live block whose bytes contain `address`.
  package func blockContaining(_ address: UInt64) -> Int? {
    if let last = lastContainingBlock, address >= last.start, address < last.end { return last.id }
    if let id = blocks.id(startingAt: address) { return id }
    guard let (start, id) = blocks.nearestBlock(atOrBelow: address), let block = heapBlock(id) else {
      return nil
    }
    let end = start &+ UInt64(max(block.size, 1))
    guard address < end else { return nil }
    lastContainingBlock = (start, end, id)
    return id
  }

  /// `malloc`: a new block holding `contents`; `valueType` is its element or value type.
  package func allocateBlock(
    size: Int, alignment: Int, contents: HeapBlock.Contents, valueType: Int, countsAtomically: Bool = false
  ) throws
    -> (
      id: Int, address: UInt64
    )
  {
    try checkBudgets()
    if liveHeapBytes + size > options.heapBudget {
      try stop(
        "memtutor: stopped when the heap passed \(Self.grouped(options.heapBudget)) bytes (heap budget); the program may allocate forever"
      )
    }
    let address = allocator.allocate(size: size, alignment: alignment)
    let id = nextBlockID
    nextBlockID += 1
    liveHeapBytes += size
    var block = HeapBlock(
      id: id, address: address, size: size, alignment: alignment, contents: contents, status: .live,
      owner: nil)
    block.countsAtomically = countsAtomically
    recorder.allocate(block)
    blocks.insert(id, at: address, valueType: valueType)
    return (id, address)
  }

  package func freeBlock(_ id: Int) {
    if lastContainingBlock?.id == id { lastContainingBlock = nil }
    // The block's address and size only: a copy of the whole block would retain its contents.
    guard let index = recorder.state.blockIndex(id: id), recorder.state.heap[index].status == .live else {
      return
    }
    let address = recorder.state.heap[index].address
    allocator.free(address: address)
    liveHeapBytes -= recorder.state.heap[index].size
    blocks.remove(at: address)
    if !blockExclusions.isEmpty { blockExclusions[id] = nil }
    if !hashIndexes.isEmpty { hashIndexes[id] = nil }
    recorder.free(blockID: id, heapIndex: index)
  }

  /// `realloc`: grows or shrinks the block, in place or by moving it (new id and address).
  package func reallocateBlock(_ id: Int, newSize: Int, contents: HeapBlock.Contents) throws -> (
    id: Int, address: UInt64
  ) {
    guard let block = heapBlock(id) else { return (id, 0) }
    if lastContainingBlock?.id == id { lastContainingBlock = nil }
    try checkBudgets()
    if liveHeapBytes - block.size + newSize > options.heapBudget {
      try stop(
        "memtutor: stopped when the heap passed \(Self.grouped(options.heapBudget)) bytes (heap budget); the program may allocate forever"
      )
    }
    let (address, moved) = allocator.reallocate(
      address: block.address, oldSize: block.size, newSize: newSize, alignment: block.alignment)
    liveHeapBytes += newSize - block.size
    if !moved {
      record(.heapReallocated(blockID: id, newSize: newSize, newContents: contents, movedTo: nil))
      return (id, address)
    }
    let newID = nextBlockID
    nextBlockID += 1
    let newBlock = HeapBlock(
      id: newID, address: address, size: newSize, alignment: block.alignment, contents: contents,
      status: .live,
      owner: block.owner)
    record(.heapReallocated(blockID: id, newSize: newSize, newContents: contents, movedTo: newBlock))
    let valueType = blocks.remove(at: block.address)
    blocks.insert(newID, at: address, valueType: valueType)
    if let exclusions = blockExclusions.removeValue(forKey: id) { blockExclusions[newID] = exclusions }
    return (newID, address)
  }

  // MARK: - Vec and String buffers

  package func elementsContents(_ elementType: Int, capacity: Int, elements: [Value]) -> HeapBlock.Contents {
    let element = types[elementType]
    return .elements(
      elementType: element.name, elementSize: element.size, capacity: capacity, elements: elements)
  }

  /// A new `Vec` value with room for `capacity` elements (no allocation for 0 or zero-sized elements).
  /// memtutor keeps every element as a value it can show: past a few million in one
  /// array or `Vec` the run stops (status 3) instead of exhausting memory.
  package static let maximumElements = 2_000_000

  package func checkElementCount(_ count: Int) throws {
    if count > Self.maximumElements {
      try stop(
        "memtutor: stopped: an array or Vec of \(Self.grouped(count)) elements is more than memtutor can show (at most \(Self.grouped(Self.maximumElements)))"
      )
    }
  }

  /// Rust's `capacity overflow` panic for byte sizes past `isize::MAX`.
  package func checkCapacity(_ capacity: Int, elementSize: Int, at point: SourcePoint?) throws {
    let (bytes, overflow) = capacity.multipliedReportingOverflow(by: max(elementSize, 1))
    if overflow || bytes > Int(Int64.max) {
      try panic(
        "capacity overflow", at: point ?? SourcePoint(line: currentLine, column: currentColumn),
        location: Self.capacityOverflowLocation)
    }
  }

  package func allocateVec(elementType: Int, capacity: Int, exact: Bool) throws -> Value {
    let element = types[elementType]
    if element.size > 0 { try checkCapacity(capacity, elementSize: element.size, at: nil) }
    if element.size == 0 {
      return .buffer(
        pointer: UInt64(max(1, element.alignment)), length: 0, capacity: GrowthPolicy.zeroSizedCapacity,
        kind: .vector)
    }
    guard capacity > 0 else {
      return .buffer(pointer: UInt64(max(1, element.alignment)), length: 0, capacity: 0, kind: .vector)
    }
    let (_, address) = try allocateBlock(
      size: capacity * element.size, alignment: element.alignment,
      contents: elementsContents(elementType, capacity: capacity, elements: []), valueType: elementType)
    return .buffer(pointer: address, length: 0, capacity: capacity, kind: .vector)
  }

  /// Writes `vec![…]`'s elements into the buffer allocated for them.
  package func fillVec(_ vec: Value, with elements: [Value]) throws -> Value {
    guard case .buffer(let pointer, _, let capacity, let kind) = vec else { return vec }
    if let id = blockID(startingAt: pointer), !elements.isEmpty {
      record(.heapElementsReplaced(blockID: id, range: 0..<0, elements: elements))
    }
    return .buffer(pointer: pointer, length: elements.count, capacity: capacity, kind: kind)
  }

  /// The elements of a `Vec` buffer (empty when it has no block).
  package func vecElements(_ vec: Value) -> [Value] {
    guard case .buffer(let pointer, let length, _, _) = vec, length > 0,
      let id = blockID(startingAt: pointer),
      let block = heapBlock(id), case .elements(_, _, _, let elements) = block.contents
    else { return [] }
    return Array(elements.prefix(length))
  }

  /// Changes a `Vec`'s capacity (first allocation, growth, or shrinking), keeping its elements.
  package func resizeVec(_ vec: Value, elementType: Int, newCapacity: Int) throws -> Value {
    guard case .buffer(let pointer, let length, let capacity, let kind) = vec else { return vec }
    let element = types[elementType]
    if element.size == 0 || newCapacity == capacity { return vec }
    if capacity == 0 {
      return try allocateVec(elementType: elementType, capacity: newCapacity, exact: true)
    }
    guard let id = blockID(startingAt: pointer) else { return vec }
    if newCapacity == 0 {
      freeBlock(id)
      return .buffer(pointer: UInt64(max(1, element.alignment)), length: 0, capacity: 0, kind: kind)
    }
    try chargeWork(length)
    let elements = vecElements(vec)
    let (_, address) = try reallocateBlock(
      id, newSize: newCapacity * element.size,
      contents: elementsContents(elementType, capacity: newCapacity, elements: elements))
    return .buffer(pointer: address, length: length, capacity: newCapacity, kind: kind)
  }

  /// Changes a `String`'s capacity, keeping its bytes.
  package func resizeString(_ string: Value, newCapacity: Int) throws -> Value {
    guard case .buffer(let pointer, let length, let capacity, _) = string else { return string }
    if newCapacity == capacity { return string }
    if capacity == 0 {
      let (_, address) = try allocateBlock(
        size: newCapacity, alignment: 1, contents: .bytes(capacity: newCapacity, bytes: []),
        valueType: byteType)
      return .buffer(pointer: address, length: 0, capacity: newCapacity, kind: .string)
    }
    guard let id = blockID(startingAt: pointer) else { return string }
    if newCapacity == 0 {
      freeBlock(id)
      return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    }
    let bytes = readBytes(address: pointer, length: length)
    let (_, address) = try reallocateBlock(
      id, newSize: newCapacity, contents: .bytes(capacity: newCapacity, bytes: bytes))
    return .buffer(pointer: address, length: length, capacity: newCapacity, kind: .string)
  }

  /// A new `String` holding exactly `bytes` (capacity = length; no block when empty).
  package func makeString(_ bytes: [UInt8], capacity: Int? = nil) throws -> Value {
    let wanted = max(capacity ?? bytes.count, bytes.count)
    guard wanted > 0 else { return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string) }
    let (_, address) = try allocateBlock(
      size: wanted, alignment: 1, contents: .bytes(capacity: wanted, bytes: bytes), valueType: byteType)
    return .buffer(pointer: address, length: bytes.count, capacity: wanted, kind: .string)
  }

  /// Appends bytes to the `String` value, growing it by the standard rule.
  package func appendBytes(_ bytes: [UInt8], to string: Value) throws -> Value {
    guard case .buffer(_, let length, let capacity, _) = string, !bytes.isEmpty else { return string }
    let newCapacity = GrowthPolicy.stringCapacity(current: capacity, length: length, appending: bytes.count)
    let grown = try resizeString(string, newCapacity: newCapacity)
    guard case .buffer(let pointer, _, let finalCapacity, _) = grown, let id = blockID(startingAt: pointer)
    else {
      return grown
    }
    record(.heapBytesReplaced(blockID: id, range: length..<length, bytes: bytes))
    return .buffer(pointer: pointer, length: length + bytes.count, capacity: finalCapacity, kind: .string)
  }

  /// `vec![value; count]`: the buffer first, then `count - 1` clones and the value itself.
  package func repeatVec(_ value: Value, count: Int, elementType: Int, at point: SourcePoint) throws -> Value
  {
    try checkCapacity(count, elementSize: types[elementType].size, at: point)
    var vec = try allocateVec(elementType: elementType, capacity: count, exact: true)
    try checkElementCount(count)
    guard count > 0 else {
      if types[elementType].needsDrop {
        let address = materialize(value, type: elementType, depth: Int.max, extended: nil)
        try runDrops([
          .value(address: address, type: elementType, exclusions: []), .releaseTemporary(address: address),
        ])
      }
      return vec
    }
    var elements: [Value] = []
    elements.reserveCapacity(count)
    if types[elementType].isCopy {
      elements = Array(repeating: value, count: count)
    } else {
      for _ in 1..<count { elements.append(try cloneValue(value, type: elementType)) }
      elements.append(value)
    }
    vec = try fillVec(vec, with: elements)
    if case .buffer(let pointer, _, let capacity, let kind) = vec, types[elementType].size == 0 {
      vec = .buffer(pointer: pointer, length: count, capacity: capacity, kind: kind)
    }
    return vec
  }
}
