import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `str::find`, `rfind` (the byte index of the first or last match) and `split_once`,
  /// `rsplit_once` (the text before and after that match, views into the receiver), for a
  /// `char` or `&str` pattern.
  func textSearchResult(_ builtin: Builtin, _ arguments: [Value]) -> Value {
    guard case .slicePointer(let address, let length, _) = arguments[0] else { return Self.none }
    let text = bytesOfStr(arguments[0])
    let needle = patternBytes(arguments[1])
    let fromEnd = builtin == .textMethod("rfind") || builtin == .textMethod("rsplit_once")
    guard let start = Self.matchStart(of: needle, in: text, fromEnd: fromEnd) else { return Self.none }
    switch builtin {
    case .textMethod("find"), .textMethod("rfind"):
      return Self.some(.integer(Int128(start), type: "usize"))
    default:
      let end = start + needle.count
      let before = Value.slicePointer(address: address, length: start, kind: .sharedReference)
      let after = Value.slicePointer(
        address: address &+ UInt64(end), length: length - end, kind: .sharedReference)
      return Self.some(.tuple([before, after]))
    }
  }

  /// `s.strip_prefix(p)` / `s.strip_suffix(p)`: the rest of `s`, borrowed from it, when `p`
  /// is there.
  func strippedResult(fromEnd: Bool, _ arguments: [Value]) -> Value {
    guard case .slicePointer(let address, let length, _) = arguments[0] else { return Self.none }
    let text = bytesOfStr(arguments[0])
    let needle = patternBytes(arguments[1])
    let matches = fromEnd ? text.reversed().starts(with: needle.reversed()) : text.starts(with: needle)
    guard matches else { return Self.none }
    let rest = length - needle.count
    return Self.some(
      .slicePointer(
        address: fromEnd ? address : address &+ UInt64(needle.count), length: rest, kind: .sharedReference))
  }

  /// `trim_start_matches` / `trim_end_matches` / `trim_matches`: every repetition of the
  /// pattern at the chosen ends taken off (an empty pattern takes nothing).
  func trimmedMatches(fromStart: Bool, fromEnd: Bool, _ arguments: [Value]) -> Value {
    guard case .slicePointer(let address, _, _) = arguments[0] else { return arguments[0] }
    let text = bytesOfStr(arguments[0])
    let needle = patternBytes(arguments[1])
    var start = 0
    var end = text.count
    if !needle.isEmpty {
      while fromStart, end - start >= needle.count, text[start..<start + needle.count].elementsEqual(needle) {
        start += needle.count
      }
      while fromEnd, end - start >= needle.count, text[end - needle.count..<end].elementsEqual(needle) {
        end -= needle.count
      }
    }
    return .slicePointer(address: address &+ UInt64(start), length: end - start, kind: .sharedReference)
  }

  /// `str::get(range)`: `Some` of the bytes from start to end when both ends are char
  /// boundaries within the text and the start is not after the end, else `None` (an
  /// inclusive end of `usize::MAX` too, which has no end after it). `shape` is how the range
  /// was written (`a..b`, `..=b`, `a..`, `..`); its ends follow the text in `arguments`.
  func textRange(shape: Substring, _ arguments: [Value]) -> Value {
    guard case .slicePointer(let address, let length, _) = arguments[0] else { return Self.none }
    let text = bytesOfStr(arguments[0])
    var ends = arguments.dropFirst().map { integer($0) }.makeIterator()
    let start = shape.hasPrefix("a") ? (ends.next() ?? 0) : 0
    var end = Int128(length)
    if shape.hasSuffix("b"), let written = ends.next() {
      guard !shape.contains("=") || written < Int128(UInt64.max) else { return Self.none }
      end = shape.contains("=") ? written + 1 : written
    }
    func isBoundary(_ index: Int128) -> Bool {
      index == 0 || index == Int128(length) || (index < Int128(length) && text[Int(index)] & 0xC0 != 0x80)
    }
    guard start <= end, isBoundary(start), isBoundary(end) else { return Self.none }
    return Self.some(
      .slicePointer(address: address &+ UInt64(start), length: Int(end - start), kind: .sharedReference))
  }

  /// A `char` or `&str` pattern as the UTF-8 bytes it matches.
  func patternBytes(_ pattern: Value) -> [UInt8] {
    if case .character(let scalar) = pattern { return Array(String(Character(scalar)).utf8) }
    return bytesOfStr(pattern)
  }

  private static func matchStart(of needle: [UInt8], in text: [UInt8], fromEnd: Bool) -> Int? {
    guard needle.count <= text.count else { return nil }
    let starts = Array(0...(text.count - needle.count))
    for start in fromEnd ? starts.reversed() : starts
    where text[start..<start + needle.count].elementsEqual(needle) {
      return start
    }
    return nil
  }
}

extension Interpreter {
  /// `[T]::binary_search(&x)` as rustc 1.95's: halving `size` from `base`, so among equal
  /// elements it finds the one std finds; `Err` holds where `x` would be inserted.
  func binarySearchResult(_ arguments: [Value], types typeList: [Int]) throws -> Value {
    let element = sliceElementType(typeList[0])
    let items = try sliceElements(arguments[0], elementType: element)
    let wanted = try read(address: address(of: arguments[1]), type: element)
    func order(_ index: Int) throws -> Int { try compareValues(items[index], wanted, type: element) ?? 0 }
    func usize(_ value: Int) -> Value { .integer(Int128(value), type: "usize") }
    var size = items.count
    guard size > 0 else { return .variant(enumName: "Result", variant: "Err", payload: [usize(0)]) }
    var base = 0
    while size > 1 {
      let half = size / 2
      let middle = base + half
      if try order(middle) <= 0 { base = middle }
      size -= half
    }
    let last = try order(base)
    if last == 0 { return .variant(enumName: "Result", variant: "Ok", payload: [usize(base)]) }
    return .variant(enumName: "Result", variant: "Err", payload: [usize(base + (last < 0 ? 1 : 0))])
  }
}
