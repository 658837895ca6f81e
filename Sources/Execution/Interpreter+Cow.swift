import MemoryModel
import RustFrontEnd

/// `String::from_utf8_lossy` and the methods of the `Cow<str>` it returns, as std runs them.
extension Interpreter {
  func cowResult(_ name: String, _ arguments: [Value], types typeList: [Int]) throws -> Value? {
    switch name {
    case "String::from_utf8_lossy":
      guard case .slicePointer(let address, let length, _) = arguments[0] else { return nil }
      let bytes = try sliceElements(arguments[0], elementType: byteType).map {
        UInt8(truncatingIfNeeded: integer($0))
      }
      try chargeWork(bytes.count)
      guard Self.utf8Failure(bytes) != nil else {
        return .variant(
          enumName: Checker.cowName, variant: "Borrowed",
          payload: [.slicePointer(address: address, length: length, kind: .sharedReference)])
      }
      return .variant(enumName: Checker.cowName, variant: "Owned", payload: [try lossyString(bytes)])
    case "Cow::into_owned":
      guard case .variant(_, let variant, let payload) = arguments[0], let text = payload.first else {
        return nil
      }
      return variant == "Owned" ? text : try makeString(bytesOfStr(text))
    case "Cow::to_string", "Cow::len", "Cow::is_empty", "Cow::deref":
      let cow = try read(address: address(of: arguments[0]), type: types[typeList[0]].element)
      guard case .variant(_, _, let payload) = cow, let text = payload.first else { return nil }
      if name == "Cow::deref" {
        // `Borrowed` holds the `&str`; `Owned` is pointed into its `String`'s buffer.
        guard case .buffer(let pointer, let length, _, _) = text else { return text }
        return .slicePointer(address: pointer, length: length, kind: .sharedReference)
      }
      let bytes = bytesOfStr(text)
      switch name {
      case "Cow::len": return .integer(Int128(bytes.count), type: "usize")
      case "Cow::is_empty": return .boolean(bytes.isEmpty)
      default: return try makeString(bytes)
      }
    default:
      return nil
    }
  }

  /// std's owned case: `String::with_capacity(v.len())`, then each valid run and a U+FFFD for
  /// each bad sequence pushed in turn (the `String` grows by the usual rule when it must).
  private func lossyString(_ bytes: [UInt8]) throws -> Value {
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    var result = try makeString([], capacity: bytes.count)
    var start = 0
    while start < bytes.count {
      let rest = Array(bytes[start...])
      guard let failure = Self.utf8Failure(rest) else {
        result = try appendBytes(rest, to: result)
        break
      }
      result = try appendBytes(Array(rest[..<failure.validUpTo]), to: result)
      result = try appendBytes(replacement, to: result)
      start += failure.validUpTo + (failure.errorLength ?? (rest.count - failure.validUpTo))
    }
    return result
  }
}
