import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// `str::find`, `rfind` (the byte index of the first or last match) and `split_once`,
  /// `rsplit_once` (the text before and after that match, views into the receiver), for a
  /// `char` or `&str` pattern.
  func textSearchResult(_ builtin: Builtin, _ arguments: [Value]) -> Value {
    guard case .slicePointer(let address, let length, _) = arguments[0] else { return Self.none }
    let text = bytesOfStr(arguments[0])
    let needle: [UInt8]
    if case .character(let scalar) = arguments[1] {
      needle = Array(String(Character(scalar)).utf8)
    } else {
      needle = bytesOfStr(arguments[1])
    }
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
