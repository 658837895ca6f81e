import MemoryModel
import RustFrontEnd

/// Text splitters kept as values (`let mut parts = line.split(',');`): std's `SplitInternal`
/// (`start`, `end`, the searcher, `allow_trailing_empty`, `finished`), moved on as std's
/// `next` moves it. `Split<char>` and `Lines` search with a `CharSearcher` (the text, `finger`,
/// `finger_back`, the needle and its UTF-8 bytes), `SplitWhitespace` with a `CharIndices`.
extension Interpreter {
  /// The splitter `s.split(c)`, `s.split_whitespace()` or `s.lines()` makes over `text`.
  func makeTextSplitter(_ wrapper: LibraryWrapper, text: Value, pattern: Value?) -> Value {
    guard case .slicePointer(let address, let length, _) = text else { return .unit }
    let haystack = Value.slicePointer(address: address, length: length, kind: .sharedReference)
    let matcher: Value
    let raw = { (offset: Int) in Value.pointer(address: address &+ UInt64(offset), kind: .raw) }
    let indices = Value.structure(
      name: LibraryWrapper.charIndices.rawValue, fields: [usize(0), raw(0), raw(length)])
    if wrapper == .splitWhitespace {
      matcher = .tuple([haystack, indices])
    } else if wrapper == .split, let pattern, !pattern.isCharacter {
      // A closure pattern: `MultiCharEqSearcher { char_eq, haystack, char_indices }`.
      matcher = .tuple([pattern, haystack, indices])
    } else {
      var needle = Unicode.Scalar("\n")
      if case .character(let scalar) = pattern { needle = scalar }
      let encoded = Array(String(needle).utf8)
      let bytes = (0..<4).map { Value.integer(Int128($0 < encoded.count ? encoded[$0] : 0), type: "u8") }
      matcher = .tuple([
        haystack, usize(0), usize(length), .character(needle), .integer(Int128(encoded.count), type: "u8"),
        .array(bytes),
      ])
    }
    // `split_inclusive` (under `lines`) leaves out an empty last piece.
    return .structure(
      name: wrapper.rawValue,
      fields: [usize(0), usize(length), matcher, .boolean(wrapper != .lines), .boolean(false)])
  }

  /// `SplitInternal::next` (`next_inclusive` for `Lines`, then `LinesMap`; `SplitWhitespace`
  /// passes over the empty pieces as its `Filter` does).
  func advanceTextSplitter(_ fields: inout [Value], wrapper: LibraryWrapper) -> Value? {
    while true {
      guard let piece = nextSplitPiece(&fields, wrapper: wrapper) else { return nil }
      guard case .slicePointer(let address, var length, let kind) = piece else { return nil }
      if wrapper == .splitWhitespace, length == 0 { continue }
      if wrapper == .lines {
        let bytes = readBytes(address: address, length: length)
        // The bytes read may be fewer than asked for (a what-if run's freed text).
        if bytes.count == length, bytes.last == UInt8(ascii: "\n") {
          length -= 1
          if length > 0, bytes[length - 1] == UInt8(ascii: "\r") { length -= 1 }
        }
      }
      return .slicePointer(address: address, length: length, kind: kind)
    }
  }

  private func nextSplitPiece(_ fields: inout [Value], wrapper: LibraryWrapper) -> Value? {
    guard fields.count == 5, case .tuple(var matcher) = fields[2],
      case .slicePointer(let address, let length, _) = matcher.first,
      case .boolean(let finished) = fields[4], case .boolean(let allowTrailingEmpty) = fields[3]
    else { return nil }
    if finished { return nil }
    let start = Int(integer(fields[0]))
    func piece(_ from: Int, _ to: Int) -> Value {
      .slicePointer(address: address &+ UInt64(from), length: max(0, to - from), kind: .sharedReference)
    }
    let found =
      wrapper == .splitWhitespace
      ? nextWhitespace(&matcher, text: address, length: length)
      : nextCharacter(&matcher, text: address, length: length)
    fields[2] = .tuple(matcher)
    if let found {
      fields[0] = usize(found.upperBound)
      return piece(start, wrapper == .lines ? found.upperBound : found.lowerBound)
    }
    // `get_end`: the text after the last match, once.
    fields[4] = .boolean(true)
    let end = Int(integer(fields[1]))
    guard allowTrailingEmpty || end - start > 0 else { return nil }
    return piece(start, end)
  }

