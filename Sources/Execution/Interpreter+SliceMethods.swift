import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `str::as_bytes` and `[T]::split_at`: views of the receiver, no allocation.
  func sliceViewResult(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int], at point: SourcePoint)
    throws -> Value
  {
    switch builtin {
    case .textMethod("insert_str"), .sliceMethod("dedup"), .sliceMethod("extend"):
      return try editInPlace(builtin, arguments, types: typeList, at: point)
    case .sliceMethod("join"), .sliceMethod("concat"):
      // Both allocate exactly the joined length up front.
      let element = sliceElementType(typeList[0])
      let pieces = try sliceElements(arguments[0], elementType: element).map { try textBytes($0) }
      let separator = builtin == .sliceMethod("join") ? bytesOfStr(arguments[1]) : []
      var bytes: [UInt8] = []
      for (index, piece) in pieces.enumerated() {
        if index > 0 { bytes += separator }
        bytes += piece
      }
      try chargeWork(bytes.count)
      return try makeString(bytes, capacity: bytes.count)
    default:
      break
    }
    guard case .slicePointer(let address, let length, _) = arguments[0] else {
      throw MisroutedBuiltin(builtin: builtin)
    }
    switch builtin {
    case .textMethod("as_bytes"):
      return .slicePointer(address: address, length: length, kind: .sharedReference)
    case .sliceMethod("split_at"), .sliceMethod("split_at_mut"):
      let middle = integer(arguments[1])
      guard middle >= 0, middle <= Int128(length) else { try panic("mid > len", at: point) }
      let size = types[sliceElementType(typeList[0])].size
      let cut = Int(middle)
      let kind: PointerKind = builtin == .sliceMethod("split_at_mut") ? .mutableReference : .sharedReference
      return .tuple([
        .slicePointer(address: address, length: cut, kind: kind),
        .slicePointer(address: address &+ UInt64(cut * size), length: length - cut, kind: kind),
      ])
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }

  /// The items of `windows(n)`, `chunks(n)`, `split(p)` (and the other `TextSplitter`s),
  /// `split_whitespace()`, `lines()`:
  /// `&[T]` / `&str` pointers into the receiver, computed when the iterator starts.
  func pieces(_ rule: PieceRule, source: Value, elementSize: Int, at point: SourcePoint) throws -> [Value] {
    guard case .tuple(let parts) = source, let receiver = parts.first,
      case .slicePointer(let address, let length, _) = receiver
    else { return [] }
    let argument = parts.count > 1 ? parts[1] : .unit
    var ranges: [Range<Int>] = []
    switch rule {
    case .zip, .hashKeys, .hashValues, .hashValuesMut, .hashEntries, .hashEntriesMut, .dequeItems,
      .dequeItemsMut, .setOperation:
      // Made elsewhere: a zip from its pair's type, a table's items from the table.
      return []
    case .windows, .chunks, .chunksExact, .rchunks, .chunksMut:
      let size = Int(clamping: integer(argument))
      guard size > 0 else {
        try panic(
          rule == .windows ? "window size must be non-zero" : "chunk size must be non-zero", at: point)
      }
      switch rule {
      case .windows:
        if length >= size { ranges = (0...(length - size)).map { $0..<$0 + size } }
      case .chunksExact:
        ranges = stride(from: 0, to: length - length % size, by: size).map { $0..<$0 + size }
      case .rchunks:
        ranges = stride(from: length, to: 0, by: -size).map { max($0 - size, 0)..<$0 }
      default:
        ranges = stride(from: 0, to: length, by: size).map { $0..<min($0 + size, length) }
      }
      try chargeWork(ranges.count)
      let kind: PointerKind = rule == .chunksMut ? .mutableReference : .sharedReference
      return ranges.map {
        .slicePointer(address: address &+ UInt64($0.lowerBound * elementSize), length: $0.count, kind: kind)
      }
    case .textSplit(let splitter, _):
      let text = readBytes(address: address, length: length)
      let count = splitter.takesCount ? Int(clamping: integer(argument)) : nil
      let pattern = patternBytes(parts.count > 2 ? parts[2] : argument)
      ranges = Self.splitRanges(text, on: pattern, splitter: splitter, limit: count)
    case .textMatches(let fromEnd, let indexed, _):
      let text = readBytes(address: address, length: length)
      let found = Self.matchRanges(of: patternBytes(argument), in: text, fromEnd: fromEnd, limit: nil)
      try chargeWork(length)
      return found.map { range in
        let piece = Value.slicePointer(
          address: address &+ UInt64(range.lowerBound), length: range.count, kind: .sharedReference)
        return indexed ? .tuple([.integer(Int128(range.lowerBound), type: "usize"), piece]) : piece
      }
    case .splitWhitespace:
      ranges = Self.wordRanges(readBytes(address: address, length: length))
    case .lines:
      ranges = Self.lineRanges(readBytes(address: address, length: length))
    }
    try chargeWork(length)
    return ranges.map {
      .slicePointer(address: address &+ UInt64($0.lowerBound), length: $0.count, kind: .sharedReference)
    }
  }

  /// Runs of non-whitespace (Unicode White_Space, as `char::is_whitespace`).
  static func wordRanges(_ text: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start: Int?
    var offset = 0
    for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
      let width = String(scalar).utf8.count
      if scalar.properties.isWhitespace {
        if let first = start { ranges.append(first..<offset) }
        start = nil
      } else if start == nil {
        start = offset
      }
      offset += width
    }
    if let first = start { ranges.append(first..<offset) }
    return ranges
  }

  /// Lines ending in `\n` or `\r\n` (the ending left out); no empty last line after a final `\n`.
  static func lineRanges(_ text: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in text.indices where text[index] == UInt8(ascii: "\n") {
      var end = index
      if end > start, text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      ranges.append(start..<end)
      start = index + 1
    }
    if start < text.count { ranges.append(start..<text.count) }
    return ranges
  }
}

