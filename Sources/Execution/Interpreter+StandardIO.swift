import MemoryModel
import RustFrontEnd

/// `std::io`: `io::stdin()` and `read_line` (the line appended to the `String` as std's
/// `read_until` appends it, one `extend_from_slice` per buffer fill), the lines of
/// `io::stdin().lines()`, and `io::stdout()` with `flush`.
extension Interpreter {
  /// The `repr` of the one `io::Error` memtutor makes: a line that is not UTF-8.
  package static let invalidUTF8ErrorCode: UInt64 = 1
  /// That error as std's `Debug` prints it.
  package static let invalidUTF8ErrorText =
    "Error { kind: InvalidData, message: \"stream did not contain valid UTF-8\" }"

  func standardIOResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    switch name {
    case "stdin", "stdout":
      // A handle to std's global stream (a pointer to its lock in std's statics).
      return .structure(name: types[resultType].valueName, fields: [usize(0)])
    case "Stdout::flush":
      // memtutor writes output as the program prints it: nothing is left to flush.
      return .variant(enumName: "Result", variant: "Ok", payload: [.unit])
    case "Stdin::read_line":
      let stringAddress = address(of: arguments[1])
      let stringType = pointee(typeList[1])
      let before = try read(address: stringAddress, type: stringType)
      guard case .buffer(_, let oldLength, _, _) = before else { return Self.ok(usize(0)) }
      var appended: [UInt8] = []
      for piece in readInputLine() {
        appended += piece
        try appendToString(at: stringAddress, type: stringType, bytes: piece)
      }
      guard String(validating: appended, as: UTF8.self) != nil else {
        // std takes the bytes back out (the capacity stays) and reports the error.
        try truncateString(at: stringAddress, type: stringType, to: oldLength, at: point)
        return .variant(enumName: "Result", variant: "Err", payload: [Self.invalidUTF8Error])
      }
      return Self.ok(usize(appended.count))
    case "Stdin::next_line":
      // `Lines::next`: a new `String` that `read_line` fills, its `\n` (and a `\r` before it)
      // popped; `None` at the end of input.
      var line = Value.buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
      var appended: [UInt8] = []
      for piece in readInputLine() {
        appended += piece
        line = try appendBytes(piece, to: line)
      }
      guard !appended.isEmpty else { return Self.none }
      guard String(validating: appended, as: UTF8.self) != nil else {
        // The line's `String` is dropped before the error is handed out.
        if case .buffer(let pointer, _, _, _) = line, let id = blockID(startingAt: pointer) { freeBlock(id) }
        return Self.some(.variant(enumName: "Result", variant: "Err", payload: [Self.invalidUTF8Error]))
      }
      var length = appended.count
      if appended.last == UInt8(ascii: "\n") {
        length -= 1
        if length > 0, appended[length - 1] == UInt8(ascii: "\r") { length -= 1 }
      }
      line = try truncatedString(line, to: length)
      return Self.some(Self.ok(line))
    default:
      throw MisroutedBuiltin(builtin: .standardIO(name))
    }
  }

  static func ok(_ value: Value) -> Value {
    .variant(enumName: "Result", variant: "Ok", payload: [value])
  }

  static var invalidUTF8Error: Value {
    .structure(
      name: Checker.ioErrorTypeName,
      fields: [.pointer(address: invalidUTF8ErrorCode, kind: .sharedReference)])
  }

  /// The next line's pieces; the time spent waiting for them is left out of the time budget.
  private func readInputLine() -> [[UInt8]] {
    let start = ContinuousClock.now
    let pieces = standardInput.nextLinePieces()
    waitedForInput += ContinuousClock.now - start
    record(.inputRead(String(decoding: pieces.joined(), as: UTF8.self)))
    return pieces
  }

  /// The string `value` cut to `length` bytes (its capacity kept), as `pop` and `truncate` leave it.
  private func truncatedString(_ value: Value, to length: Int) throws -> Value {
    guard case .buffer(let pointer, let oldLength, let capacity, let kind) = value, length < oldLength else {
      return value
    }
    if let id = blockID(startingAt: pointer) {
      record(.heapBytesReplaced(blockID: id, range: length..<oldLength, bytes: []))
    }
    return .buffer(pointer: pointer, length: length, capacity: capacity, kind: kind)
  }
}