  /// `CharSearcher::next_match`: the next match at or after `finger`; `finger` moves past it,
  /// or to `finger_back` when there is none.
  private func nextCharacter(_ matcher: inout [Value], text: UInt64, length: Int) -> Range<Int>? {
    guard matcher.count == 6, case .character(let needle) = matcher[3] else { return nil }
    let finger = Int(integer(matcher[1]))
    let back = Int(integer(matcher[2]))
    let encoded = Array(String(needle).utf8)
    let bytes = readBytes(address: text, length: length)
    var index = finger
    // The bytes read may be fewer than asked for (a what-if run's freed text).
    while index + encoded.count <= min(back, bytes.count) {
      if bytes[index..<index + encoded.count].elementsEqual(encoded) {
        matcher[1] = usize(index + encoded.count)
        return index..<index + encoded.count
      }
      index += 1
    }
    matcher[1] = usize(back)
    return nil
  }

  /// `MultiCharEqSearcher::next_match` for `char::is_whitespace`: its `CharIndices` walks
  /// the text to the next whitespace `char` (to its end when there is none).
  private func nextWhitespace(_ matcher: inout [Value], text: UInt64, length: Int) -> Range<Int>? {
    guard matcher.count == 2, case .structure(let name, var indices) = matcher[1], indices.count == 3 else {
      return nil
    }
    defer { matcher[1] = .structure(name: name, fields: indices) }
    var offset = Int(integer(indices[0]))
    let end = text &+ UInt64(length)
    var current = address(of: indices[1])
    while current < end {
      let bytes = readBytes(address: current, length: Int(min(4, end - current)))
      guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return nil }
      let width = String(scalar).utf8.count
      current &+= UInt64(width)
      offset += width
      indices[0] = usize(offset)
      indices[1] = .pointer(address: current, kind: .raw)
      if scalar.properties.isWhitespace { return (offset - width)..<offset }
    }
    return nil
  }
}

extension Interpreter {
  /// The steps of `Split<F>::next` for a closure pattern, whose calls of the closure the
  /// checker writes out between them: `split step` takes the next `char` from the searcher's
  /// `CharIndices` (nil at the text's end); `split cut` gives the piece before the `char` just
  /// taken, which matched, and starts the next after it; `split end` is `get_end`.
  func closureSplitterStep(_ name: String, _ arguments: [Value], types typeList: [Int]) throws -> Value {
    let address = address(of: arguments[0])
    let type = pointee(typeList[0])
    guard case .structure(let structName, var fields) = try read(address: address, type: type),
      fields.count == 5,
      case .tuple(var matcher) = fields[2], matcher.count == 3,
      case .slicePointer(let text, let length, _) = matcher[1],
      case .structure(let indicesName, var indices) = matcher[2], indices.count == 3
    else { return Self.none }
    let start = Int(integer(fields[0]))
    func piece(_ from: Int, _ to: Int) -> Value {
      .slicePointer(address: text &+ UInt64(from), length: max(0, to - from), kind: .sharedReference)
    }
    var result = Self.none
    switch name {
    case "split step":
      let current = self.address(of: indices[1])
      let end = text &+ UInt64(length)
      guard current < end else { return Self.none }
      let bytes = readBytes(address: current, length: Int(min(4, end - current)))
      guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return Self.none }
      let width = String(scalar).utf8.count
      indices[0] = usize(Int(integer(indices[0])) + width)
      indices[1] = .pointer(address: current &+ UInt64(width), kind: .raw)
      matcher[2] = .structure(name: indicesName, fields: indices)
      fields[2] = .tuple(matcher)
      result = Self.some(.character(scalar))
    case "split cut":
      guard arguments.count == 2, case .character(let matched) = arguments[1] else { return .unit }
      let after = Int(integer(indices[0]))
      fields[0] = usize(after)
      result = piece(start, after - String(matched).utf8.count)
    default:  // "split end"
      guard case .boolean(false) = fields[4] else { return Self.none }
      fields[4] = .boolean(true)
      let end = Int(integer(fields[1]))
      guard case .boolean(let allowTrailingEmpty) = fields[3], allowTrailingEmpty || end - start > 0 else {
        try write(address: address, type: type, value: .structure(name: structName, fields: fields))
        return Self.none
      }
      result = Self.some(piece(start, end))
    }
    try write(address: address, type: type, value: .structure(name: structName, fields: fields))
    return result
  }
}

extension Value {
  /// Whether this is a `char` (a text pattern that is one character).
  var isCharacter: Bool {
    if case .character = self { return true }
    return false
  }
}
