import MemoryModel
import RustFrontEnd

/// `VecDeque<T>` as rustc 1.95's std lays it out: four words `[cap, ptr, head, len]` and one
/// heap buffer of `cap` slots used as a ring (`RingBufferLayout`), which grows through
/// `realloc` by `Vec`'s rule. The block's elements are its slots, empty ones `uninitialized`.
extension Interpreter {
  struct Deque {
    var capacity: Int
    var pointer: UInt64
    var head: Int
    var length: Int
  }

  static let rotateLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/vec_deque/mod.rs"

  /// The element type of a `VecDeque<T>` type (its `ptr` field is a `&T`).
  func dequeElementType(_ dequeType: Int) -> Int {
    let parts = types[dequeType].parts
    return parts.count == 4 ? pointee(parts[1]) : types.unit
  }

  func deque(_ value: Value) -> Deque {
    guard case .structure(_, let fields) = value, fields.count == 4 else {
      return Deque(capacity: 0, pointer: 0, head: 0, length: 0)
    }
    return Deque(
      capacity: Int(clamping: integer(fields[0])), pointer: address(of: fields[1]),
      head: Int(clamping: integer(fields[2])), length: Int(clamping: integer(fields[3])))
  }

  func dequeValue(_ deque: Deque) -> Value {
    .structure(
      name: LibraryWrapper.vecDeque.rawValue,
      fields: [
        usize(deque.capacity), .pointer(address: deque.pointer, kind: .raw), usize(deque.head),
        usize(deque.length),
      ])
  }

  func ringContents(_ elementType: Int, capacity: Int, slots: [Value]) -> HeapBlock.Contents {
    let element = types[elementType]
    return .elements(
      elementType: RingBufferLayout.ringLabel(element: element.name), elementSize: element.size,
      capacity: capacity, elements: slots)
  }

  func ringSlots(_ elements: [Value], head: Int, capacity: Int) -> [Value] {
    RingBufferLayout.slots(elements, head: head, capacity: capacity).map { $0 ?? .uninitialized }
  }

  /// The elements front to back.
  func dequeElements(_ value: Value, dequeType: Int) throws -> [Value] {
    let deque = deque(value)
    guard deque.length > 0, let id = blockID(startingAt: deque.pointer), let block = heapBlock(id),
      case .elements(_, _, _, let slots) = block.contents
    else { return [] }
    try chargeWork(deque.length)
    let padded = slots + [Value](repeating: .uninitialized, count: max(0, deque.capacity - slots.count))
    return RingBufferLayout.elements(
      padded.map { $0 == .uninitialized ? nil : $0 }, head: deque.head, length: deque.length)
  }

  /// A new deque holding `elements` from slot 0, in a buffer of exactly `capacity` slots
  /// (none for 0).
  func makeDeque(elementType: Int, capacity: Int, elements: [Value], at point: SourcePoint) throws
    -> Deque
  {
    let element = types[elementType]
    try checkCapacity(capacity, elementSize: element.size, at: point)
    try checkElementCount(capacity)
    guard capacity > 0, element.size > 0 else {
      return Deque(
        capacity: element.size == 0 ? GrowthPolicy.zeroSizedCapacity : 0,
        pointer: UInt64(max(1, element.alignment)), head: 0, length: 0)
    }
    let (_, address) = try allocateBlock(
      size: capacity * element.size, alignment: element.alignment,
      contents: ringContents(
        elementType, capacity: capacity, slots: ringSlots(elements, head: 0, capacity: capacity)),
      valueType: elementType)
    return Deque(capacity: capacity, pointer: address, head: 0, length: elements.count)
  }

  /// Writes the deque's elements (front to back) into its slots from `head`, and its handle.
  func storeDeque(
    _ deque: Deque, elements: [Value], elementType: Int, at dequeAddress: UInt64, type dequeType: Int
  ) throws {
    if deque.capacity > 0, let id = blockID(startingAt: deque.pointer), let block = heapBlock(id),
      case .elements(_, _, _, let old) = block.contents
    {
      let slots = ringSlots(elements, head: deque.head, capacity: deque.capacity)
      if slots != old {
        record(.heapElementsReplaced(blockID: id, range: 0..<old.count, elements: slots))
      }
    }
    try write(address: dequeAddress, type: dequeType, value: dequeValue(deque))
  }

