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

  // MARK: - Owners

  /// Names the blocks a slot's new value owns after `function::slot` (fields as `.name`).
  package func noteOwners(frame: Int, slot: Int) {
    guard namesOwners else { return }
    let type = functions[frames[frame].function].slotTypes[slot]
    guard types.needsDrop(type) else { return }
    let layout = slotLayout(frame: frame, slot: slot)
    let name = "\(functions[frames[frame].function].name)::\(layout.name)"
    assignOwners(slotValue(frame: frame, slot: slot), type: type, name: name, depth: 0)
  }

  /// `owner.field` for a path such as `main::account`; for "an element of main::accounts" (an
  /// element's index can change after it is named), "the .field of an element of …", which does
  /// not read as a field of the vector itself.
  static func member(_ field: String, of owner: String) -> String {
    guard owner.hasPrefix(elementPrefix) || owner.hasPrefix("the ") else {
      return field.hasPrefix("[") ? owner + field : "\(owner).\(field)"
    }
    return field.hasPrefix("[") ? "the \(field) of \(owner)" : "the .\(field) of \(owner)"
  }

  static let elementPrefix = "an element of "

  package func assignOwners(_ value: Value, type: Int, name: String, depth: Int) {
    guard namesOwners, depth < 8 else { return }
    let runtime = types[type]
    guard runtime.needsDrop else { return }
    if runtime.treeNodes != nil, case .tuple(let words) = value, let root = words.first {
      // A B-tree's root node is named after the map; the nodes below it hang off the root.
      if let id = blocks.id(startingAt: address(of: root)) { setOwner(id, name) }
      return
    }
    switch (runtime.shape, value) {
    case (.string, .buffer(let pointer, _, let capacity, _)):
      if capacity > 0, let id = blocks.id(startingAt: pointer) { setOwner(id, name) }
    case (.vec, .buffer(let pointer, _, let capacity, _)):
      // The elements are named when the buffer changes hands (not on every push).
      if capacity > 0, let id = blocks.id(startingAt: pointer), setOwner(id, name),
        types[runtime.element].needsDrop
      {
        for element in vecElements(value).prefix(1000) {
          assignOwners(element, type: runtime.element, name: "an element of \(name)", depth: depth + 1)
        }
      }
    case (.rc, .pointer(let pointer, _)):
      // Shared: the first owner names it.
      if let id = blocks.id(startingAt: pointer), heapBlock(id)?.owner == nil { setOwner(id, name) }
    case (.box, .pointer(let pointer, _)):
      if let id = blocks.id(startingAt: pointer) { setOwner(id, name) }
    case (.fatPointer, .slicePointer(let pointer, let length, .box)):
      // `Box<[T]>`: its block, and what its elements own.
      guard let id = blocks.id(startingAt: pointer), setOwner(id, name),
        case .slice(let elementTerm) = types[runtime.element].term
      else { return }
      let element = types.id(elementTerm)
      guard types[element].needsDrop else { return }
      let size = types[element].size
      for index in 0..<min(length, 1000) {
        if let item = try? read(address: pointer &+ UInt64(index * size), type: element) {
          assignOwners(item, type: element, name: "an element of \(name)", depth: depth + 1)
        }
      }
    case (.structure, .structure(_, let fields)) where runtime.term.isLibrary(.vecIntoIter):
      // `vec::IntoIter` owns the buffer it walks.
      if fields.count == 4, integer(fields[1]) > 0, let id = blocks.id(startingAt: address(of: fields[0])) {
        setOwner(id, name)
      }
    case (.structure, .structure(let structName, let fields)):
      var names = types.declarations.structs[structName]?.fields.map(\.name) ?? []
      if case .library(let wrapper, _) = runtime.term { names = wrapper.fieldNames }
      for (index, (field, part)) in zip(fields, runtime.parts).enumerated() {
        let fieldName = index < names.count ? names[index] : String(index)
        assignOwners(field, type: part, name: Self.member(fieldName, of: name), depth: depth + 1)
      }
    case (.tuple, .tuple(let items)):
      for (index, (item, part)) in zip(items, runtime.parts).enumerated() {
        assignOwners(item, type: part, name: Self.member(String(index), of: name), depth: depth + 1)
      }
    case (.array, .array(let items)):
      for (index, item) in items.enumerated().prefix(64) {
        assignOwners(item, type: runtime.element, name: Self.member("[\(index)]", of: name), depth: depth + 1)
      }
    case (.option, .variant(_, let variant, let payload)),
      (.enumeration, .variant(_, let variant, let payload)):
      guard let index = runtime.variantNames.firstIndex(of: variant) else { return }
      for (item, part) in zip(payload, runtime.variantPayloads[index]) {
        assignOwners(item, type: part, name: name, depth: depth + 1)
      }
    default:
      break
    }
  }

  /// Records a block's new owner; false when it already had that owner.
  @discardableResult
  package func setOwner(_ id: Int, _ owner: String) -> Bool {
    guard let block = heapBlock(id), block.owner != owner else { return false }
    record(.heapOwnerChanged(blockID: id, owner: owner))
    return true
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

  // MARK: - Clone

  /// `Clone::clone` for any cloneable type: new heap blocks for `String`, `Vec` and `Box`,
  /// one more strong count for `Rc`, a plain copy for `Copy` types.
  package func cloneValue(_ value: Value, type: Int, depth: Int = 0) throws -> Value {
    if depth > Self.maximumValueDepth { try stopForDepth("clone") }
    let runtime = types[type]
    if runtime.isCopy { return value }
    if let cloned = try cloneCellOrWeak(value, type: type, depth: depth) { return cloned }
    if let shape = treeShape(type) { return try cloneTree(value, shape: shape, depth: depth) }
    if case .hashMap = runtime.term, let entryType = runtime.hashEntry {
      return try cloneHashTable(value, entryType: entryType, depth: depth)
    }
    switch runtime.shape {
    case .string:
      guard case .buffer(let pointer, let length, _, _) = value else { return value }
      return try makeString(readBytes(address: pointer, length: length))
    case .vec:
      let elements = vecElements(value)
      guard case .buffer(_, let length, _, _) = value else { return value }
      try chargeWork(length)
      var copy = try allocateVec(elementType: runtime.element, capacity: length, exact: true)
      var cloned: [Value] = []
      for element in elements {
        cloned.append(try cloneValue(element, type: runtime.element, depth: depth + 1))
      }
      copy = try fillVec(copy, with: cloned)
      if types[runtime.element].size == 0, case .buffer(let p, _, let c, let k) = copy {
        copy = .buffer(pointer: p, length: length, capacity: c, kind: k)
      }
      return copy
    case .box:
      let inner = types[runtime.element]
      let pointee = try read(address: address(of: value), type: runtime.element)
      if inner.size == 0 { return value }
      let (id, address) = try allocateBlock(
        size: inner.size, alignment: inner.alignment, contents: .boxed(typeName: inner.name, value: .unit),
        valueType: runtime.element)
      let cloned = try cloneValue(pointee, type: runtime.element, depth: depth + 1)
      record(.heapValueWritten(blockID: id, value: cloned))
      return .pointer(address: address, kind: .box)
    case .rc:
      try retainRc(address(of: value))
      return value
    case .tuple:
      guard case .tuple(let items) = value else { return value }
      var result: [Value] = []
      for (item, part) in zip(items, runtime.parts) {
        result.append(try cloneValue(item, type: part, depth: depth + 1))
      }
      return .tuple(result)
    case .array:
      guard case .array(let items) = value else { return value }
      var result: [Value] = []
      for item in items { result.append(try cloneValue(item, type: runtime.element, depth: depth + 1)) }
      return .array(result)
    case .structure:
      guard case .structure(let name, let fields) = value else { return value }
      var result: [Value] = []
      for (field, part) in zip(fields, runtime.parts) {
        result.append(try cloneValue(field, type: part, depth: depth + 1))
      }
      return .structure(name: name, fields: result)
    case .option, .enumeration:
      guard case .variant(let enumName, let variant, let payload) = value else { return value }
      let index = runtime.variantNames.firstIndex(of: variant) ?? 0
      let payloadTypes = runtime.variantPayloads.indices.contains(index) ? runtime.variantPayloads[index] : []
      var result: [Value] = []
      for (item, part) in zip(payload, payloadTypes) {
        result.append(try cloneValue(item, type: part, depth: depth + 1))
      }
      return .variant(enumName: enumName, variant: variant, payload: result)
    default:
      return value
    }
  }

  // MARK: - Rc

  package func rcCounts(_ address: UInt64) -> (id: Int, strong: Int, weak: Int)? {
    guard let id = blockID(startingAt: address), let block = heapBlock(id),
      case .counted(_, let strong, let weak, _) = block.contents
    else { return nil }
    return (id, strong, weak)
  }

  package func retainRc(_ address: UInt64) throws {
    guard let (id, strong, weak) = rcCounts(address) else { return }
    record(.heapCountsChanged(blockID: id, strong: strong + 1, weak: weak))
  }
}
