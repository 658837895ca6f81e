import MemoryModel
import RustFrontEnd

/// Library iterators kept as values (`Checker+LibraryIterators`): `slice::Iter` and `IterMut`
/// (the next element's address and the end's), `Chars` (the same over the text's bytes),
/// `CharIndices` (the next `char`'s byte offset, then a `Chars`), `vec::IntoIter` (the buffer
/// it owns, its capacity, next and end) and `Peekable` (the iterator and what `peek` took).
extension Interpreter {
  func libraryIteratorResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value {
    switch name {
    case "in place write":
      try writeInPlace(arguments[0], register: Int(integer(arguments[1])))
      return .unit
    case "in place end":
      try endInPlaceCollect(register: Int(integer(arguments[0])), vecType: resultType)
      return .unit
    case "in place finish":
      return collectedInPlace(register: Int(integer(arguments[0])), vecType: resultType)
    case "drain":
      return try makeDrain(arguments, types: typeList, type: resultType, at: point)
    case "make":
      if case .library(let wrapper, let inner) = types[resultType].term,
        wrapper.splitterFields(inner: inner.rustType ?? .unit) != nil
      {
        let text = try textReference(arguments[0], type: typeList[0])
        return makeTextSplitter(wrapper, text: text, pattern: arguments.count > 1 ? arguments[1] : nil)
      }
      return try makeLibraryIterator(arguments[0], sourceType: typeList[0], type: resultType)
    case "as_str":
      // The text `Chars` has not walked yet.
      let chars = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      guard case .structure(_, let fields) = chars, fields.count == 2 else { return .unit }
      let start = address(of: fields[0])
      return .slicePointer(
        address: start, length: Int(address(of: fields[1]) &- start), kind: .sharedReference)
    case "collect":
      return try collectLibraryIterator(arguments[0], type: typeList[0], vecType: resultType)
    case "len":
      let iterator = try read(address: address(of: arguments[0]), type: pointee(typeList[0]))
      return usize(sizeHint(iterator, type: pointee(typeList[0])).lower)
    case "peekable":
      return .structure(name: LibraryWrapper.peekable.rawValue, fields: [arguments[0], Self.none])
    case "range from":
      return .structure(name: LibraryWrapper.rangeFrom.rawValue, fields: [arguments[0]])
    case "repeat":
      return .structure(name: LibraryWrapper.repeatValue.rawValue, fields: [arguments[0]])
    case "flatten":
      return .structure(name: LibraryWrapper.flatten.rawValue, fields: [arguments[0], Self.none, Self.none])
    case "rev":
      return .structure(name: LibraryWrapper.rev.rawValue, fields: [arguments[0]])
    case "chain":
      return .structure(
        name: LibraryWrapper.chain.rawValue, fields: arguments.prefix(2).map { Self.some($0) })
    case "zip":
      // `index`, `len` and `a_len` are std's only when both halves can be indexed.
      let parts = types[resultType].parts
      guard parts.count == 5, arguments.count == 2 else { return .unit }
      var counts = [usize(0), usize(0), usize(0)]
      if isRandomAccess(arguments[0], type: parts[0]), isRandomAccess(arguments[1], type: parts[1]) {
        let first = keptSizeHint(arguments[0], type: parts[0]).lower
        let second = keptSizeHint(arguments[1], type: parts[1]).lower
        counts = [usize(0), usize(min(first, second)), usize(first)]
      }
      return .structure(name: LibraryWrapper.zip.rawValue, fields: arguments + counts)
    case "filter", "map", "skip", "take", "copied", "cloned", "enumerate":
      // The iterator, then the closure or the count (`Checker+KeptAdapters`).
      guard case .library(let wrapper, _) = types[resultType].term else { return .unit }
      return .structure(name: wrapper.rawValue, fields: Array(arguments.prefix(2)))
    case "split step", "split cut", "split end":
      return try closureSplitterStep(name, arguments, types: typeList)
    case "next":
      let address = address(of: arguments[0])
      let type = pointee(typeList[0])
      var iterator = try read(address: address, type: type)
      try refuseExhaustingInclusiveRange(iterator, type: type, at: point)
      let item = try advance(&iterator, type: type, at: point)
      try write(address: address, type: type, value: iterator)
      return item.map { Self.some($0) } ?? Self.none
    case "next_back":
      let address = address(of: arguments[0])
      let type = pointee(typeList[0])
      var iterator = try read(address: address, type: type)
      try refuseExhaustingInclusiveRange(iterator, type: type, at: point)
      let item = try advanceBack(&iterator, type: type)
      try write(address: address, type: type, value: iterator)
      return item.map { Self.some($0) } ?? Self.none
    default:  // "peek", "peek_mut"
      let address = address(of: arguments[0])
      let type = pointee(typeList[0])
      var iterator = try read(address: address, type: type)
      guard case .structure(let structName, var fields) = iterator, fields.count == 2 else {
        return Self.none
      }
      if case .variant(_, "None", _) = fields[1] {
        var inner = fields[0]
        let item = try advance(&inner, type: types[type].parts[0])
        fields = [inner, Self.some(item.map { Self.some($0) } ?? Self.none)]
        iterator = .structure(name: structName, fields: fields)
        try write(address: address, type: type, value: iterator)
      }
      guard case .variant(_, _, let outer) = fields[1], case .variant(_, "Some", _) = outer.first else {
        return Self.none
      }
      return Self.some(
        .pointer(
          address: peekedItemAddress(address, type: type),
          kind: name == "peek_mut" ? .mutableReference : .sharedReference))
    }
  }

