import MemoryModel

/// Dropping a value that a map or set does not keep (an unused `or_insert` default, a
/// duplicate key), where the drop runs none of the program's code: its blocks are freed in
/// std's order (fields in declaration order, a `Vec`'s elements before its buffer, a `Box`'s
/// value before the box).
extension Interpreter {
  func releaseOwned(_ value: Value, type: Int) throws {
    guard types[type].needsDrop else { return }
    guard dropRunsNoCode(type, depth: 0) else {
      // A `Drop` impl or a reference count: memtutor stops rather than leave the drop out.
      try stop(
        "memtutor: stopped: \(image.path):\(currentLine):\(currentColumn): dropping a "
          + "`\(types[type].name)` that a map or set does not keep is not supported by memtutor yet")
      return
    }
    try freeOwnedBlocks(of: value, type: type)
  }

  private func dropRunsNoCode(_ type: Int, depth: Int) -> Bool {
    let runtime = types[type]
    guard runtime.needsDrop else { return true }
    guard depth < 32, runtime.dropFunction == nil, runtime.hashEntry == nil else { return false }
    switch runtime.shape {
    case .scalar, .reference, .string, .unsized: return true
    case .vec, .box, .structure, .tuple, .array, .option:
      return runtime.parts.allSatisfy { dropRunsNoCode($0, depth: depth + 1) }
    case .enumeration:
      return runtime.variantPayloads.allSatisfy { $0.allSatisfy { dropRunsNoCode($0, depth: depth + 1) } }
    case .rc, .fatPointer: return false
    }
  }

  private func freeOwnedBlocks(of value: Value, type: Int) throws {
    let runtime = types[type]
    guard runtime.needsDrop else { return }
    switch (runtime.shape, value) {
    case (.string, .buffer(let pointer, _, let capacity, _)):
      if capacity > 0, let id = blockID(startingAt: pointer) { freeBlock(id) }
    case (.vec, .buffer(let pointer, let length, let capacity, _)):
      guard capacity > 0, let id = blockID(startingAt: pointer) else { return }
      if length > 0, let block = heapBlock(id), case .elements(_, _, _, let elements) = block.contents {
        for element in elements.prefix(length) { try freeOwnedBlocks(of: element, type: runtime.element) }
      }
      freeBlock(id)
    case (.box, .pointer(let address, _)):
      guard let id = blockID(startingAt: address) else { return }
      try freeOwnedBlocks(of: try read(address: address, type: runtime.element), type: runtime.element)
      freeBlock(id)
    case (.structure, .structure(_, let fields)), (.tuple, .tuple(let fields)):
      for (field, fieldType) in zip(fields, runtime.parts) { try freeOwnedBlocks(of: field, type: fieldType) }
    case (.array, .array(let items)):
      for item in items { try freeOwnedBlocks(of: item, type: runtime.element) }
    case (.option, .variant(_, _, let payload)):
      // `Some(x)` holds one value of the option's one part; `None` holds nothing.
      if let inner = payload.first { try freeOwnedBlocks(of: inner, type: runtime.element) }
    case (.enumeration, .variant(_, let variant, let payload)):
      guard let index = runtime.variantNames.firstIndex(of: variant), index < runtime.variantPayloads.count
      else { return }
      for (part, partType) in zip(payload, runtime.variantPayloads[index]) {
        try freeOwnedBlocks(of: part, type: partType)
      }
    default:
      return
    }
  }
}
