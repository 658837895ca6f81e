import MemoryModel
import RustFrontEnd

/// `String::from_utf8`, `str::from_utf8` and the methods of their errors, as std runs them:
/// `from_utf8` keeps the `Vec`'s buffer (the block becomes the `String`'s, nothing is
/// allocated), and a failure hands the same `Vec` back inside the `FromUtf8Error`;
/// `String::into_bytes` turns the block back into a `Vec<u8>`'s.
extension Interpreter {
  func utf8ConversionResult(_ name: String, _ arguments: [Value], types typeList: [Int]) throws -> Value? {
    switch name {
    case "String::from_utf8":
      let vec = arguments[0]
      guard case .buffer(let pointer, let length, let capacity, _) = vec else { return nil }
      let bytes = readBytes(address: pointer, length: length)
      try chargeWork(bytes.count)
      if let failure = Self.utf8Failure(bytes) {
        return .variant(
          enumName: "Result", variant: "Err",
          payload: [.structure(name: Checker.fromUtf8ErrorName, fields: [vec, Self.utf8Error(failure)])])
      }
      if let id = blockID(startingAt: pointer) {
        // The same block, now the `String`'s bytes.
        record(.heapWritten(blockID: id, contents: .bytes(capacity: capacity, bytes: bytes)))
      }
      return .variant(
        enumName: "Result", variant: "Ok",
        payload: [.buffer(pointer: pointer, length: length, capacity: capacity, kind: .string)])
    case "str::from_utf8":
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return nil }
      let bytes = try sliceElements(arguments[0], elementType: byteType).map {
        UInt8(truncatingIfNeeded: integer($0))
      }
      if let failure = Self.utf8Failure(bytes) {
        return .variant(enumName: "Result", variant: "Err", payload: [Self.utf8Error(failure)])
      }
      return .variant(
        enumName: "Result", variant: "Ok",
        payload: [.slicePointer(address: address, length: length, kind: .sharedReference)])
    case "String::into_bytes":
      guard case .buffer(let pointer, let length, let capacity, _) = arguments[0] else { return nil }
      if let id = blockID(startingAt: pointer) {
        let bytes = readBytes(address: pointer, length: length)
        let elements = bytes.map { Value.integer(Int128($0), type: "u8") }
        record(
          .heapWritten(
            blockID: id, contents: elementsContents(byteType, capacity: capacity, elements: elements)))
      }
      return .buffer(pointer: pointer, length: length, capacity: capacity, kind: .vector)
    case "FromUtf8Error::into_bytes":
      guard case .structure(_, let fields) = arguments[0], let bytes = fields.first else { return nil }
      return bytes
    case "FromUtf8Error::utf8_error", "FromUtf8Error::as_bytes":
      let error = try read(address: address(of: arguments[0]), type: types[typeList[0]].element)
      guard case .structure(_, let fields) = error, fields.count == 2 else { return nil }
      if name == "FromUtf8Error::utf8_error" { return fields[1] }
      guard case .buffer(let pointer, let length, _, _) = fields[0] else { return nil }
      return .slicePointer(address: pointer, length: length, kind: .sharedReference)
    case "Utf8Error::valid_up_to", "Utf8Error::error_len":
      let error = try read(address: address(of: arguments[0]), type: types[typeList[0]].element)
      guard case .structure(_, let fields) = error, fields.count == 2 else { return nil }
      if name == "Utf8Error::valid_up_to" { return fields[0] }
      guard case .variant(_, "Some", let payload) = fields[1], let length = payload.first else {
        return .variant(enumName: "Option", variant: "None", payload: [])
      }
      return .variant(
        enumName: "Option", variant: "Some", payload: [.integer(integer(length), type: "usize")])
    default:
      return nil
    }
  }

  /// `Utf8Error { valid_up_to, error_len }`.
  static func utf8Error(_ failure: (validUpTo: Int, errorLength: Int?)) -> Value {
    let length: Value =
      failure.errorLength.map {
        .variant(enumName: "Option", variant: "Some", payload: [.integer(Int128($0), type: "u8")])
      } ?? .variant(enumName: "Option", variant: "None", payload: [])
    return .structure(
      name: Checker.utf8ErrorName, fields: [.integer(Int128(failure.validUpTo), type: "usize"), length])
  }

  /// Where `bytes` stop being UTF-8, as std's `run_utf8_validation` reports it: the start of
  /// the first bad sequence, and its length (nil when the input ends inside a sequence that
  /// was right so far). Nil when every byte is in place.
  static func utf8Failure(_ bytes: [UInt8]) -> (validUpTo: Int, errorLength: Int?)? {
    var index = 0
    while index < bytes.count {
      let start = index
      let first = bytes[index]
      let width = utf8Width(first)
      if width == 1 {
        index += 1
        continue
      }
      if width == 0 { return (start, 1) }
      // The second byte's range depends on the first (no overlong forms, no surrogates,
      // nothing past U+10FFFF); the others are plain continuation bytes.
      let secondRange: ClosedRange<UInt8> =
        switch first {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
      for offset in 1..<width {
        guard start + offset < bytes.count else { return (start, nil) }
        let byte = bytes[start + offset]
        let allowed = offset == 1 ? secondRange : 0x80...0xBF
        guard allowed.contains(byte) else { return (start, offset) }
      }
      index = start + width
    }
    return nil
  }

  /// std's `utf8_char_width`: 0 for a byte no sequence starts with.
  private static func utf8Width(_ byte: UInt8) -> Int {
    switch byte {
    case 0x00...0x7F: 1
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: 0
    }
  }
}
