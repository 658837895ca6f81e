import MemoryModel
import RustFrontEnd

/// `Chain<A, B>` (`Checker+ChainAdapter`): `a` until it runs out, when std drops it and
/// leaves `None`, then `b`, which stays once spent. A half is a library iterator kept as a
/// value or a `Range` (its `start` moved on).
extension Interpreter {
  func advanceChain(_ fields: inout [Value], type: Int, at point: SourcePoint? = nil) throws -> Value? {
    let runtime = types[type]
    guard fields.count == 2, runtime.parts.count == 2 else { return nil }
    if case .variant(_, "Some", let payload) = fields[0], var front = payload.first {
      let frontType = types[runtime.parts[0]].element
      if let item = try advanceChainHalf(&front, type: frontType, at: point) {
        fields[0] = Self.some(front)
        return item
      }
      fields[0] = Self.none
      try releaseSpentHalf(front, type: frontType)
    }
    guard case .variant(_, "Some", let payload) = fields[1], var back = payload.first else { return nil }
    let item = try advanceChainHalf(&back, type: types[runtime.parts[1]].element, at: point)
    fields[1] = Self.some(back)
    return item
  }

  func advanceChainHalf(_ half: inout Value, type: Int, at point: SourcePoint? = nil) throws -> Value? {
    guard case .range(_, let inclusive) = types[type].term else {
      return try advance(&half, type: type, at: point)
    }
    if case .tuple(let bounds) = half, bounds.count == 2, case .unit = bounds[1],
      case .integer(let start, let typeName) = bounds[0]
    {
      // `start..` (its end `()`): `RangeFrom::next` steps `start` on before giving it, and the
      // step past the type's maximum overflows (`Step::forward`).
      if start >= Self.largestValue(ofInteger: typeName) {
        try panic(
          "attempt to add with overflow", at: point ?? SourcePoint(line: currentLine, column: currentColumn),
          location: Self.rangeFromOverflowLocation)
      }
      half = .tuple([.integer(start + 1, type: typeName), bounds[1]])
      return bounds[0]
    }
    // `a..=b` gives `b` too (memtutor keeps no `exhausted` flag: `start` passes `end`).
    guard case .tuple(let bounds) = half, bounds.count == 2,
      inclusive ? integer(bounds[0]) <= integer(bounds[1]) : integer(bounds[0]) < integer(bounds[1])
    else {
      return nil
    }
    var typeName = types[types[type].parts.first ?? type].valueName
    if case .integer(_, let name) = bounds[0] { typeName = name }
    half = .tuple([.integer(integer(bounds[0]) + 1, type: typeName), bounds[1]])
    return bounds[0]
  }

  /// `size_hint().0` of a `Chain`: what both halves still hold.
  func chainSizeHint(_ fields: [Value], type: Int) -> (lower: Int, trusted: Bool) {
    let runtime = types[type]
    guard fields.count == 2, runtime.parts.count == 2 else { return (0, false) }
    var lower = 0
    for (field, part) in zip(fields, runtime.parts) {
      guard case .variant(_, "Some", let payload) = field, let half = payload.first else { continue }
      let halfType = types[part].element
      if case .range(_, let inclusive) = types[halfType].term {
        if case .tuple(let bounds) = half, bounds.count == 2, case .unit = bounds[1] {
          lower = Int.max  // `start..`: `RangeFrom`'s size hint, saturating as `Chain`'s sum does.
        } else if case .tuple(let bounds) = half, bounds.count == 2 {
          let count = Int(clamping: max(0, integer(bounds[1]) - integer(bounds[0]) + (inclusive ? 1 : 0)))
          lower = lower > Int.max - count ? Int.max : lower + count
        }
      } else {
        let hint = sizeHint(half, type: halfType).lower
        lower = lower > Int.max - hint ? Int.max : lower + hint
      }
    }
    return (lower, runtime.parts.allSatisfy { isTrustedIterator(types[$0].element) })
  }

  /// Whether an iterator type is `TrustedLen` (its size hint exact), as std declares it.
  private func isTrustedIterator(_ type: Int) -> Bool {
    switch types[type].term {
    case .range: return true
    case .library(let wrapper, _):
      switch wrapper {
      case .sliceIter, .sliceIterMut, .vecIntoIter, .drain, .rangeFrom, .repeatValue: return true
      case .peekable, .rev, .map, .skip, .take, .enumerate, .copied, .cloned:
        return isTrustedIterator(types[type].parts[0])
      case .zip: return isTrustedIterator(types[type].parts[0]) && isTrustedIterator(types[type].parts[1])
      case .chain: return types[type].parts.allSatisfy { isTrustedIterator(types[$0].element) }
      default: return false
      }
    default: return false
    }
  }

