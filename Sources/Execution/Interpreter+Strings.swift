import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// The `String` builtins' results (see `builtinResult`).
  func stringResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
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
      let vecType = pointee(typeList[0])
      // A Vec of zero-sized elements never allocates: its capacity is usize::MAX.
      if builtin == .vecCapacity, types[types[vecType].element].size == 0 {
        return .integer(Int128(UInt64.max), type: "usize")
      }
      let value = try read(address: argumentAddress(0), type: vecType)
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
    case .stringAsStr, .vecAsSlice, .vecAsMutSlice:
      let value = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      guard case .buffer(let pointer, let length, _, _) = value else { return .unit }
      let kind: PointerKind = builtin == .vecAsMutSlice ? .mutableReference : .sharedReference
      return .slicePointer(address: pointer, length: length, kind: kind)
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// The `str` builtins' results (see `builtinResult`).
  func strResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
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
      // A `char` pattern (`s.contains('e')`) is its UTF-8 bytes.
      let needle: [UInt8]
      if case .character(let scalar) = arguments[1] {
        needle = Array(String(Character(scalar)).utf8)
      } else {
        needle = bytesOfStr(arguments[1])
      }
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
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  package func bytesOfStr(_ value: Value) -> [UInt8] {
    switch value {
    case .slicePointer(let address, let length, _): return readBytes(address: address, length: length)
    case .buffer: return bufferBytes(value)
    default: return []
    }
  }

  package func appendToString(at address: UInt64, type: Int, bytes: [UInt8]) throws {
    let value = try read(address: address, type: type)
    try write(address: address, type: type, value: try appendBytes(bytes, to: value))
  }

  func truncateString(at address: UInt64, type: Int, to newLength: Int, at point: SourcePoint) throws {
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

  func replaceStringBytes(at address: UInt64, type: Int, value: Value, bytes: [UInt8]) throws {
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
}