extension Interpreter {
  /// The text of a `String` or a `&str` (or a reference to either) element.
  func textBytes(_ value: Value) throws -> [UInt8] {
    switch value {
    case .buffer, .slicePointer: return bytesOfStr(value)
    case .pointer(let address, _):
      // `&String` elements: the String's own three words.
      if case .buffer = try read(address: address, type: types.id(.string)) {
        return bufferBytes(try read(address: address, type: types.id(.string)))
      }
      return []
    default: return []
    }
  }

  /// `String::insert_str`, `Vec::dedup`, `Vec::extend` of a range.
  func editInPlace(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int], at point: SourcePoint)
    throws -> Value
  {
    let type = pointee(typeList[0])
    let address = address(of: arguments[0])
    let value = try read(address: address, type: type)
    switch builtin {
    case .textMethod("insert_str"):
      var bytes = bufferBytes(value)
      let index = Int(clamping: integer(arguments[1]))
      guard index <= bytes.count, index == bytes.count || bytes[index] & 0xC0 != 0x80 else {
        try panic("assertion failed: self.is_char_boundary(idx)", at: point)
      }
      bytes.insert(contentsOf: bytesOfStr(arguments[2]), at: index)
      try replaceStringBytes(at: address, type: type, value: value, bytes: bytes)
    case .sliceMethod("dedup"):
      guard case .buffer(let pointer, let length, let capacity, let kind) = value else { return .unit }
      let element = types[type].element
      let size = types[element].size
      let items = try sliceElements(
        .slicePointer(address: pointer, length: length, kind: .sharedReference), elementType: element)
      var kept: [Value] = []
      for item in items {
        if let last = kept.last, try compareValues(last, item, type: element, equalityOnly: true) == 0 {
          continue
        }
        kept.append(item)
      }
      for (index, item) in kept.enumerated() {
        try write(address: pointer &+ UInt64(index * size), type: element, value: item)
      }
      try write(
        address: address, type: type,
        value: .buffer(pointer: pointer, length: kept.count, capacity: capacity, kind: kind))
    case .sliceMethod("extend"):
      guard case .tuple(let bounds) = arguments[1], bounds.count == 2, case .buffer = value else {
        return .unit
      }
      let element = types[type].element
      let inclusive: Bool
      if case .range(_, let isInclusive) = types[typeList[1]].term {
        inclusive = isInclusive
      } else {
        inclusive = false
      }
      let low = integer(bounds[0])
      let high = integer(bounds[1]) + (inclusive ? 1 : 0)
      let count = Int(clamping: max(0, high - low))
      try chargeWork(count)
      var name = "i32"
      if case .integer(_, let typeName) = bounds[0] { name = typeName }
      let items = (0..<count).map { Value.integer(low + Int128($0), type: name) }
      try append(items, to: value, at: address, type: type, element: element)
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
    return .unit
  }
}

extension Interpreter {
  /// `a.iter().zip(b.iter())`: `(&a[i], &b[i])` for each index both slices have.
  func zippedPairs(_ source: Value, pairType: Int) throws -> [Value] {
    guard case .tuple(let slices) = source, slices.count == 2,
      case .slicePointer(let left, let leftLength, _) = slices[0],
      case .slicePointer(let right, let rightLength, _) = slices[1], types[pairType].parts.count == 2
    else { return [] }
    let leftSize = types[types[types[pairType].parts[0]].element].size
    let rightSize = types[types[types[pairType].parts[1]].element].size
    let count = min(leftLength, rightLength)
    try chargeWork(count)
    return (0..<count).map { index in
      .tuple([
        .pointer(address: left &+ UInt64(index * leftSize), kind: .sharedReference),
        .pointer(address: right &+ UInt64(index * rightSize), kind: .sharedReference),
      ])
    }
  }
}

extension Interpreter {
  /// `Vec::into_boxed_slice`: `shrink_to_fit`, then the buffer and length as a `Box<[T]>`
  /// (an empty `Vec` gives the dangling pointer, its block freed).
  func boxedSlice(_ vec: Value, vecType: Int) throws -> Value {
    guard case .buffer(_, let length, let capacity, _) = vec else {
      throw MisroutedBuiltin(builtin: .sliceMethod("into_boxed_slice"))
    }
    let element = types[vecType].element
    let newCapacity = GrowthPolicy.shrinkToFit(
      current: capacity, length: length, elementSize: types[element].size)
    let shrunk = try resizeVec(vec, elementType: element, newCapacity: newCapacity)
    guard case .buffer(let pointer, _, _, _) = shrunk else {
      throw MisroutedBuiltin(builtin: .sliceMethod("into_boxed_slice"))
    }
    return .slicePointer(address: pointer, length: length, kind: .box)
  }
}

extension Interpreter {
  /// What dropping a `Box<[T]>` does: each element, then the block (none when empty).
  func boxedSliceDrops(pointer: UInt64, length: Int, sliceType: Int, exclusions: [Range<UInt64>])
    -> [DropWork]
  {
    guard case .slice(let elementTerm) = types[sliceType].term else { return [] }
    let element = types.id(elementTerm)
    let size = types[element].size
    guard size > 0, length > 0, let id = blockID(startingAt: pointer) else { return [] }
    var work: [DropWork] = []
    if types[element].needsDrop {
      for index in 0..<length {
        work.append(.value(address: pointer &+ UInt64(index * size), type: element, exclusions: exclusions))
      }
    }
    work.append(.free(blockID: id))
    return work
  }
}
