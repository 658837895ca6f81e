import MemoryModel

/// `clone` of any cloneable value, and the counts an `Rc` clone changes.
extension Interpreter {
  /// `Clone::clone` for any cloneable type: new heap blocks for `String`, `Vec` and `Box`,
  /// one more strong count for `Rc`, a plain copy for `Copy` types.
  package func cloneValue(_ value: Value, type: Int, depth: Int = 0) throws -> Value {
    if depth > Self.maximumValueDepth { try stopForDepth("clone") }
    let runtime = types[type]
    if runtime.isCopy { return value }
    if let cloned = try cloneCellOrWeak(value, type: type, depth: depth) { return cloned }
    if let shape = treeShape(type) { return try cloneTree(value, shape: shape, depth: depth) }
    if case .hashMap = runtime.term, let entryType = runtime.hashEntry {
      return try cloneHashTable(value, entryType: entryType, depth: depth)
    }
    switch runtime.shape {
    case .string:
      guard case .buffer(let pointer, let length, _, _) = value else { return value }
      return try makeString(readBytes(address: pointer, length: length))
    case .vec:
      let elements = vecElements(value)
      guard case .buffer(_, let length, _, _) = value else { return value }
      try chargeWork(length)
      var copy = try allocateVec(elementType: runtime.element, capacity: length, exact: true)
      var cloned: [Value] = []
      for element in elements {
        cloned.append(try cloneValue(element, type: runtime.element, depth: depth + 1))
      }
      copy = try fillVec(copy, with: cloned)
      if types[runtime.element].size == 0, case .buffer(let p, _, let c, let k) = copy {
        copy = .buffer(pointer: p, length: length, capacity: c, kind: k)
      }
      return copy
    case .box:
      let inner = types[runtime.element]
      let pointee = try read(address: address(of: value), type: runtime.element)
      if inner.size == 0 { return value }
      let (id, address) = try allocateBlock(
        size: inner.size, alignment: inner.alignment, contents: .boxed(typeName: inner.name, value: .unit),
        valueType: runtime.element)
      let cloned = try cloneValue(pointee, type: runtime.element, depth: depth + 1)
      record(.heapValueWritten(blockID: id, value: cloned))
      return .pointer(address: address, kind: .box)
    case .rc:
      try retainRc(address(of: value))
      return value
    case .tuple:
      guard case .tuple(let items) = value else { return value }
      var result: [Value] = []
      for (item, part) in zip(items, runtime.parts) {
        result.append(try cloneValue(item, type: part, depth: depth + 1))
      }
      return .tuple(result)
    case .array:
      guard case .array(let items) = value else { return value }
      var result: [Value] = []
      for item in items { result.append(try cloneValue(item, type: runtime.element, depth: depth + 1)) }
      return .array(result)
    case .structure:
      guard case .structure(let name, let fields) = value else { return value }
      var result: [Value] = []
      for (field, part) in zip(fields, runtime.parts) {
        result.append(try cloneValue(field, type: part, depth: depth + 1))
      }
      return .structure(name: name, fields: result)
    case .option, .enumeration:
      guard case .variant(let enumName, let variant, let payload) = value else { return value }
      let index = runtime.variantNames.firstIndex(of: variant) ?? 0
      let payloadTypes = runtime.variantPayloads.indices.contains(index) ? runtime.variantPayloads[index] : []
      var result: [Value] = []
      for (item, part) in zip(payload, payloadTypes) {
        result.append(try cloneValue(item, type: part, depth: depth + 1))
      }
      return .variant(enumName: enumName, variant: variant, payload: result)
    default:
      return value
    }
  }

  // MARK: - Rc

  package func rcCounts(_ address: UInt64) -> (id: Int, strong: Int, weak: Int)? {
    guard let id = blockID(startingAt: address), let block = heapBlock(id),
      case .counted(_, let strong, let weak, _) = block.contents
    else { return nil }
    return (id, strong, weak)
  }

  package func retainRc(_ address: UInt64) throws {
    guard let (id, strong, weak) = rcCounts(address) else { return }
    record(.heapCountsChanged(blockID: id, strong: strong + 1, weak: weak))
  }
}
