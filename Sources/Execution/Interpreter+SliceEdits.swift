import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// Where `rotate_left` and `rotate_right` assert their count (rustc 1.95's `core` source).
  static let rotateLeftPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/mod.rs:3885:9"
  static let rotateRightPanicLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/mod.rs:3931:9"

  /// `split_first`, `split_last` (and their `_mut` forms): an end element and the rest, both
  /// pointing into the receiver. `rotate_left`, `rotate_right` and `fill`: the receiver's
  /// elements moved round or overwritten in place (`fill` takes `Copy` elements only, so
  /// nothing is dropped).
  func sliceEditResult(_ builtin: Builtin, _ arguments: [Value], types typeList: [Int]) throws -> Value {
    guard case .sliceMethod(let name) = builtin,
      case .slicePointer(let address, let length, _) = arguments[0]
    else { throw MisroutedBuiltin(builtin: builtin) }
    let element = sliceElementType(typeList[0])
    let size = types[element].size
    func addressOf(_ index: Int) -> UInt64 { address &+ UInt64(index * size) }
    switch name {
    case "split_first", "split_last", "split_first_mut", "split_last_mut":
      guard length > 0 else { return Self.none }
      let kind: PointerKind = name.hasSuffix("_mut") ? .mutableReference : .sharedReference
      let fromFront = name.hasPrefix("split_first")
      let end = Value.pointer(address: addressOf(fromFront ? 0 : length - 1), kind: kind)
      let rest = Value.slicePointer(address: addressOf(fromFront ? 1 : 0), length: length - 1, kind: kind)
      return Self.some(.tuple([end, rest]))
    case "rotate_left", "rotate_right":
      let count = integer(arguments[1])
      guard count <= Int128(length) else {
        let left = name == "rotate_left"
        try panic(
          left ? "assertion failed: mid <= self.len()" : "assertion failed: k <= self.len()",
          at: SourcePoint(line: currentLine, column: currentColumn),
          location: left ? Self.rotateLeftPanicLocation : Self.rotateRightPanicLocation)
      }
      let items = try sliceElements(arguments[0], elementType: element)
      try chargeWork(items.count)
      guard !items.isEmpty else { return .unit }
      let shift = name == "rotate_left" ? Int(count) : (length - Int(count)) % length
      for index in 0..<length {
        try write(address: addressOf(index), type: element, value: items[(index + shift) % length])
      }
      return .unit
    case "fill":
      try chargeWork(length)
      for index in 0..<length {
        try write(address: addressOf(index), type: element, value: arguments[1])
      }
      return .unit
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }
}