  /// Grows the buffer to `newCapacity` (`realloc`, or the first `malloc`), then moves the
  /// wrapped part as std's `handle_capacity_increase` does.
  private func growDeque(_ deque: inout Deque, elements: [Value], elementType: Int, to newCapacity: Int)
    throws
  {
    let element = types[elementType]
    try checkCapacity(newCapacity, elementSize: element.size, at: nil)
    try checkElementCount(newCapacity)
    guard deque.capacity > 0, let id = blockID(startingAt: deque.pointer) else {
      let (_, address) = try allocateBlock(
        size: newCapacity * element.size, alignment: element.alignment,
        contents: ringContents(
          elementType, capacity: newCapacity, slots: ringSlots([], head: 0, capacity: newCapacity)),
        valueType: elementType)
      deque = Deque(capacity: newCapacity, pointer: address, head: 0, length: deque.length)
      return
    }
    try chargeWork(deque.length)
    let head = RingBufferLayout.headAfterGrowth(
      head: deque.head, length: deque.length, oldCapacity: deque.capacity, newCapacity: newCapacity)
    let (_, address) = try reallocateBlock(
      id, newSize: newCapacity * element.size,
      contents: ringContents(
        elementType, capacity: newCapacity, slots: ringSlots(elements, head: head, capacity: newCapacity)))
    deque = Deque(capacity: newCapacity, pointer: address, head: head, length: deque.length)
  }