  /// A spent half's drop: a `vec::IntoIter` (alone or inside another adapter) frees its buffer.
  func releaseSpentHalf(_ iterator: Value, type: Int) throws {
    guard case .library(let wrapper, _) = types[type].term, case .structure(_, let fields) = iterator else {
      return
    }
    switch wrapper {
    case .vecIntoIter:
      try releaseSpentIterator(iterator, type: type)
    case .peekable:
      if let inner = fields.first { try releaseSpentHalf(inner, type: types[type].parts[0]) }
    case .flatten:
      if let inner = fields.first { try releaseSpentHalf(inner, type: types[type].parts[0]) }
      for end in fields.dropFirst() {
        if case .variant(_, "Some", let payload) = end, let front = payload.first {
          try releaseSpentHalf(front, type: types[types[type].parts[1]].element)
        }
      }
    case .rev:
      if let inner = fields.first { try releaseSpentHalf(inner, type: types[type].parts[0]) }
    case .chain:
      for (field, part) in zip(fields, types[type].parts) {
        if case .variant(_, "Some", let payload) = field, let half = payload.first {
          try releaseSpentHalf(half, type: types[part].element)
        }
      }
    default:
      break
    }
  }
}

extension Interpreter {
  /// `next_back`, for `Rev<Chain<…>>`: a `Chain` takes from `b` (cleared once spent) then `a`;
  /// a slice or `Vec` iterator moves its end pointer back; `Chars` decodes its last `char`;
  /// a `Range` moves its `end` back.
  func advanceBack(_ iterator: inout Value, type: Int) throws -> Value? {
    if case .range(_, let inclusive) = types[type].term {
      guard case .tuple(let bounds) = iterator, bounds.count == 2,
        inclusive ? integer(bounds[0]) <= integer(bounds[1]) : integer(bounds[0]) < integer(bounds[1])
      else { return nil }
      var typeName = "i32"
      if case .integer(_, let name) = bounds[1] { typeName = name }
      if inclusive {
        // `a..=b` gives `b` first; its last item leaves `start` past `end`, as `next` does
        // (memtutor keeps no `exhausted` flag).
        if integer(bounds[0]) == integer(bounds[1]) {
          iterator = .tuple([.integer(integer(bounds[0]) + 1, type: typeName), bounds[1]])
        } else {
          iterator = .tuple([bounds[0], .integer(integer(bounds[1]) - 1, type: typeName)])
        }
        return bounds[1]
      }
      let last = Value.integer(integer(bounds[1]) - 1, type: typeName)
      iterator = .tuple([bounds[0], last])
      return last
    }
    guard case .library(let wrapper, _) = types[type].term, case .structure(let name, var fields) = iterator
    else { return nil }
    defer { iterator = .structure(name: name, fields: fields) }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter:
      let next = wrapper == .vecIntoIter ? 2 : 0
      guard fields.count >= next + 2 else { return nil }
      let start = address(of: fields[next])
      let end = address(of: fields[next + 1])
      guard start != end else { return nil }
      let element = pointee(types[type].parts[0])
      let last = end &- UInt64(types[element].size)
      fields[next + 1] = .pointer(address: last, kind: .raw)
      if wrapper == .vecIntoIter { return try read(address: last, type: element) }
      return .pointer(address: last, kind: wrapper == .sliceIter ? .sharedReference : .mutableReference)
    case .chars, .charIndices:
      // `CharIndices::next_back`: the last `char`, at the front offset plus what is left before it.
      let first = wrapper == .chars ? 0 : 1
      guard fields.count == first + 2 else { return nil }
      let start = address(of: fields[first])
      var end = address(of: fields[first + 1])
      guard start < end else { return nil }
      let tail = readBytes(address: max(start, end &- 4), length: Int(min(4, end - start)))
      var width = 1
      while width < tail.count, tail[tail.count - width] & 0xC0 == 0x80 { width += 1 }
      guard let scalar = String(decoding: tail.suffix(width), as: UTF8.self).unicodeScalars.first else {
        return nil
      }
      end &-= UInt64(width)
      fields[first + 1] = .pointer(address: end, kind: .raw)
      guard wrapper == .charIndices else { return .character(scalar) }
      return .tuple([usize(Int(integer(fields[0])) + Int(end - start)), .character(scalar)])
    case .chain:
      let parts = types[type].parts
      guard fields.count == 2, parts.count == 2 else { return nil }
      if case .variant(_, "Some", let payload) = fields[1], var back = payload.first {
        let backType = types[parts[1]].element
        if let item = try advanceBack(&back, type: backType) {
          fields[1] = Self.some(back)
          return item
        }
        fields[1] = Self.none
        try releaseSpentHalf(back, type: backType)
      }
      guard case .variant(_, "Some", let payload) = fields[0], var front = payload.first else { return nil }
      let item = try advanceBack(&front, type: types[parts[0]].element)
      fields[0] = Self.some(front)
      return item
    default:
      return nil
    }
  }
}
