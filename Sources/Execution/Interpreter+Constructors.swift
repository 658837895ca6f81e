import MemoryModel
import RustFrontEnd

extension Interpreter {
  /// The `String::new, Vec::new, Box::new, Rc::new and the other constructors` builtins' results (see `builtinResult`).
  func constructorResult(
    _ builtin: Builtin, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    func argumentAddress(_ index: Int) -> UInt64 { address(of: arguments[index]) }
    func argumentInteger(_ index: Int) -> Int128 { integer(arguments[index]) }
    switch builtin {
    case .stringNew:
      return .buffer(pointer: 1, length: 0, capacity: 0, kind: .string)
    case .stringWithCapacity:
      let capacity = Int(clamping: argumentInteger(0))
      return try makeString([], capacity: capacity)
    case .strToString, .stringFrom:
      return try makeString(bytesOfStr(arguments[0]))
    case .vecNew:
      return try allocateVec(elementType: types[resultType].element, capacity: 0, exact: true)
    case .vecWithCapacity:
      return try allocateVec(
        elementType: types[resultType].element, capacity: Int(clamping: argumentInteger(0)), exact: true)
    case .vecForCollect:
      let element = types[resultType].element
      let count = Int(clamping: argumentInteger(0))
      let minimum = GrowthPolicy.minimumNonZeroCapacity(elementSize: types[element].size)
      return try allocateVec(
        elementType: element, capacity: count == 0 ? 0 : max(minimum, count), exact: true)
    case .vecFromArray:
      guard case .array(let items) = arguments[0] else { return .unit }
      let vec = try allocateVec(elementType: types[resultType].element, capacity: items.count, exact: true)
      return try fillVec(vec, with: items)
    case .boxNew:
      let inner = types[typeList[0]]
      if inner.size == 0 { return .pointer(address: UInt64(max(1, inner.alignment)), kind: .box) }
      let (_, address) = try allocateBlock(
        size: inner.size, alignment: inner.alignment,
        contents: .boxed(typeName: inner.name, value: arguments[0]),
        valueType: typeList[0])
      return .pointer(address: address, kind: .box)
    case .boxLeak:
      return .pointer(address: argumentAddress(0), kind: .mutableReference)
    case .rcNew, .arcNew:
      let inner = types[typeList[0]]
      // `RcBox<T>` is `{ strong: usize, weak: usize, value: T }`, padded to its alignment.
      let alignment = max(8, inner.alignment)
      let size = (16 + inner.size + alignment - 1) / alignment * alignment
      let (_, address) = try allocateBlock(
        size: size, alignment: alignment,
        contents: .counted(typeName: inner.name, strong: 1, weak: 1, value: arguments[0]),
        valueType: typeList[0], countsAtomically: builtin == .arcNew)
      return .pointer(address: address, kind: .rc)
    case .rcClone:
      let rc = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      try retainRc(address(of: rc))
      return rc
    case .rcStrongCount, .rcWeakCount:
      let rc = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      guard let (_, strong, weak) = rcCounts(address(of: rc)) else { return usize(0) }
      return usize(builtin == .rcStrongCount ? strong : max(0, weak - 1))
    case .rcPointerEqual:
      let left = try read(address: argumentAddress(0), type: pointee(typeList[0]))
      let right = try read(address: argumentAddress(1), type: pointee(typeList[1]))
      return .boolean(address(of: left) == address(of: right))
    case .sizeOfValue:
      // `&dyn Trait`: the size is the concrete type's, read from the vtable as Rust does.
      if case .traitObject(_, let vtable, _) = arguments[0],
        let concrete = vtableTargets[vtable]?.concreteType
      {
        return usize(types[concrete].size)
      }
      guard case .slicePointer(_, let length, _) = arguments[0] else { return usize(0) }
      if case .slice(let element) = types[pointee(typeList[0])].term {
        return usize(length * types[types.id(element)].size)
      }
      return usize(length)
    case .sizeOf, .alignOf, .drop, .forget:
      return .unit
    case .swap:
      let type = pointee(typeList[0])
      let first = try read(address: argumentAddress(0), type: type)
      let second = try read(address: argumentAddress(1), type: type)
      try write(address: argumentAddress(0), type: type, value: second)
      try write(address: argumentAddress(1), type: type, value: first)
      return .unit
    case .replace:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: arguments[1])
      return old
    case .take:
      let type = pointee(typeList[0])
      let old = try read(address: argumentAddress(0), type: type)
      try write(address: argumentAddress(0), type: type, value: try defaultValue(type))
      return old
    case .defaultValue:
      return try defaultValue(resultType)
    case .processExit:
      record(.exited(status: Int32(truncatingIfNeeded: argumentInteger(0))))
      throw Halt.finished(Int32(truncatingIfNeeded: argumentInteger(0)))
    default:
      throw MisroutedBuiltin(builtin: builtin)
    }
  }
}
