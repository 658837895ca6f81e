import MemoryModel
import RustFrontEnd

extension Interpreter {
  package static let none = Value.variant(enumName: "Option", variant: "None", payload: [])

  package static func some(_ value: Value) -> Value {
    .variant(enumName: "Option", variant: "Some", payload: [value])
  }

  package func usize(_ value: Int) -> Value { .integer(Int128(value), type: "usize") }

  /// The referent type of a reference / pointer type.
  package func pointee(_ type: Int) -> Int { types[type].element }

  package func executeBuiltin(_ builtin: Builtin, types typeList: [Int], at point: SourcePoint) throws {
    let count = typeList.count - 1
    let arguments = Array(operands.suffix(count))
    operands.removeLast(count)
    let resultType = typeList[count]
    if let result = try builtinResult(builtin, arguments, types: typeList, resultType: resultType, at: point)
    {
      push(result)
    }
  }

  /// The builtin's result, or nil when it already pushed it (before running drops that may
  /// call `Drop::drop`, so nothing touches the stack after a frame may have been pushed).
  private func builtinResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    // MARK: Constructors
    case .stringNew:
      return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    case .stringWithCapacity:
      let capacity = Int(clamping: argumentInteger(0))
      return try makeString([], capacity: capacity)
    case .strToString, .stringFrom:
      return try makeString(bytesOfStr(arguments[0]))
    case .vecNew:
      return try allocateVec(elementType: types[resultType].element, capacity: 0, exact: true)
    case .vecWithCapacity:
      return try allocateVec(
        elementType: types[resultType].element, capacity: Int(clamping: argumentInteger(0)), exact: true)
    case .vecFromArray:
      guard case .array(let items) = arguments[0] else { return .unit }
      let vec = try allocateVec(elementType: types[resultType].element, capacity: items.count, exact: true)
      return try fillVec(vec, with: items)
    case .boxNew:
      let inner = types[typeList[0]]
      if inner.size == 0 { return .pointer(address: UInt64(max(1, inner.alignment)), kind: .box) }
      let (_, address) = try allocateBlock(
        size: inner.size, alignment: inner.alignment,
        contents: .boxed(typeName: inner.name, value: arguments[0]),
        valueType: typeList[0])
      return .pointer(address: address, kind: .box)
    case .boxLeak:
      return .pointer(address: argumentAddress(0), kind: .mutableReference)
    case .rcNew:
      let inner = types[typeList[0]]
      // `RcBox<T>` is `{ strong: usize, weak: usize, value: T }`, padded to its alignment.
      let alignment = max(8, inner.alignment)
      let size = (16 + inner.size + alignment - 1) / alignment * alignment
      let (_, address) = try allocateBlock(
        size: size, alignment: alignment,
        contents: .counted(typeName: inner.name, strong: 1, weak: 1, value: arguments[0]),
        valueType: typeList[0])
      return .pointer(address: address, kind: .rc)
    case .rcClone:
      let rc = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      try retainRc(address(of: rc))
      return rc
    case .rcStrongCount, .rcWeakCount:
      let rc = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      guard let (_, strong, weak) = rcCounts(address(of: rc)) else { return usize(0) }
      return usize(builtin == .rcStrongCount ? strong : max(0, weak - 1))
    case .rcPointerEqual:
      let left = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      let right = try read(address: argumentAddress(1), type: pointee(typeList[1]))
      return .boolean(address(of: left) == address(of: right))
    case .sizeOfValue:
      guard case .slicePointer(_, let length, _) = arguments[0] else { return usize(0) }
      if case .slice(let element) = types[pointee(typeList[0])].term {
        return usize(length * types[types.id(element)].size)
      }
      return usize(length)
    case .sizeOf, .alignOf, .drop, .forget:
      return .unit
    case .swap:
      let type = pointee(typeList[0])
      let first = try read(address: argumentAddress(0), type: type)
      let second = try read(address: argumentAddress(1), type: type)
      try write(address: argumentAddress(0), type: type, value: second)
      try write(address: argumentAddress(1), type: type, value: first)
      return .unit
    case .replace:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: arguments[1])
      return old
    case .take:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: try defaultValue(type))
      return old
    case .defaultValue:
      return try defaultValue(resultType)
    case .processExit:
      record(.exited(status: Int32(truncatingIfNeeded: argumentInteger(0))))
      throw Halt.finished(Int32(truncatingIfNeeded: argumentInteger(0)))

    // MARK: String
    case .stringPush:
      guard case .character(let scalar) = arguments[1] else { return .unit }
      try appendToString(
        at: argumentAddress(0), type: pointee(typeList[0]), bytes: Array(String(scalar).utf8))
      return .unit
    case .stringPushStr:
      if case .buffer = arguments[0] {
        // `String + &str` consumes the left string and returns it.
        return try appendBytes(bytesOfStr(arguments[1]), to: arguments[0])
      }
      try appendToString(at: argumentAddress(0), type: pointee(typeList[0]), bytes: bytesOfStr(arguments[1]))
      return .unit
    case .stringCapacity, .vecCapacity:
      let value = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      guard case .buffer(_, _, let capacity, _) = value else { return usize(0) }
      return usize(capacity)
    case .stringClear:
      try truncateString(at: argumentAddress(0), type: pointee(typeList[0]), to: 0, at: point)
      return .unit
    case .stringTruncate:
      try truncateString(
        at: argumentAddress(0), type: pointee(typeList[0]), to: Int(clamping: argumentInteger(1)), at: point)
      return .unit
    case .stringPop:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      let text = String(decoding: bufferBytes(value), as: UTF8.self)
      guard let last = text.unicodeScalars.last else { return Self.none }
      let newLength = text.utf8.count - String(last).utf8.count
      try truncateString(at: argumentAddress(0), type: type, to: newLength, at: point)
      return Self.some(.character(last))
    case .stringReserve:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, let capacity, _) = value else { return .unit }
      let additional = Int(clamping: argumentInteger(1))
      if Int128(length) + argumentInteger(1) > Int128(Int64.max) {
        try panic("capacity overflow", at: point, location: Self.capacityOverflowLocation)
      }
      let newCapacity = GrowthPolicy.reserve(
        current: capacity, length: length, additional: additional, elementSize: 1)
      try write(
        address: argumentAddress(0), type: type, value: try resizeString(value, newCapacity: newCapacity))
      return .unit
    case .stringShrinkToFit:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      guard case .buffer(_, let length, _, _) = value else { return .unit }
      try write(address: argumentAddress(0), type: type, value: try resizeString(value, newCapacity: length))
      return .unit
    case .stringInsert:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      guard case .character(let scalar) = arguments[2] else { return .unit }
      var bytes = bufferBytes(value)
      let index = Int(clamping: argumentInteger(1))
      guard index <= bytes.count, index == bytes.count || bytes[index] & 0xC0 != 0x80 else {
        try panic("assertion failed: self.is_char_boundary(idx)", at: point)
      }
      let inserted = Array(String(scalar).utf8)
      bytes.insert(contentsOf: inserted, at: index)
      try replaceStringBytes(at: argumentAddress(0), type: type, value: value, bytes: bytes)
      return .unit
    case .stringRemove:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      var bytes = bufferBytes(value)
      let index = Int(clamping: argumentInteger(1))
      guard index < bytes.count else {
        try panic("cannot remove a char from the end of a string", at: point)
      }
      guard bytes[index] & 0xC0 != 0x80 else {
        try panic("byte index \(index) is not a char boundary", at: point)
      }
      let tail = String(decoding: bytes[index...], as: UTF8.self)
      guard let removed = tail.unicodeScalars.first else { return .unit }
      bytes.removeSubrange(index..<index + String(removed).utf8.count)
      try replaceStringBytes(at: argumentAddress(0), type: type, value: value, bytes: bytes)
      return .character(removed)
    case .stringAsStr:
      let value = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      guard case .buffer(let pointer, let length, _, _) = value else { return .unit }
      return .slicePointer(address: pointer, length: length, kind: .sharedReference)

    // MARK: str
    case .strLength:
      guard case .slicePointer(_, let length, _) = arguments[0] else { return usize(0) }
      return usize(length)
    case .strIsEmpty:
      guard case .slicePointer(_, let length, _) = arguments[0] else { return .boolean(true) }
      return .boolean(length == 0)
    case .strAsPointer, .sliceAsPointer:
      return .pointer(address: argumentAddress(0), kind: .raw)
    case .strContains, .strStartsWith, .strEndsWith:
      let text = bytesOfStr(arguments[0])
      let needle = bytesOfStr(arguments[1])
      switch builtin {
      case .strStartsWith: return .boolean(text.starts(with: needle))
      case .strEndsWith: return .boolean(text.reversed().starts(with: needle.reversed()))
      default:
        if needle.isEmpty { return .boolean(true) }
        guard needle.count <= text.count else { return .boolean(false) }
        for start in 0...(text.count - needle.count) where Array(text[start..<start + needle.count]) == needle
        {
          return .boolean(true)
        }
        return .boolean(false)
      }
    case .strToUppercase, .strToLowercase:
      let text = String(decoding: bytesOfStr(arguments[0]), as: UTF8.self)
      let converted = builtin == .strToUppercase ? text.uppercased() : text.lowercased()
      return try makeString(Array(converted.utf8), capacity: max(text.utf8.count, converted.utf8.count))
    case .strTrim:
      guard case .slicePointer(let address, _, _) = arguments[0] else { return arguments[0] }
      let bytes = bytesOfStr(arguments[0])
      let text = String(decoding: bytes, as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      var start = 0
      var end = scalars.count
      while start < end && scalars[start].properties.isWhitespace { start += 1 }
      while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
      let prefixBytes = scalars[..<start].reduce(0) { $0 + String($1).utf8.count }
      let keptBytes = scalars[start..<end].reduce(0) { $0 + String($1).utf8.count }
      return .slicePointer(address: address &+ UInt64(prefixBytes), length: keptBytes, kind: .sharedReference)
    case .strChars, .strBytes, .sliceIterator, .sliceMutableIterator, .vecIntoIterator:
      return .unit

    // MARK: Vec
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
      let newCapacity = GrowthPolicy.reserve(
        current: capacity, length: length, additional: items.count, elementSize: types[element].size)
      var grown = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
      try write(address: argumentAddress(0), type: type, value: grown)
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

    // MARK: Slices
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
      return Self.some(.pointer(address: address &+ UInt64(Int(index) * elementSize), kind: .sharedReference))
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

    // MARK: Option
    case .optionIsSome, .optionIsNone:
      let value = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      let isSome: Bool
      if case .variant(_, "Some", _) = value { isSome = true } else { isSome = false }
      return .boolean(builtin == .optionIsSome ? isSome : !isSome)
    case .optionUnwrap, .optionExpect:
      if case .variant(_, "Some", let payload) = arguments[0], let inner = payload.first { return inner }
      if builtin == .optionExpect {
        try panic(String(decoding: bytesOfStr(arguments[1]), as: UTF8.self), at: point)
      }
      try panic("called `Option::unwrap()` on a `None` value", at: point)
    case .optionUnwrapOr:
      if case .variant(_, "Some", let payload) = arguments[0], let inner = payload.first {
        if types[typeList[1]].needsDrop {
          let address = materialize(arguments[1], type: typeList[1], depth: Int.max, extended: nil)
          push(inner)
          try runDrops([
            .value(address: address, type: typeList[1], exclusions: []), .releaseTemporary(address: address),
          ])
          return nil
        }
        return inner
      }
      return arguments[1]
    case .optionTake:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: Self.none)
      return old
    case .optionCopied:
      guard case .variant(_, "Some", let payload) = arguments[0], let pointer = payload.first else {
        return Self.none
      }
      let target = types[resultType].element
      let value = try read(address: address(of: pointer), type: target)
      return Self.some(try cloneValue(value, type: target))
    case .optionAsReference:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      guard case .variant(_, "Some", _) = value else { return Self.none }
      let offset = types[type].variantOffsets.count > 1 ? (types[type].variantOffsets[1].first ?? 0) : 0
      return Self.some(.pointer(address: argumentAddress(0) &+ UInt64(offset), kind: .sharedReference))

    // MARK: Numbers
    case .integerMethod(let name):
      return try integerMethod(name, arguments, type: typeList[0], resultType: resultType, at: point)
    case .floatMethod(let name):
      return floatMethod(name, arguments)
    case .charMethod(let name):
      return charMethod(name, arguments)

    case .clone:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      return try cloneValue(value, type: type)
    case .displayToString:
      let type = pointee(typeList[0])
      let value = try read(address: argumentAddress(0), type: type)
      let formatted = try formattable(value, type: type)
      let text = RustFormatter.display(formatted)
      return try makeString(Array(text.utf8), capacity: RustFormatter.toStringCapacity(formatted))

    case .iteratorSum, .iteratorCount, .iteratorMax, .iteratorMin, .iteratorCollectVec:
      return .unit
    }
  }

  // MARK: - Helpers

  package func bytesOfStr(_ value: Value) -> [UInt8] {
    switch value {
    case .slicePointer(let address, let length, _): return readBytes(address: address, length: length)
    case .buffer: return bufferBytes(value)
    default: return []
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
    var items: [Value] = []
    items.reserveCapacity(length)
    for index in 0..<length {
      items.append(try read(address: address &+ UInt64(index * size), type: elementType))
    }
    return items
  }

  package func appendToString(at address: UInt64, type: Int, bytes: [UInt8]) throws {
    let value = try read(address: address, type: type)
    try write(address: address, type: type, value: try appendBytes(bytes, to: value))
  }

  private func truncateString(at address: UInt64, type: Int, to newLength: Int, at point: SourcePoint) throws
  {
    let value = try read(address: address, type: type)
    guard case .buffer(let pointer, let length, let capacity, let kind) = value, newLength < length else {
      return
    }
    let bytes = bufferBytes(value)
    if newLength > 0, bytes[newLength] & 0xC0 == 0x80 {
      try panic("assertion failed: self.is_char_boundary(new_len)", at: point)
    }
    if let id = blockID(startingAt: pointer) {
      record(.heapBytesReplaced(blockID: id, range: newLength..<length, bytes: []))
    }
    try write(
      address: address, type: type,
      value: .buffer(pointer: pointer, length: newLength, capacity: capacity, kind: kind))
  }

  private func replaceStringBytes(at address: UInt64, type: Int, value: Value, bytes: [UInt8]) throws {
    guard case .buffer(_, let length, let capacity, _) = value else { return }
    var current = value
    if bytes.count > capacity {
      current = try resizeString(
        value,
        newCapacity: GrowthPolicy.stringCapacity(
          current: capacity, length: length, appending: bytes.count - length))
    }
    guard case .buffer(let pointer, _, let newCapacity, let kind) = current,
      let id = blockID(startingAt: pointer)
    else {
      return
    }
    record(.heapBytesReplaced(blockID: id, range: 0..<length, bytes: bytes))
    try write(
      address: address, type: type,
      value: .buffer(pointer: pointer, length: bytes.count, capacity: newCapacity, kind: kind))
  }

  package func pushElement(_ item: Value, toVecAt address: UInt64, type: Int) throws {
    let vec = try read(address: address, type: type)
    guard case .buffer(_, let length, _, _) = vec else { return }
    try insertElement(item, at: length, toVecAt: address, type: type)
  }

  package func insertElement(_ item: Value, at index: Int, toVecAt address: UInt64, type: Int) throws {
    var vec = try read(address: address, type: type)
    guard case .buffer(_, let length, let capacity, _) = vec else { return }
    let element = types[type].element
    let size = types[element].size
    if length == capacity || size == 0 {
      let newCapacity = GrowthPolicy.afterPush(current: capacity, length: length, elementSize: size)
      vec = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
    }
    guard case .buffer(let pointer, _, let newCapacity, let kind) = vec else { return }
    if size > 0, let id = blockID(startingAt: pointer) {
      record(.heapElementsReplaced(blockID: id, range: index..<index, elements: [item]))
      if types[element].needsDrop, let owner = heapBlock(id)?.owner {
        assignOwners(item, type: element, name: "an element of \(owner)", depth: 0)
      }
    }
    try write(
      address: address, type: type,
      value: .buffer(pointer: pointer, length: length + 1, capacity: newCapacity, kind: kind))
  }

  /// `Default::default()` for `mem::take`.
  package func defaultValue(_ type: Int) throws -> Value {
    let runtime = types[type]
    switch runtime.shape {
    case .string: return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    case .vec: return try allocateVec(elementType: runtime.element, capacity: 0, exact: true)
    case .option: return Self.none
    case .structure:
      var fields: [Value] = []
      for part in runtime.parts { fields.append(try defaultValue(part)) }
      return .structure(name: runtime.valueName, fields: fields)
    case .tuple:
      var items: [Value] = []
      for part in runtime.parts { items.append(try defaultValue(part)) }
      return .tuple(items)
    case .array:
      let count = runtime.partOffsets.count > 1 ? runtime.partOffsets[1] : 0
      var items: [Value] = []
      for _ in 0..<count { items.append(try defaultValue(runtime.element)) }
      return .array(items)
    default:
      switch runtime.term {
      case .integer(let kind): return .integer(0, type: kind.rawValue)
      case .float(let kind): return .float(0, type: kind.rawValue)
      case .bool: return .boolean(false)
      case .char: return .character("\0")
      default: return zeroSizedValue(type)
      }
    }
  }

  /// Where overflow inside an integer method (`pow`, `abs`) is reported: the line of
  /// rustc 1.95's `core/src/num/mod.rs` that instantiates that type's methods.
  package static func integerMethodLocation(_ kind: RustType.IntegerKind) -> String {
    let lines: [RustType.IntegerKind: Int] = [
      .i8: 346, .i16: 370, .i32: 394, .i64: 418, .i128: 442, .isize: 519,
      .u8: 546, .u16: 1188, .u32: 1243, .u64: 1274, .u128: 1305, .usize: 1400,
    ]
    return
      "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/mod.rs:\(lines[kind] ?? 394):5"
  }

  package static let iteratorSumLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/traits/accum.rs:204:1"

  private func integerMethod(
    _ name: String, _ arguments: [Value], type: Int, resultType: Int, at point: SourcePoint
  )
    throws -> Value
  {
    let kind = integerKind(type)
    let a = integer(arguments[0])
    let b = arguments.count > 1 ? integer(arguments[1]) : 0
    let typeName = kind.rawValue
    func make(_ value: Int128) -> Value { .integer(value, type: typeName) }
    func checked(_ op: BinaryOperator) -> Value {
      guard let result = try? integerOperationQuiet(op, a, b, kind: kind) else { return Self.none }
      return Self.some(make(result))
    }
    switch name {
    case "abs":
      if a == kind.minimum && kind.isSigned {
        try panic("attempt to negate with overflow", at: point, location: Self.integerMethodLocation(kind))
      }
      return make(a < 0 ? -a : a)
    case "signum": return make(a > 0 ? 1 : (a < 0 ? -1 : 0))
    case "pow", "wrapping_pow", "checked_pow", "saturating_pow":
      // Square-and-multiply, wrapping to the type's width and noting any overflow.
      var result: Int128 = 1
      var overflowed = false
      var base = a
      var exponent = max(0, b)
      while exponent > 0 {
        if exponent & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o || r < kind.minimum || r > kind.maximum { overflowed = true }
          result = Self.wrap(r, to: kind)
        }
        exponent >>= 1
        if exponent > 0 {
          let (square, o) = base.multipliedReportingOverflow(by: base)
          if o || square < kind.minimum || square > kind.maximum { overflowed = true }
          base = Self.wrap(square, to: kind)
        }
      }
      switch name {
      case "pow":
        if overflowed {
          try panic(
            "attempt to multiply with overflow", at: point, location: Self.integerMethodLocation(kind))
        }
        return make(result)
      case "checked_pow": return overflowed ? Self.none : Self.some(make(result))
      case "saturating_pow":
        if overflowed { return make(a < 0 && b % 2 == 1 ? kind.minimum : kind.maximum) }
        return make(result)
      default: return make(result)
      }
    case "min": return make(min(a, b))
    case "max": return make(max(a, b))
    case "wrapping_add": return make(Self.wrap(a &+ b, to: kind))
    case "wrapping_sub": return make(Self.wrap(a &- b, to: kind))
    case "wrapping_mul": return make(Self.wrap(a &* b, to: kind))
    case "saturating_add": return make(min(max(a + b, kind.minimum), kind.maximum))
    case "saturating_sub": return make(min(max(a - b, kind.minimum), kind.maximum))
    case "saturating_mul":
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if o { return make((a < 0) != (b < 0) ? kind.minimum : kind.maximum) }
      return make(min(max(r, kind.minimum), kind.maximum))
    case "checked_add": return checked(.add)
    case "checked_sub": return checked(.subtract)
    case "checked_mul": return checked(.multiply)
    case "checked_div": return b == 0 ? Self.none : checked(.divide)
    case "checked_rem": return b == 0 ? Self.none : checked(.remainder)
    case "rem_euclid":
      if b == 0 { try panic("attempt to calculate the remainder with a divisor of zero", at: point) }
      let r = a % b
      return make(r < 0 ? r + (b < 0 ? -b : b) : r)
    case "div_euclid":
      if b == 0 { try panic("attempt to divide by zero", at: point) }
      var q = a / b
      if a % b < 0 { q = b > 0 ? q - 1 : q + 1 }
      return make(q)
    case "abs_diff":
      return .integer(a > b ? a - b : b - a, type: types[resultType].valueName)
    case "count_ones", "count_zeros", "leading_zeros", "trailing_zeros":
      let bits =
        UInt128(truncatingIfNeeded: a)
        & (kind.bitWidth == 128 ? UInt128.max : (UInt128(1) << kind.bitWidth) - 1)
      let width = kind.bitWidth
      let value: Int
      switch name {
      case "count_ones": value = bits.nonzeroBitCount
      case "count_zeros": value = width - bits.nonzeroBitCount
      case "leading_zeros": value = bits.leadingZeroBitCount - (128 - width)
      default: value = bits == 0 ? width : bits.trailingZeroBitCount
      }
      return .integer(Int128(value), type: "u32")
    case "is_positive": return .boolean(a > 0)
    case "is_negative": return .boolean(a < 0)
    case "is_power_of_two": return .boolean(a > 0 && (a & (a - 1)) == 0)
    default:
      return make(a)
    }
  }

  /// Integer arithmetic that reports overflow by throwing instead of panicking.
  private func integerOperationQuiet(
    _ op: BinaryOperator, _ a: Int128, _ b: Int128, kind: RustType.IntegerKind
  ) throws
    -> Int128
  {
    struct Overflow: Error {}
    let result: (Int128, Bool)
    switch op {
    case .add: result = a.addingReportingOverflow(b)
    case .subtract: result = a.subtractingReportingOverflow(b)
    case .multiply: result = a.multipliedReportingOverflow(by: b)
    case .divide:
      if b == 0 || (kind.isSigned && a == kind.minimum && b == -1) { throw Overflow() }
      result = (a / b, false)
    case .remainder:
      if b == 0 || (kind.isSigned && a == kind.minimum && b == -1) { throw Overflow() }
      result = (a % b, false)
    default: result = (a, false)
    }
    if result.1 || result.0 < kind.minimum || result.0 > kind.maximum { throw Overflow() }
    return result.0
  }

  private func floatMethod(_ name: String, _ arguments: [Value]) -> Value {
    guard case .float(let a, let typeName) = arguments[0] else { return arguments[0] }
    let isF32 = typeName == "f32"
    var b = 0.0
    if arguments.count > 1 {
      switch arguments[1] {
      case .float(let x, _): b = x
      case .integer(let x, _): b = Double(x)
      default: break
      }
    }
    func make(_ value: Double) -> Value { .float(isF32 ? Double(Float(value)) : value, type: typeName) }
    switch name {
    case "sqrt": return make(a.squareRoot())
    case "abs": return make(abs(a))
    case "floor": return make(a.rounded(.down))
    case "ceil": return make(a.rounded(.up))
    case "round": return make(a.rounded(.toNearestOrAwayFromZero))
    case "trunc": return make(a.rounded(.towardZero))
    case "fract": return make(a - a.rounded(.towardZero))
    case "signum": return make(a.isNaN ? .nan : (a.sign == .minus ? -1 : 1))
    case "powi":
      return make(Self.integerPower(a, Int(b)))
    case "powf": return make(Self.power(a, b))
    case "min": return make(a.isNaN ? b : (b.isNaN ? a : min(a, b)))
    case "max": return make(a.isNaN ? b : (b.isNaN ? a : max(a, b)))
    case "hypot": return make((a * a + b * b).squareRoot())
    case "is_nan": return .boolean(a.isNaN)
    case "is_finite": return .boolean(a.isFinite)
    case "is_infinite": return .boolean(a.isInfinite)
    case "is_sign_negative": return .boolean(a.sign == .minus)
    case "is_sign_positive": return .boolean(a.sign == .plus)
    default: return make(a)
    }
  }

  /// `powf` without Foundation: exact for integer exponents, `exp(b·ln a)` otherwise.
  package static func integerPower(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    var square = base
    var remaining = exponent.magnitude
    while remaining > 0 {
      if remaining & 1 == 1 { result *= square }
      remaining >>= 1
      if remaining > 0 { square *= square }
    }
    return exponent < 0 ? 1 / result : result
  }

  package static func power(_ base: Double, _ exponent: Double) -> Double {
    if exponent == exponent.rounded(), abs(exponent) < 1e18 {
      return integerPower(base, Int(exponent))
    }
    if exponent == 0.5 { return base.squareRoot() }
    return naturalExp(exponent * naturalLog(base))
  }

  private static func naturalLog(_ x: Double) -> Double {
    guard x > 0 else { return x == 0 ? -.infinity : .nan }
    var value = x
    var exponent = 0.0
    while value > 2 {
      value /= 2
      exponent += 1
    }
    while value < 1 {
      value *= 2
      exponent -= 1
    }
    let y = (value - 1) / (value + 1)
    var term = y
    var sum = 0.0
    var n = 1.0
    for _ in 0..<60 {
      sum += term / n
      term *= y * y
      n += 2
    }
    return 2 * sum + exponent * 0.693_147_180_559_945_3
  }

  private static func naturalExp(_ x: Double) -> Double {
    var sum = 1.0
    var term = 1.0
    for n in 1..<200 {
      term *= x / Double(n)
      sum += term
      if abs(term) < 1e-17 * abs(sum) { break }
    }
    return sum
  }

  private func charMethod(_ name: String, _ arguments: [Value]) -> Value {
    guard case .character(let c) = arguments[0] else { return arguments[0] }
    let properties = c.properties
    switch name {
    case "is_alphabetic": return .boolean(properties.isAlphabetic)
    case "is_numeric": return .boolean(properties.numericType != nil)
    case "is_alphanumeric": return .boolean(properties.isAlphabetic || properties.numericType != nil)
    case "is_whitespace": return .boolean(properties.isWhitespace)
    case "is_uppercase": return .boolean(properties.isUppercase)
    case "is_lowercase": return .boolean(properties.isLowercase)
    case "is_ascii": return .boolean(c.isASCII)
    case "is_ascii_digit": return .boolean(c.isASCII && c.value >= 48 && c.value <= 57)
    case "is_ascii_alphabetic": return .boolean(c.isASCII && properties.isAlphabetic)
    case "is_ascii_uppercase": return .boolean(c.value >= 65 && c.value <= 90)
    case "is_ascii_lowercase": return .boolean(c.value >= 97 && c.value <= 122)
    case "is_ascii_punctuation":
      let v = c.value
      return .boolean(
        (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v))
    case "to_ascii_uppercase":
      return .character(c.value >= 97 && c.value <= 122 ? Unicode.Scalar(c.value - 32) ?? c : c)
    case "to_ascii_lowercase":
      return .character(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32) ?? c : c)
    case "len_utf8": return usize(String(c).utf8.count)
    case "to_digit":
      let radix = arguments.count > 1 ? UInt32(truncatingIfNeeded: integer(arguments[1])) : 10
      var digit: UInt32?
      switch c.value {
      case 48...57: digit = c.value - 48
      case 97...122: digit = c.value - 97 + 10
      case 65...90: digit = c.value - 65 + 10
      default: digit = nil
      }
      guard let digit, digit < radix else { return Self.none }
      return Self.some(.integer(Int128(digit), type: "u32"))
    default:
      return arguments[0]
    }
  }
}