  /// `next` or `next_back` on `a..=a`: std gives `a` and sets the range's `exhausted` flag,
  /// which memtutor does not model (the range would show and iterate wrongly after it).
  private func refuseExhaustingInclusiveRange(_ iterator: Value, type: Int, at point: SourcePoint) throws {
    guard case .range(_, true) = types[type].term, case .tuple(let bounds) = iterator, bounds.count == 2,
      integer(bounds[0]) == integer(bounds[1])
    else { return }
    try stop(
      "memtutor: stopped: \(image.path):\(point.line):\(point.column): taking the last item of a "
        + "`RangeInclusive` (std then sets its `exhausted` flag) is not supported by memtutor yet")
  }

  /// Where `Peekable`'s `peeked: Option<Option<Item>>` keeps the item.
  private func peekedItemAddress(_ address: UInt64, type: Int) -> UInt64 {
    let runtime = types[type]
    guard runtime.parts.count == 2, runtime.partOffsets.count == 2 else { return address }
    var offset = runtime.partOffsets[1]
    let outer = types[runtime.parts[1]]
    offset += outer.variantOffsets.count == 2 ? (outer.variantOffsets[1].first ?? 0) : 0
    let inner = types[outer.element]
    offset += inner.variantOffsets.count == 2 ? (inner.variantOffsets[1].first ?? 0) : 0
    return address &+ UInt64(offset)
  }

  private func makeLibraryIterator(_ source: Value, sourceType: Int, type: Int) throws -> Value {
    guard case .library(let wrapper, _) = types[type].term else { return .unit }
    let name = wrapper.rawValue
    func raw(_ address: UInt64) -> Value { .pointer(address: address, kind: .raw) }
    switch wrapper {
    case .sliceIter, .sliceIterMut:
      guard case .slicePointer(let address, let length, _) = source else { return .unit }
      let size = types[pointee(types[type].parts[0])].size
      return .structure(name: name, fields: [raw(address), raw(address &+ UInt64(length * size))])
    case .chars, .charIndices:
      guard case .slicePointer(let start, let length, _) = try textReference(source, type: sourceType) else {
        return .unit
      }
      let pointers = [raw(start), raw(start &+ UInt64(length))]
      return .structure(name: name, fields: wrapper == .chars ? pointers : [usize(0)] + pointers)
    case .vecIntoIter:
      guard case .buffer(let pointer, let length, let capacity, _) = source else { return .unit }
      let size = types[pointee(types[type].parts[0])].size
      return .structure(
        name: name,
        fields: [raw(pointer), usize(capacity), raw(pointer), raw(pointer &+ UInt64(length * size))])
    default:
      return .unit
    }
  }