  func vecDequeResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "new", "with_capacity":
      let elementType = dequeElementType(resultType)
      let capacity = name == "new" ? 0 : Int(clamping: integer(arguments[0]))
      return dequeValue(try makeDeque(elementType: elementType, capacity: capacity, elements: [], at: point))
    case "from_array":
      guard case .array(let items) = arguments[0] else { return .unit }
      let elementType = dequeElementType(resultType)
      return dequeValue(
        try makeDeque(elementType: elementType, capacity: items.count, elements: items, at: point))
    case "from_vec":
      // `From<Vec<T>>` keeps the `Vec`'s buffer: the same block, capacity and elements.
      guard case .buffer(let pointer, let length, let capacity, _) = arguments[0] else { return .unit }
      let elementType = dequeElementType(resultType)
      if capacity > 0, let id = blockID(startingAt: pointer) {
        // The same bytes, now read as a ring: the block is relabelled, nothing moves.
        let slots = ringSlots(vecElements(arguments[0]), head: 0, capacity: capacity)
        record(
          .heapWritten(blockID: id, contents: ringContents(elementType, capacity: capacity, slots: slots)))
      }
      return dequeValue(Deque(capacity: capacity, pointer: pointer, head: 0, length: length))
    default:
      break
    }
    let dequeType = pointee(typeList[0])
    let elementType = dequeElementType(dequeType)
    let elementSize = types[elementType].size
    let dequeAddress = address(of: arguments[0])
    let current = try read(address: dequeAddress, type: dequeType)
    var deque = deque(current)
    var elements = try dequeElements(current, dequeType: dequeType)
    func elementAddress(_ index: Int) -> UInt64 {
      deque.pointer
        &+ UInt64(
          RingBufferLayout.slot(head: deque.head, index: index, capacity: deque.capacity) * elementSize)
    }
    func reference(_ index: Int, mutable: Bool) -> Value {
      .pointer(address: elementAddress(index), kind: mutable ? .mutableReference : .sharedReference)
    }
    switch name {
    case "len": return usize(deque.length)
    case "is_empty": return .boolean(deque.length == 0)
    case "capacity": return usize(deque.capacity)
    case "front", "back", "front_mut", "back_mut":
      guard deque.length > 0 else { return Self.none }
      let index = name.hasPrefix("front") ? 0 : deque.length - 1
      return Self.some(reference(index, mutable: name.hasSuffix("_mut")))
    case "get", "get_mut":
      let index = integer(arguments[1])
      guard index >= 0, index < Int128(deque.length) else { return Self.none }
      return Self.some(reference(Int(index), mutable: name == "get_mut"))
    case "index", "index_mut":
      let index = integer(arguments[1])
      guard index >= 0, index < Int128(deque.length) else { try panic("Out of bounds access", at: point) }
      return reference(Int(index), mutable: name == "index_mut")
    case "contains":
      let wanted = try read(address: address(of: arguments[1]), type: elementType)
      for item in elements where try compareValues(item, wanted, type: elementType) == 0 {
        return .boolean(true)
      }
      return .boolean(false)
    case "push_back", "push_front":
      if deque.length == deque.capacity {
        let grown = GrowthPolicy.afterPush(
          current: deque.capacity, length: deque.length, elementSize: elementSize)
        try growDeque(&deque, elements: elements, elementType: elementType, to: grown)
      }
      if name == "push_back" {
        elements.append(arguments[1])
      } else {
        elements.insert(arguments[1], at: 0)
        deque.head = deque.head == 0 ? deque.capacity - 1 : deque.head - 1
      }
      deque.length += 1
      try storeDeque(deque, elements: elements, elementType: elementType, at: dequeAddress, type: dequeType)
      return .unit
    case "pop_front", "pop_back":
      guard deque.length > 0 else { return Self.none }
      let item = name == "pop_front" ? elements.removeFirst() : elements.removeLast()
      if name == "pop_front" {
        deque.head = RingBufferLayout.slot(head: deque.head, index: 1, capacity: deque.capacity)
      }
      deque.length -= 1
      try storeDeque(deque, elements: elements, elementType: elementType, at: dequeAddress, type: dequeType)
      return Self.some(item)
    case "make_contiguous":
      deque.head = RingBufferLayout.headAfterMakingContiguous(
        head: deque.head, length: deque.length, capacity: deque.capacity)
      try storeDeque(deque, elements: elements, elementType: elementType, at: dequeAddress, type: dequeType)
      return .slicePointer(address: elementAddress(0), length: deque.length, kind: .mutableReference)
    case "as_slices":
      let first = min(deque.length, deque.capacity - deque.head)
      return .tuple([
        .slicePointer(address: elementAddress(0), length: first, kind: .sharedReference),
        .slicePointer(address: deque.pointer, length: deque.length - first, kind: .sharedReference),
      ])
    case "rotate_left", "rotate_right":
      let count = Int(clamping: integer(arguments[1]))
      guard count <= deque.length else {
        let line = name == "rotate_left" ? 2986 : 3031
        try panic(
          "assertion failed: n <= self.len()", at: point, location: "\(Self.rotateLocation):\(line):9")
      }
      try chargeWork(deque.length)
      if name == "rotate_left" {
        deque.head = RingBufferLayout.headAfterRotatingLeft(
          count, head: deque.head, length: deque.length, capacity: deque.capacity)
        elements = Array(elements[count...] + elements[..<count])
      } else {
        deque.head = RingBufferLayout.headAfterRotatingRight(
          count, head: deque.head, length: deque.length, capacity: deque.capacity)
        elements = Array(elements[(deque.length - count)...] + elements[..<(deque.length - count)])
      }
      try storeDeque(deque, elements: elements, elementType: elementType, at: dequeAddress, type: dequeType)
      return .unit
    case "reserve", "extend owned", "extend slice":
      // std reserves room for every new element first (`reserve`, then
      // `handle_capacity_increase`), then writes them after the back.
      var added: [Value] = []
      switch name {
      case "extend owned":
        switch arguments[1] {
        case .array(let items): added = items
        case .buffer(let pointer, _, let capacity, _):
          added = vecElements(arguments[1])
          // The `Vec`'s `IntoIter` frees its buffer once its elements are moved out.
          if capacity > 0, elementSize > 0, let id = blockID(startingAt: pointer) { freeBlock(id) }
        default: break
        }
      case "extend slice":
        for item in try sliceElements(arguments[1], elementType: elementType) {
          added.append(try cloneValue(item, type: elementType))
        }
      default: break
      }
      let additional = name == "reserve" ? Int(clamping: integer(arguments[1])) : added.count
      if Int128(deque.length) + Int128(additional) > Int128(Int64.max) {
        try panic("capacity overflow", at: point, location: Self.capacityOverflowLocation)
      }
      let grown = GrowthPolicy.reserve(
        current: deque.capacity, length: deque.length, additional: additional, elementSize: elementSize)
      if grown > deque.capacity {
        try growDeque(&deque, elements: elements, elementType: elementType, to: grown)
      }
      elements += added
      deque.length += added.count
      try storeDeque(deque, elements: elements, elementType: elementType, at: dequeAddress, type: dequeType)
      return .unit
    case "clear", "truncate":
      // `clear` is `truncate(0)` then `head = 0`; `truncate` drops the back elements in place,
      // front to back, and keeps the head.
      let kept = name == "clear" ? 0 : min(deque.length, Int(clamping: integer(arguments[1])))
      guard kept < deque.length || (name == "clear" && deque.head != 0) else { return .unit }
      var work: [DropWork] = []
      if types[elementType].needsDrop {
        work = (kept..<deque.length).map {
          .value(address: elementAddress($0), type: elementType, exclusions: [])
        }
      }
      work.append(
        .setVecLength(
          address: dequeAddress, type: dequeType, length: name == "clear" ? Self.clearedDeque : kept))
      push(.unit)
      try runDrops(work)
      return nil
    case "shrink_to_fit":
      try shrinkDeque(&deque, elements: elements, elementType: elementType)
      try write(address: dequeAddress, type: dequeType, value: dequeValue(deque))
      return .unit
    default:
      throw MisroutedBuiltin(builtin: .vecDeque(name))
    }
  }

  /// `shrink_to_fit`: the elements past the new end move into the slots that stay, then the
  /// buffer shrinks (`realloc`), or is freed when the deque is empty.
  private func shrinkDeque(_ deque: inout Deque, elements: [Value], elementType: Int) throws {
    let element = types[elementType]
    let target = deque.length
    guard element.size > 0, deque.capacity > target, let id = blockID(startingAt: deque.pointer) else {
      return
    }
    guard target > 0 else {
      freeBlock(id)
      deque = Deque(capacity: 0, pointer: UInt64(max(1, element.alignment)), head: 0, length: 0)
      return
    }
    try chargeWork(deque.length)
    let head = RingBufferLayout.headBeforeShrinking(
      head: deque.head, length: deque.length, capacity: deque.capacity, target: target)
    let (_, address) = try reallocateBlock(
      id, newSize: target * element.size,
      contents: ringContents(
        elementType, capacity: target, slots: ringSlots(elements, head: head, capacity: target)))
    deque = Deque(capacity: target, pointer: address, head: head, length: deque.length)
  }

  /// Dropping a deque drops its elements front to back, then frees the buffer.
  func dropVecDeque(
    at address: UInt64, type: Int, exclusions: [Range<UInt64>], into work: inout [DropWork]
  ) throws {
    let deque = deque(try read(address: address, type: type))
    let elementType = dequeElementType(type)
    let size = types[elementType].size
    guard deque.capacity > 0, size > 0, let id = blockID(startingAt: deque.pointer) else { return }
    if types[elementType].needsDrop {
      for index in 0..<deque.length {
        let slot = RingBufferLayout.slot(head: deque.head, index: index, capacity: deque.capacity)
        work.append(
          .value(address: deque.pointer &+ UInt64(slot * size), type: elementType, exclusions: exclusions))
      }
    }
    work.append(.free(blockID: id))
  }

  /// The items of `iter()`, `iter_mut()`, `for x in &deque`: references to each element,
  /// front to back. `source` is the tuple the method call makes of its receiver.
  func dequeItems(_ rule: PieceRule, source: Value, dequeType: Int) throws -> [Value] {
    guard case .tuple(let parts) = source, let receiver = parts.first else { return [] }
    let deque = deque(try read(address: address(of: receiver), type: dequeType))
    try chargeWork(deque.length)
    let size = types[dequeElementType(dequeType)].size
    let kind: PointerKind = rule == .dequeItemsMut ? .mutableReference : .sharedReference
    return (0..<deque.length).map { index in
      let slot = RingBufferLayout.slot(head: deque.head, index: index, capacity: deque.capacity)
      return .pointer(address: deque.pointer &+ UInt64(slot * size), kind: kind)
    }
  }
}
