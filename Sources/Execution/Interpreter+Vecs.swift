import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// The `Vec` builtins' results (see `builtinResult`).
  func vecResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    case .vecPush:
      try pushElement(arguments[1], toVecAt: argumentAddress(0), type: pointee(typeList[0]))
      return .unit
    case .vecPop:
      let type = pointee(typeList[0])
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(let pointer, let length, let capacity, let kind) = vec, length > 0 else {
        return Self.none
      }
      let element = types[type].element
      let item = try read(address: pointer &+ UInt64((length - 1) * types[element].size), type: element)
      if let id = blockID(startingAt: pointer) {
        record(.heapElementsReplaced(blockID: id, range: length - 1..<length, elements: []))
      }
      try write(
        address: argumentAddress(0), type: type,
        value: .buffer(pointer: pointer, length: length - 1, capacity: capacity, kind: kind))
      return Self.some(item)
    case .vecInsert:
      let type = pointee(typeList[0])
      let index = Int(clamping: argumentInteger(1))
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, _, _) = vec else { return .unit }
      guard index <= length else {
        try panic("insertion index (is \(index)) should be <= len (is \(length))", at: point)
      }
      try insertElement(arguments[2], at: index, toVecAt: argumentAddress(0), type: type)
      return .unit
    case .vecRemove, .vecSwapRemove:
      let type = pointee(typeList[0])
      let index = Int(clamping: argumentInteger(1))
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(let pointer, let length, let capacity, let kind) = vec else { return .unit }
      guard index < length else {
        let name = builtin == .vecRemove ? "removal" : "swap_remove"
        try panic("\(name) index (is \(index)) should be < len (is \(length))", at: point)
      }
      try chargeWork(length - index)
      var elements = vecElements(vec)
      let removed = elements[index]
      if let id = blockID(startingAt: pointer) {
        if builtin == .vecRemove || index == length - 1 {
          record(.heapElementsReplaced(blockID: id, range: index..<index + 1, elements: []))
        } else {
          elements[index] = elements[length - 1]
          record(.heapElementsReplaced(blockID: id, range: index..<index + 1, elements: [elements[index]]))
          record(.heapElementsReplaced(blockID: id, range: length - 1..<length, elements: []))
        }
      }
      try write(
        address: argumentAddress(0), type: type,
        value: .buffer(pointer: pointer, length: length - 1, capacity: capacity, kind: kind))
      return removed
    case .vecSplitOff:
      let type = pointee(typeList[0])
      let at = Int(clamping: argumentInteger(1))
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(let pointer, let length, let capacity, let kind) = vec else { return .unit }
      guard at <= length else {
        try panic("`at` split index (is \(at)) should be <= len (is \(length))", at: point)
      }
      let moved = Array(vecElements(vec).dropFirst(at))
      try chargeWork(moved.count)
      let other = try allocateVec(elementType: types[type].element, capacity: length - at, exact: true)
      if let id = blockID(startingAt: pointer), at < length {
        record(.heapElementsReplaced(blockID: id, range: at..<length, elements: []))
      }
      try write(
        address: argumentAddress(0), type: type,
        value: .buffer(pointer: pointer, length: at, capacity: capacity, kind: kind))
      return try fillVec(other, with: moved)
    case .vecAppend:
      // std reserves room for the other's elements, copies them and sets the other's length
      // to 0 (its buffer stays).
      let type = pointee(typeList[0])
      let element = types[type].element
      let other = try read(address: argumentAddress(1), type: type)
      guard case .buffer(let otherPointer, let otherLength, let otherCapacity, let otherKind) = other else {
        return .unit
      }
      let items = vecElements(other)
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, let capacity, _) = vec else { return .unit }
      if types[element].size > 0 { try checkElementCount(length + items.count) }
      try chargeWork(items.count)
      let newCapacity = GrowthPolicy.reserve(
        current: capacity, length: length, additional: items.count, elementSize: types[element].size)
      let grown = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
      guard case .buffer(let pointer, let currentLength, let currentCapacity, let kind) = grown else {
        return .unit
      }
      if let id = blockID(startingAt: pointer), !items.isEmpty {
        record(.heapElementsReplaced(blockID: id, range: currentLength..<currentLength, elements: items))
      }
      try write(
        address: argumentAddress(0), type: type,
        value: .buffer(
          pointer: pointer, length: currentLength + items.count, capacity: currentCapacity, kind: kind))
      if let id = blockID(startingAt: otherPointer), otherLength > 0 {
        record(.heapElementsReplaced(blockID: id, range: 0..<otherLength, elements: []))
      }
      try write(
        address: argumentAddress(1), type: type,
        value: .buffer(pointer: otherPointer, length: 0, capacity: otherCapacity, kind: otherKind))
      return .unit
    case .vecClear, .vecTruncate:
      let type = pointee(typeList[0])
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(let pointer, let length, _, _) = vec else { return .unit }
      let newLength = builtin == .vecClear ? 0 : min(length, Int(clamping: argumentInteger(1)))
      guard newLength < length else { return .unit }
      let element = types[type].element
      var work: [DropWork] = []
      if types[element].needsDrop {
        for index in newLength..<length {
          work.append(
            .value(address: pointer &+ UInt64(index * types[element].size), type: element, exclusions: []))
        }
      }
      work.append(.setVecLength(address: argumentAddress(0), type: type, length: newLength))
      push(.unit)
      try runDrops(work)
      return nil
    case .vecReserve, .vecReserveExact:
      let type = pointee(typeList[0])
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, let capacity, _) = vec else { return .unit }
      let element = types[type].element
      let additional = Int(clamping: argumentInteger(1))
      if Int128(length) + argumentInteger(1) > Int128(Int64.max) {
        try panic("capacity overflow", at: point, location: Self.capacityOverflowLocation)
      }
      try checkCapacity(length + additional, elementSize: types[element].size, at: point)
      let newCapacity =
        builtin == .vecReserve
        ? GrowthPolicy.reserve(
          current: capacity, length: length, additional: additional, elementSize: types[element].size)
        : GrowthPolicy.reserveExact(
          current: capacity, length: length, additional: additional, elementSize: types[element].size)
      try write(
        address: argumentAddress(0), type: type,
        value: try resizeVec(vec, elementType: element, newCapacity: newCapacity))
      return .unit
    case .vecShrinkToFit:
      let type = pointee(typeList[0])
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, let capacity, _) = vec else { return .unit }
      let element = types[type].element
      let newCapacity = GrowthPolicy.shrinkToFit(
        current: capacity, length: length, elementSize: types[element].size)
      try write(
        address: argumentAddress(0), type: type,
        value: try resizeVec(vec, elementType: element, newCapacity: newCapacity))
      return .unit
    case .vecExtendFromSlice:
      let type = pointee(typeList[0])
      let element = types[type].element
      let items = try sliceElements(arguments[1], elementType: element)
      let vec = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, let capacity, _) = vec else { return .unit }
      if types[element].size > 0 { try checkElementCount(length + items.count) }
      let newCapacity = GrowthPolicy.reserve(
        current: capacity, length: length, additional: items.count, elementSize: types[element].size)
      var grown = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
      try write(address: argumentAddress(0), type: type, value: grown)
      if types[element].isCopy, types[element].size > 0,
        case .buffer(let pointer, let currentLength, let currentCapacity, let kind) = grown
      {
        // Copies need no cloning: one event for the lot, not one per element.
        if let id = blockID(startingAt: pointer), !items.isEmpty {
          record(.heapElementsReplaced(blockID: id, range: currentLength..<currentLength, elements: items))
        }
        try write(
          address: argumentAddress(0), type: type,
          value: .buffer(
            pointer: pointer, length: currentLength + items.count, capacity: currentCapacity, kind: kind))
        return .unit
      }
      for item in items {
        let cloned = try cloneValue(item, type: element)
        grown = try read(address: argumentAddress(0), type: type)
        guard case .buffer(let pointer, let currentLength, let currentCapacity, let kind) = grown else {
          break
        }
        if let id = blockID(startingAt: pointer) {
          record(.heapElementsReplaced(blockID: id, range: currentLength..<currentLength, elements: [cloned]))
        }
        try write(
          address: argumentAddress(0), type: type,
          value: .buffer(pointer: pointer, length: currentLength + 1, capacity: currentCapacity, kind: kind))
      }
      return .unit
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// The `slice` builtins' results (see `builtinResult`).
  func sliceResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    case .sliceLength:
      guard case .slicePointer(_, let length, _) = arguments[0] else { return usize(0) }
      return usize(length)
    case .sliceIsEmpty:
      guard case .slicePointer(_, let length, _) = arguments[0] else { return .boolean(true) }
      return .boolean(length == 0)
    case .sliceGet, .sliceFirst, .sliceLast:
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return Self.none }
      let elementSize = types[sliceElementType(typeList[0])].size
      let index: Int128
      switch builtin {
      case .sliceGet: index = argumentInteger(1)
      case .sliceFirst: index = 0
      default: index = Int128(length) - 1
      }
      guard index >= 0, index < Int128(length) else { return Self.none }
      // `get_mut`, `first_mut`, `last_mut` hand out a `&mut` to the element.
      var kind = PointerKind.sharedReference
      if case .option(.reference(_, true)) = types[resultType].term { kind = .mutableReference }
      return Self.some(.pointer(address: address &+ UInt64(Int(index) * elementSize), kind: kind))
    case .sliceContains:
      let element = sliceElementType(typeList[0])
      let wanted = try read(address: argumentAddress(1), type: element)
      for item in try sliceElements(arguments[0], elementType: element)
      where try compareValues(item, wanted, type: element) == 0 {
        return .boolean(true)
      }
      return .boolean(false)
    case .sliceToVec:
      let element = sliceElementType(typeList[0])
      let items = try sliceElements(arguments[0], elementType: element)
      let vec = try allocateVec(elementType: element, capacity: items.count, exact: true)
      var cloned: [Value] = []
      for item in items { cloned.append(try cloneValue(item, type: element)) }
      return try fillVec(vec, with: cloned)
    case .sliceSwap:
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return .unit }
      let element = sliceElementType(typeList[0])
      let size = types[element].size
      let first = argumentInteger(1)
      let second = argumentInteger(2)
      for index in [first, second] where index < 0 || index >= Int128(length) {
        try panic("index out of bounds: the len is \(length) but the index is \(index)", at: point)
      }
      let firstAddress = address &+ UInt64(Int(first) * size)
      let secondAddress = address &+ UInt64(Int(second) * size)
      let a = try read(address: firstAddress, type: element)
      let b = try read(address: secondAddress, type: element)
      try write(address: firstAddress, type: element, value: b)
      try write(address: secondAddress, type: element, value: a)
      return .unit
    case .sliceReverse:
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return .unit }
      let element = sliceElementType(typeList[0])
      let size = types[element].size
      let items = try sliceElements(arguments[0], elementType: element)
      for (index, item) in items.reversed().enumerated() where index < length {
        try write(address: address &+ UInt64(index * size), type: element, value: item)
      }
      return .unit
    case .sliceSum:
      return .unit
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  package func sliceElementType(_ referenceType: Int) -> Int {
    let slice = types[pointee(referenceType)]
    if case .slice(let element) = slice.term { return types.id(element) }
    return slice.element
  }

  package func sliceElements(_ slice: Value, elementType: Int) throws -> [Value] {
    guard case .slicePointer(let address, let length, _) = slice else { return [] }
    let size = types[elementType].size
    try chargeWork(length)
    // A slice of one `Vec` buffer: its elements in one copy, not one block lookup each.
    if size > 0, let id = blockContaining(address), let block = heapBlock(id),
      case .elements(_, let elementSize, _, let elements) = block.contents, elementSize == size
    {
      let offset = Int(address - block.address)
      let start = offset / size
      if offset % size == 0, start + length <= elements.count {
        return Array(elements[start..<start + length])
      }
    }
    var items: [Value] = []
    items.reserveCapacity(length)
    for index in 0..<length {
      items.append(try read(address: address &+ UInt64(index * size), type: elementType))
    }
    return items
  }

  package func pushElement(_ item: Value, toVecAt address: UInt64, type: Int) throws {
    let vec = try read(address: address, type: type)
    guard case .buffer(_, let length, _, _) = vec else { return }
    try insertElement(item, at: length, into: vec, at: address, type: type)
  }

  package func insertElement(_ item: Value, at index: Int, toVecAt address: UInt64, type: Int) throws {
    try insertElement(item, at: index, into: try read(address: address, type: type), at: address, type: type)
  }

  /// `insertElement` with the `Vec`'s value already read from `address`.
  private func insertElement(_ item: Value, at index: Int, into current: Value, at address: UInt64, type: Int)
    throws
  {
    var vec = current
    guard case .buffer(_, let length, let capacity, _) = vec else { return }
    let element = types[type].element
    let size = types[element].size
    if size > 0 { try checkElementCount(length + 1) }
    if length == capacity || size == 0 {
      let newCapacity = GrowthPolicy.afterPush(current: capacity, length: length, elementSize: size)
      vec = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
    }
    guard case .buffer(let pointer, _, let newCapacity, let kind) = vec else { return }
    // Inserting shifts every element after the index.
    if index < length { try chargeWork(length - index) }
    if size > 0, let id = blockID(startingAt: pointer) {
      recorder.insertElement(item, at: index, blockID: id)
      if namesOwners, types[element].needsDrop, let owner = heapBlock(id)?.owner {
        assignOwners(item, type: element, name: "an element of \(owner)", depth: 0)
      }
    }
    try write(
      address: address, type: type,
      value: .buffer(pointer: pointer, length: length + 1, capacity: newCapacity, kind: kind))
  }
}
