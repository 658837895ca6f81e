import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `str::trim_start`, `trim_end`, `repeat`, `replace`, and `[T]::sort` / `sort_unstable`.
  func textOrSliceMethodResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], at point: SourcePoint
  )
    throws -> Value?
  {
    switch builtin {
    case .textMethod(let name) where name.contains("::"):
      if let cow = try cowResult(name, arguments, types: typeList) { return cow }
      return try utf8ConversionResult(name, arguments, types: typeList)
    case .sliceMethod("split_first"), .sliceMethod("split_last"), .sliceMethod("split_first_mut"),
      .sliceMethod("split_last_mut"), .sliceMethod("rotate_left"), .sliceMethod("rotate_right"),
      .sliceMethod("fill"):
      return try sliceEditResult(builtin, arguments, types: typeList)
    case .textMethod("as_bytes"), .sliceMethod("split_at"), .sliceMethod("split_at_mut"),
      .textMethod("insert_str"), .sliceMethod("join"),
      .sliceMethod("concat"), .sliceMethod("dedup"), .sliceMethod("extend"):
      return try sliceViewResult(builtin, arguments, types: typeList, at: point)
    case .sliceMethod(let name) where name.hasPrefix(Checker.unstableSortLengthGuard):
      let method = name.dropFirst(Checker.unstableSortLengthGuard.count)
      if integer(arguments[0]) > 20 {
        try stop(
          "memtutor: stopped: \(image.path):\(point.line):\(point.column): `\(method)` on more than 20 elements "
            + "(std's ipnsort, whose order of equal elements memtutor does not reproduce) "
            + "is not supported by memtutor yet")
      }
      return .unit
    case .sliceMethod("concat rows"), .sliceMethod("join rows"):
      return try nestedJoinResult(builtin, arguments, types: typeList)
    case .sliceMethod("into_boxed_slice"):
      return try boxedSlice(arguments[0], vecType: typeList[0])
    case .sliceMethod("into_vec"):
      guard case .slicePointer(let pointer, let length, .box) = arguments[0] else {
        throw MisroutedBuiltin(builtin: builtin)
      }
      return .buffer(pointer: pointer, length: length, capacity: length, kind: .vector)
    case .sliceMethod("extend owned"):
      return try extendFromOwned(arguments, types: typeList)
    case .sliceMethod("binary_search"):
      return try binarySearchResult(arguments, types: typeList)
    case .textMethod("find"), .textMethod("rfind"), .textMethod("split_once"), .textMethod("rsplit_once"):
      return textSearchResult(builtin, arguments)
    case .textMethod(let name) where name.hasPrefix("get "):
      return textRange(shape: name.dropFirst(4), arguments)
    case .textMethod("strip_prefix"), .textMethod("strip_suffix"):
      return strippedResult(fromEnd: builtin == .textMethod("strip_suffix"), arguments)
    case .textMethod("trim_start_matches"), .textMethod("trim_end_matches"), .textMethod("trim_matches"):
      return trimmedMatches(
        fromStart: builtin != .textMethod("trim_end_matches"),
        fromEnd: builtin != .textMethod("trim_start_matches"),
        arguments)
    case .textMethod("trim_start"), .textMethod("trim_end"):
      guard case .slicePointer(let address, _, _) = arguments[0] else { return arguments[0] }
      let scalars = Array(String(decoding: bytesOfStr(arguments[0]), as: UTF8.self).unicodeScalars)
      var start = 0
      var end = scalars.count
      if builtin == .textMethod("trim_start") {
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
      } else {
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
      }
      let prefixBytes = scalars[..<start].reduce(0) { $0 + String($1).utf8.count }
      let keptBytes = scalars[start..<end].reduce(0) { $0 + String($1).utf8.count }
      return .slicePointer(address: address &+ UInt64(prefixBytes), length: keptBytes, kind: .sharedReference)
    case .textMethod("make_ascii_uppercase"), .textMethod("make_ascii_lowercase"):
      // In place: only ASCII letters change, so the length and the buffer stay.
      let address = self.address(of: arguments[0])
      let type = pointee(typeList[0])
      let value = try read(address: address, type: type)
      let upper = builtin == .textMethod("make_ascii_uppercase")
      let bytes = bufferBytes(value).map { byte -> UInt8 in
        if upper, byte >= 0x61, byte <= 0x7A { return byte - 0x20 }
        if !upper, byte >= 0x41, byte <= 0x5A { return byte + 0x20 }
        return byte
      }
      try replaceStringBytes(at: address, type: type, value: value, bytes: bytes)
      return .unit
    case .textMethod("repeat"):
      // `[u8]::repeat` allocates exactly `len * n` up front.
      let bytes = bytesOfStr(arguments[0])
      guard case .integer(let count, _) = arguments[1] else { return .unit }
      let total = Int128(bytes.count) * count
      if total > Int128(Int64.max) {
        try panic("capacity overflow", at: point, location: Self.capacityOverflowLocation)
      }
      try chargeWork(Int(total))
      var result: [UInt8] = []
      result.reserveCapacity(Int(total))
      for _ in 0..<Int(count) { result += bytes }
      return try makeString(result, capacity: Int(total))
    case .textMethod("replace"):
      let (bytes, capacity) = replaced(
        bytesOfStr(arguments[0]), from: bytesOfStr(arguments[1]), to: bytesOfStr(arguments[2]))
      try chargeWork(bytes.count)
      return try makeString(bytes, capacity: capacity)
    case .sliceMethod:
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return .unit }
      let element = sliceElementType(typeList[0])
      let size = types[element].size
      let items = try sliceElements(arguments[0], elementType: element)
      let sorted: [Value]
      if items.allSatisfy(Self.isScalar) {
        sorted = items.sorted { Self.scalarOrder($0) < Self.scalarOrder($1) }
      } else {
        // Strings, tuples, references: `Ord` as compared elsewhere, ties kept in order (stable).
        try chargeWork(items.count * max(1, items.count.bitWidth - items.count.leadingZeroBitCount))
        sorted = try items.enumerated().sorted { left, right in
          let order = try compareValues(left.element, right.element, type: element) ?? 0
          return order != 0 ? order < 0 : left.offset < right.offset
        }.map(\.element)
      }
      for (index, item) in sorted.enumerated() where index < length {
        try write(address: address &+ UInt64(index * size), type: element, value: item)
      }
      return .unit
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  static func isScalar(_ value: Value) -> Bool {
    switch value {
    case .integer, .character, .boolean: return true
    default: return false
    }
  }

  /// An integer, `char` or `bool` as a number that sorts the way Rust's `Ord` does.
  static func scalarOrder(_ value: Value) -> Int128 {
    switch value {
    case .integer(let number, _): return number
    case .character(let scalar): return Int128(scalar.value)
    case .boolean(let flag): return flag ? 1 : 0
    default: return 0
    }
  }

  /// `str::replace` as the standard library does it: one ASCII byte for another is a copy of
  /// exactly the text's length; otherwise a `String` that starts with the text's length as
  /// capacity when the replacement is no shorter than the pattern (else empty), grown by
  /// `push_str` of each piece, so its capacity ends where real Rust's does.
  func replaced(_ text: [UInt8], from: [UInt8], to: [UInt8]) -> (bytes: [UInt8], capacity: Int) {
    if from.count == 1, from[0] < 0x80, to.count == 1 {
      return (text.map { $0 == from[0] ? to[0] : $0 }, text.count)
    }
    var result: [UInt8] = []
    var capacity = from.count <= to.count ? text.count : 0
    func push(_ piece: ArraySlice<UInt8>) {
      capacity = GrowthPolicy.reserve(
        current: capacity, length: result.count, additional: piece.count, elementSize: 1)
      result += piece
    }
    var lastEnd = 0
    var index = 0
    if from.isEmpty {
      // An empty pattern matches at every char boundary, the end included.
      let boundaries = (0...text.count).filter { $0 == text.count || text[$0] & 0xC0 != 0x80 }
      for boundary in boundaries {
        push(text[lastEnd..<boundary])
        push(to[...])
        lastEnd = boundary
      }
    } else {
      while index + from.count <= text.count {
        if Array(text[index..<index + from.count]) == from {
          push(text[lastEnd..<index])
          push(to[...])
          index += from.count
          lastEnd = index
        } else {
          index += 1
        }
      }
    }
    push(text[lastEnd...])
    return (result, capacity)
  }
}