  /// The iterator's next item, moving its pointers on (nil at its end).
  func advance(_ iterator: inout Value, type: Int, at point: SourcePoint? = nil) throws -> Value? {
    if case .range = types[type].term { return try advanceChainHalf(&iterator, type: type, at: point) }
    guard case .library(let wrapper, _) = types[type].term, case .structure(let name, var fields) = iterator
    else { return nil }
    defer { iterator = .structure(name: name, fields: fields) }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter, .drain:
      let next = wrapper == .vecIntoIter ? 2 : 0
      guard fields.count >= next + 2 else { return nil }
      let current = address(of: fields[next])
      guard current != address(of: fields[next + 1]) else { return nil }
      let element = pointee(types[type].parts[0])
      fields[next] = .pointer(address: current &+ UInt64(types[element].size), kind: .raw)
      if wrapper == .vecIntoIter || wrapper == .drain { return try read(address: current, type: element) }
      return .pointer(address: current, kind: wrapper == .sliceIter ? .sharedReference : .mutableReference)
    case .chars, .charIndices:
      let next = wrapper == .chars ? 0 : 1
      guard fields.count == next + 2 else { return nil }
      let current = address(of: fields[next])
      let end = address(of: fields[next + 1])
      guard current < end else { return nil }
      let bytes = readBytes(address: current, length: Int(min(4, end - current)))
      guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return nil }
      let width = String(scalar).utf8.count
      fields[next] = .pointer(address: current &+ UInt64(width), kind: .raw)
      guard wrapper == .charIndices else { return .character(scalar) }
      let offset = fields[0]
      fields[0] = usize(Int(integer(offset)) + width)
      return .tuple([offset, .character(scalar)])
    case .optionIter, .optionIntoIter:
      guard case .variant(_, "Some", let payload) = fields.first else { return nil }
      fields[0] = Self.none
      return payload.first
    case .rangeFrom:
      // `RangeFrom::next` steps `start` on before giving it: the step past the type's maximum
      // overflows (`Step::forward`).
      guard case .integer(let start, let typeName) = fields.first else { return nil }
      if start >= Self.largestValue(ofInteger: typeName) {
        try panic(
          "attempt to add with overflow", at: point ?? SourcePoint(line: currentLine, column: currentColumn),
          location: Self.rangeFromOverflowLocation)
      }
      fields[0] = .integer(start + 1, type: typeName)
      return .integer(start, type: typeName)
    case .repeatValue:
      // `Repeat::next` clones the element; the checker keeps only `Copy` ones.
      return fields.first
    case .split, .splitWhitespace, .lines:
      return advanceTextSplitter(&fields, wrapper: wrapper)
    case .flatten:
      return try advanceFlatten(&fields, type: type)
    case .chain:
      return try advanceChain(&fields, type: type, at: point)
    case .rev:
      guard !fields.isEmpty else { return nil }
      return try advanceBack(&fields[0], type: types[type].parts[0])
    case .peekable:
      guard fields.count == 2 else { return nil }
      if case .variant(_, "Some", let peeked) = fields[1] {
        fields[1] = Self.none
        guard case .variant(_, "Some", let payload) = peeked.first else { return nil }
        return payload.first
      }
      return try advance(&fields[0], type: types[type].parts[0])
    default:
      return nil
    }
  }

  /// `vec::IntoIter`'s drop: the elements not yet taken, then the buffer.
  func dropVecIntoIter(
    at address: UInt64, type: Int, exclusions: [Range<UInt64>], into work: inout [DropWork]
  )
    throws
  {
    guard case .structure(_, let fields) = try read(address: address, type: type), fields.count == 4 else {
      return
    }
    let element = pointee(types[type].parts[0])
    let size = types[element].size
    var current = self.address(of: fields[2])
    let end = self.address(of: fields[3])
    if types[element].needsDrop, size > 0 {
      while current < end {
        work.append(.value(address: current, type: element, exclusions: exclusions))
        current &+= UInt64(size)
      }
    }
    if integer(fields[1]) > 0, size > 0, let id = blockID(startingAt: self.address(of: fields[0])) {
      work.append(.free(blockID: id))
    }
  }

  /// `size_hint().0` of the iterator, and whether it is `TrustedLen` (its length exact).
  func sizeHint(_ iterator: Value, type: Int) -> (lower: Int, trusted: Bool) {
    guard case .library(let wrapper, _) = types[type].term, case .structure(_, let fields) = iterator else {
      return (0, false)
    }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter, .drain:
      let next = wrapper == .vecIntoIter ? 2 : 0
      let size = max(1, types[pointee(types[type].parts[0])].size)
      guard fields.count >= next + 2 else { return (0, false) }
      return (Int(address(of: fields[next + 1]) &- address(of: fields[next])) / size, true)
    case .chars, .charIndices:
      let next = wrapper == .chars ? 0 : 1
      guard fields.count == next + 2 else { return (0, false) }
      return ((Int(address(of: fields[next + 1]) &- address(of: fields[next])) + 3) / 4, false)
    case .optionIter, .optionIntoIter:
      if case .variant(_, "Some", _) = fields.first { return (1, true) }
      return (0, true)
    case .rangeFrom, .repeatValue:
      return (Int.max, true)  // `(usize::MAX, None)`
    case .flatten:
      // What the front and back iterators still hold; the outer one's items are unknown.
      guard fields.count == 3 else { return (0, false) }
      let frontType = types[types[type].parts[1]].element
      var lower = 0
      for end in fields[1...] {
        if case .variant(_, "Some", let payload) = end, let iterator = payload.first {
          lower += sizeHint(iterator, type: frontType).lower
        }
      }
      return (lower, false)
    case .chain:
      return chainSizeHint(fields, type: type)
    case .rev:
      return fields.first.map { keptSizeHint($0, type: types[type].parts[0]) } ?? (0, false)
    case .filter:
      return (0, false)
    case .zip:
      guard fields.count == 5, types[type].parts.count == 5 else { return (0, false) }
      let first = keptSizeHint(fields[0], type: types[type].parts[0])
      let second = keptSizeHint(fields[1], type: types[type].parts[1])
      return (min(first.lower, second.lower), first.trusted && second.trusted)
    case .map, .copied, .cloned, .enumerate:
      return fields.first.map { keptSizeHint($0, type: types[type].parts[0]) } ?? (0, false)
    case .skip, .take:
      guard fields.count == 2 else { return (0, false) }
      let inner = keptSizeHint(fields[0], type: types[type].parts[0])
      let count = Int(integer(fields[1]))
      if wrapper == .skip { return (max(0, inner.lower - count), inner.trusted) }
      return (min(inner.lower, count), inner.trusted)
    case .peekable:
      guard fields.count == 2 else { return (0, false) }
      let inner = keptSizeHint(fields[0], type: types[type].parts[0])
      guard case .variant(_, "Some", let peeked) = fields[1] else { return inner }
      if case .variant(_, "Some", _) = peeked.first { return (inner.lower + 1, inner.trusted) }
      return (0, inner.trusted)
    default:
      return (0, false)
    }
  }

  /// Whether std's `TrustedRandomAccess` holds for the iterator (a `Zip` of two such counts by
  /// index): slice and `Vec` iterators, and `Map`, `Copied`, `Cloned` over one.
  func isRandomAccess(_ type: Int) -> Bool {
    guard case .library(let wrapper, _) = types[type].term else { return false }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter: return true
    case .map, .copied, .cloned: return isRandomAccess(types[type].parts[0])
    default: return false
    }
  }

  /// `isRandomAccess` of an iterator value: a `Range` of integers up to 64 bits is too (not
  /// `start..`, not `a..=b`).
  func isRandomAccess(_ iterator: Value, type: Int) -> Bool {
    guard case .range(_, false) = types[type].term else { return isRandomAccess(type) }
    guard case .tuple(let bounds) = iterator, bounds.count == 2, case .integer(_, let name) = bounds[1],
      let kind = RustType.IntegerKind(rawValue: name)
    else { return false }
    return kind.bitWidth <= 64
  }

  /// `size_hint().0` of a library iterator or a `Range` (an adapter's inner iterator).
  func keptSizeHint(_ iterator: Value, type: Int) -> (lower: Int, trusted: Bool) {
    guard case .range(_, let inclusive) = types[type].term else { return sizeHint(iterator, type: type) }
    guard case .tuple(let bounds) = iterator, bounds.count == 2 else { return (0, true) }
    // `start..`: `RangeFrom`'s size hint is `(usize::MAX, None)`.
    if case .unit = bounds[1] { return (Int.max, true) }
    return (Int(clamping: max(0, integer(bounds[1]) - integer(bounds[0]) + (inclusive ? 1 : 0))), true)
  }

  /// `it.collect::<Vec<_>>()` on a kept iterator: the capacity std's `Vec::from_iter` gives
  /// (exact for a `TrustedLen` iterator; otherwise room for the first item and the size hint,
  /// grown by `reserve(hint + 1)` when full), and a `vec::IntoIter` that has taken at most
  /// half its items gives back its own buffer.
  private func collectLibraryIterator(_ source: Value, type: Int, vecType: Int) throws -> Value {
    var iterator = source
    let element = types[vecType].element
    if types[type].term.isLibrary(.vecIntoIter), case .structure(_, let fields) = iterator, fields.count == 4
    {
      let buffer = address(of: fields[0])
      let capacity = Int(integer(fields[1]))
      let remaining = sizeHint(iterator, type: type).lower
      if buffer == address(of: fields[2]) || remaining >= capacity / 2 {
        var items: [Value] = []
        while let item = try advance(&iterator, type: type) { items.append(item) }
        if let id = blockID(startingAt: buffer), buffer != address(of: fields[2]), !items.isEmpty {
          record(.heapElementsReplaced(blockID: id, range: 0..<items.count, elements: items))
        }
        return .buffer(pointer: buffer, length: items.count, capacity: capacity, kind: .vector)
      }
    }
    let hint = sizeHint(iterator, type: type)
    var items: [Value] = []
    var capacity = 0
    if hint.trusted {
      // `Vec::with_capacity` comes first: a `Chain`'s half that runs out is dropped (its
      // buffer freed) while the items move.
      let vec = try allocateVec(elementType: element, capacity: hint.lower, exact: true)
      while let item = try advance(&iterator, type: type) { items.append(item) }
      let filled = try fillVec(vec, with: items)
      try releaseExhausted(iterator, type: type)
      return filled
    } else if let first = try advance(&iterator, type: type) {
      let size = types[element].size
      capacity = max(
        GrowthPolicy.minimumNonZeroCapacity(elementSize: size), sizeHint(iterator, type: type).lower + 1)
      items.append(first)
      while let item = try advance(&iterator, type: type) {
        if items.count == capacity {
          capacity = GrowthPolicy.reserve(
            current: capacity, length: items.count, additional: sizeHint(iterator, type: type).lower + 1,
            elementSize: size)
        }
        items.append(item)
      }
    }
    // The `Vec` is made before the spent iterator drops (its buffer freed after).
    let vec = try fillVec(
      try allocateVec(elementType: element, capacity: capacity, exact: true), with: items)
    try releaseExhausted(iterator, type: type)
    return vec
  }

  /// Frees the buffer of a `vec::IntoIter` (inside the iterator given) that has given all its items.
  private func releaseExhausted(_ iterator: Value, type: Int) throws {
    guard case .library(let wrapper, _) = types[type].term, case .structure(_, let fields) = iterator else {
      return
    }
    switch wrapper {
    case .vecIntoIter:
      if fields.count == 4, integer(fields[1]) > 0, let id = blockID(startingAt: address(of: fields[0])) {
        freeBlock(id)
      }
    case .drain:
      if fields.count == 5 {
        try closeDrainGap(
          vecAddress: address(of: fields[4]), vecType: pointee(types[type].parts[4]),
          tailStart: Int(integer(fields[2])), tailLength: Int(integer(fields[3])))
      }
    case .peekable, .flatten:
      if let inner = fields.first { try releaseExhausted(inner, type: types[type].parts[0]) }
    case .chain, .rev:
      try releaseSpentHalf(iterator, type: type)
    default:
      break
    }
  }
}

extension Interpreter {
  /// The text a `&str`, `&String` (or a reference to either) points at, as a `&str`.
  func textReference(_ source: Value, type sourceType: Int) throws -> Value {
    var text = source
    var textType = sourceType
    // `&String` reaches the text through the `String`.
    for _ in 0..<4 {
      guard case .pointer(let address, _) = text else { break }
      textType = pointee(textType)
      text = try read(address: address, type: textType)
    }
    switch text {
    case .slicePointer(let address, let count, _), .buffer(let address, let count, _, _):
      return .slicePointer(address: address, length: count, kind: .sharedReference)
    default:
      return .unit
    }
  }
}
