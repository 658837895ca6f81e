import MemoryModel

extension Value {
  /// The part of an aggregate at `path` (field, element or payload indices).
  package func part(at path: ArraySlice<Int>) -> Value {
    guard let first = path.first else { return self }
    let rest = path.dropFirst()
    switch self {
    case .tuple(let items), .array(let items):
      return items.indices.contains(first) ? items[first].part(at: rest) : .unit
    case .structure(_, let fields):
      return fields.indices.contains(first) ? fields[first].part(at: rest) : .unit
    case .variant(_, _, let payload):
      return payload.indices.contains(first) ? payload[first].part(at: rest) : .unit
    default:
      return .unit
    }
  }

  /// Replaces the part at `path`.
  package mutating func setPart(at path: ArraySlice<Int>, to value: Value) {
    guard let first = path.first else {
      self = value
      return
    }
    let rest = path.dropFirst()
    switch self {
    case .tuple(var items):
      guard items.indices.contains(first) else { return }
      self = .unit
      items[first].setPart(at: rest, to: value)
      self = .tuple(items)
    case .array(var items):
      guard items.indices.contains(first) else { return }
      self = .unit
      items[first].setPart(at: rest, to: value)
      self = .array(items)
    case .structure(let name, var fields):
      guard fields.indices.contains(first) else { return }
      self = .unit
      fields[first].setPart(at: rest, to: value)
      self = .structure(name: name, fields: fields)
    case .variant(let enumName, let variant, var payload):
      guard payload.indices.contains(first) else { return }
      self = .unit
      payload[first].setPart(at: rest, to: value)
      self = .variant(enumName: enumName, variant: variant, payload: payload)
    default:
      break
    }
  }
}

/// Where a value lives, found from its address.
package enum MemoryLocation {
  case slot(frame: Int, slot: Int, path: [Int])
  /// A slot on the stack of a thread that is not running (`Interpreter.ParkedSlot`).
  case parkedSlot(thread: Int, frame: Int, slot: Int, path: [Int])
  case heapElement(blockID: Int, element: Int, path: [Int])
  case heapValue(blockID: Int, path: [Int])
  case heapByte(blockID: Int, offset: Int)
  case temporary(index: Int, path: [Int])
  case staticValue(address: UInt64, path: [Int])
  case rodataByte(UInt8)
}

package struct MemoryFault: Error {
  package var address: UInt64
}

extension Interpreter {
  // MARK: - Slots

  package func slotLayout(frame: Int, slot: Int) -> FrameLayout.Slot {
    image.layouts[functions[frames[frame].function].layoutIndex].slots[slot]
  }

  package func slotAddress(frame: Int, slot: Int) -> UInt64 {
    let placement = slotPlacements[frames[frame].function][slot]
    return frames[frame].topAddress &- UInt64(placement.offset + placement.size)
  }

  package func slotSize(frame: Int, slot: Int) -> Int {
    slotPlacements[frames[frame].function][slot].size
  }

  package func slotValue(frame: Int, slot: Int) -> Value {
    recorder.state.frames[frame].slots[slot].value
  }

  package func slotType(frame: Int, slot: Int) -> Int {
    functions[frames[frame].function].slotTypes[slot]
  }

  package func writeSlot(frame: Int, slot: Int, path: [Int], offset: Int, size: Int, value: Value) {
    if path.isEmpty {
      if !frames[frame].movedRanges.isEmpty { frames[frame].movedRanges[slot] = nil }
      recorder.writeSlot(frameIndex: frame, frameID: frames[frame].frameID, slot: slot, value: value)
      return
    }
    var whole = slotValue(frame: frame, slot: slot)
    whole.setPart(at: path[...], to: value)
    if var ranges = frames[frame].movedRanges[slot] {
      let start = slotAddress(frame: frame, slot: slot) &+ UInt64(offset)
      let written = start..<start &+ UInt64(size)
      ranges.removeAll { written.contains($0.lowerBound) }
      frames[frame].movedRanges[slot] = ranges.isEmpty ? nil : ranges
    }
    recorder.writeSlot(frameIndex: frame, frameID: frames[frame].frameID, slot: slot, value: whole)
  }

  // MARK: - Addresses

  package func isStackAddress(_ address: UInt64) -> Bool {
    address >= stackLimitAddress && address < threadStackTop
  }

  /// The frame whose bytes contain `address`.
  package func frameIndex(containing address: UInt64) -> Int? {
    var low = 0
    var high = frames.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if address >= frames[mid].topAddress {
        high = mid - 1
      } else if address < frames[mid].bottomAddress {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }

  package func slotIndex(frame: Int, containing address: UInt64) -> (slot: Int, offset: Int)? {
    let top = frames[frame].topAddress
    for (index, slot) in slotPlacements[frames[frame].function].enumerated() {
      let start = top &- UInt64(slot.offset + slot.size)
      if address >= start && (address < start &+ UInt64(slot.size) || (slot.size == 0 && address == start)) {
        return (index, Int(address - start))
      }
    }
    return nil
  }

  package func temporaryIndex(containing address: UInt64) -> (index: Int, offset: Int)? {
    for index in temps.indices.reversed() {
      let cell = temps[index]
      let size = UInt64(max(types[cell.type].size, 1))
      if address >= cell.address && address < cell.address &+ size {
        return (index, Int(address - cell.address))
      }
    }
    return nil
  }

  /// Finds where the value of `type` at `address` lives.
  package func locate(_ address: UInt64, type: Int) throws -> MemoryLocation {
    if isStackAddress(address), let frame = frameIndex(containing: address),
      let (slot, offset) = slotIndex(frame: frame, containing: address)
    {
      let path = descend(
        slotValue(frame: frame, slot: slot), type: slotType(frame: frame, slot: slot), offset: offset,
        target: type)
      return .slot(frame: frame, slot: slot, path: path)
    }
    if let place = parkedSlot(containing: address) {
      let path = descend(
        parkedSlotValue(place), type: parkedSlotType(place), offset: place.offset, target: type)
      return .parkedSlot(thread: place.thread, frame: place.frame, slot: place.slot, path: path)
    }
    if address >= temporaryRegionBase, let (index, offset) = temporaryIndex(containing: address) {
      let cell = temps[index]
      return .temporary(
        index: index, path: descend(cell.value, type: cell.type, offset: offset, target: type))
    }
    if let id = blockContaining(address), let index = recorder.state.blockIndex(id: id) {
      // Read in place: a copy of the whole block would retain all its parts.
      let start = recorder.state.heap[index].address
      let offset = Int(address - start)
      let valueType = blocks.valueType(startingAt: start) ?? type
      switch recorder.state.heap[index].contents {
      case .elements(_, let elementSize, _, let elements):
        guard elementSize > 0 else { return .heapElement(blockID: id, element: 0, path: []) }
        let element = offset / elementSize
        guard elements.indices.contains(element) else { throw MemoryFault(address: address) }
        let path = descend(elements[element], type: valueType, offset: offset % elementSize, target: type)
        return .heapElement(blockID: id, element: element, path: path)
      case .bytes:
        return .heapByte(blockID: id, offset: offset)
      case .boxed(_, let value):
        return .heapValue(blockID: id, path: descend(value, type: valueType, offset: offset, target: type))
      case .counted(_, _, _, let value):
        return .heapValue(
          blockID: id, path: descend(value, type: valueType, offset: offset - 16, target: type))
      }
    }
    for (start, entry) in staticValues
    where address >= start && address < start &+ UInt64(max(1, types[entry.type].size)) {
      return .staticValue(
        address: start,
        path: descend(entry.value, type: entry.type, offset: Int(address - start), target: type))
    }
    for item in image.statics
    where address >= item.address && address < item.address &+ UInt64(item.bytes.count) {
      return .rodataByte(item.bytes[Int(address - item.address)])
    }
    throw MemoryFault(address: address)
  }

  /// The index path from a value of `type` to the part of type `target` at `offset` bytes in.
  package func descend(_ value: Value, type: Int, offset: Int, target: Int) -> [Int] {
    var path: [Int] = []
    var currentValue = value
    var currentType = type
    var remaining = offset
    for _ in 0..<64 {
      if remaining == 0 && (currentType == target || types[currentType].term == types[target].term) {
        return path
      }
      let runtime = types[currentType]
      var parts: [Int] = []
      var offsets: [Int] = []
      switch runtime.shape {
      case .structure, .tuple:
        parts = runtime.parts
        offsets = runtime.partOffsets
      case .array:
        let elementSize = types[runtime.element].size
        guard elementSize > 0 else { return path }
        let index = remaining / elementSize
        path.append(index)
        currentValue = currentValue.part(at: [index])
        currentType = runtime.element
        remaining %= elementSize
        continue
      case .option, .enumeration:
        guard case .variant(_, let name, _) = currentValue else { return path }
        let variant = runtime.variantNames.firstIndex(of: name) ?? 0
        parts = runtime.variantPayloads.indices.contains(variant) ? runtime.variantPayloads[variant] : []
        offsets = runtime.variantOffsets.indices.contains(variant) ? runtime.variantOffsets[variant] : []
      default:
        return path
      }
      // The part containing the offset; at equal offsets prefer one of the target type.
      var chosen: Int?
      for index in parts.indices where index < offsets.count {
        let start = offsets[index]
        let size = types[parts[index]].size
        if remaining >= start && (remaining < start + size || (size == 0 && remaining == start)) {
          if chosen == nil || (remaining == start && parts[index] == target) { chosen = index }
        }
      }
      guard let index = chosen else { return path }
      path.append(index)
      currentValue = currentValue.part(at: [index])
      currentType = parts[index]
      remaining -= offsets[index]
    }
    return path
  }

  package func read(address: UInt64, type: Int) throws -> Value {
    // A zero-sized value occupies no memory: any well-aligned address holds it.
    if types[type].size == 0 { return zeroSizedValue(type) }
    switch try locate(address, type: type) {
    case .slot(let frame, let slot, let path):
      return slotValue(frame: frame, slot: slot).part(at: path[...])
    case .parkedSlot(let thread, let frame, let slot, let path):
      let place = ParkedSlot(thread: thread, frame: frame, slot: slot, offset: 0)
      return parkedSlotValue(place).part(at: path[...])
    case .heapElement(let id, let element, let path):
      guard let index = recorder.state.blockIndex(id: id),
        case .elements(_, _, _, let elements) = recorder.state.heap[index].contents
      else {
        return .unit
      }
      guard elements.indices.contains(element) else { return zeroSizedValue(type) }
      return elements[element].part(at: path[...])
    case .heapValue(let id, let path):
      guard let index = recorder.state.blockIndex(id: id) else { return .unit }
      switch recorder.state.heap[index].contents {
      case .boxed(_, let value), .counted(_, _, _, let value): return value.part(at: path[...])
      default: return .unit
      }
    case .heapByte(let id, let offset):
      guard let index = recorder.state.blockIndex(id: id),
        case .bytes(_, let bytes) = recorder.state.heap[index].contents,
        bytes.indices.contains(offset)
      else {
        return .integer(0, type: "u8")
      }
      return .integer(Int128(bytes[offset]), type: "u8")
    case .temporary(let index, let path):
      return temps[index].value.part(at: path[...])
    case .staticValue(let start, let path):
      return staticValues[start]?.value.part(at: path[...]) ?? .unit
    case .rodataByte(let byte):
      return .integer(Int128(byte), type: "u8")
    }
  }

  package func write(address: UInt64, type: Int, value: Value) throws {
    switch try locate(address, type: type) {
    case .slot(let frame, let slot, let path):
      var whole = slotValue(frame: frame, slot: slot)
      whole.setPart(at: path[...], to: value)
      if path.isEmpty, !frames[frame].movedRanges.isEmpty { frames[frame].movedRanges[slot] = nil }
      recorder.writeSlot(frameIndex: frame, frameID: frames[frame].frameID, slot: slot, value: whole)
      noteOwners(frame: frame, slot: slot)
    case .parkedSlot(let thread, let frame, let slot, let path):
      writeParkedSlot(
        ParkedSlot(thread: thread, frame: frame, slot: slot, offset: 0), path: path, value: value)
    case .heapElement(let id, let element, let path):
      guard let block = heapBlock(id), case .elements(_, _, _, let elements) = block.contents,
        elements.indices.contains(element)
      else { return }
      var updated = elements[element]
      updated.setPart(at: path[...], to: value)
      record(.heapElementsReplaced(blockID: id, range: element..<element + 1, elements: [updated]))
    case .heapValue(let id, let path):
      guard let block = heapBlock(id) else { return }
      switch block.contents {
      case .boxed(_, var current), .counted(_, _, _, var current):
        current.setPart(at: path[...], to: value)
        record(.heapValueWritten(blockID: id, value: current))
      default:
        break
      }
    case .heapByte(let id, let offset):
      let byte = UInt8(truncatingIfNeeded: integer(value))
      record(.heapBytesReplaced(blockID: id, range: offset..<offset + 1, bytes: [byte]))
    case .temporary(let index, let path):
      temps[index].value.setPart(at: path[...], to: value)
    case .staticValue(let start, let path):
      // Only a static with interior mutability (an atomic) is ever written.
      staticValues[start]?.value.setPart(at: path[...], to: value)
    case .rodataByte:
      break
    }
  }

  /// The bytes of a `str` at `address`: in `.rodata`, a `String`'s buffer, or a byte array.
  package func readBytes(address: UInt64, length: Int) -> [UInt8] {
    guard length > 0 else { return [] }
    for item in image.statics
    where address >= item.address && address < item.address &+ UInt64(item.bytes.count) {
      let start = Int(address - item.address)
      return Array(item.bytes[start..<min(item.bytes.count, start + length)])
    }
    if let id = blockContaining(address), let block = heapBlock(id) {
      let start = Int(address - block.address)
      switch block.contents {
      case .bytes(_, let bytes):
        guard start <= bytes.count else { return [] }
        return Array(bytes[start..<min(bytes.count, start + length)])
      case .elements(_, let size, _, let elements) where size == 1:
        let slice = elements.dropFirst(start).prefix(length)
        return slice.map { UInt8(truncatingIfNeeded: integer($0)) }
      default:
        return []
      }
    }
    // A `&str` into a byte array on the stack (`str::from_utf8(&bytes)`): its bytes one by one.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    for offset in 0..<length {
      guard let value = try? read(address: address &+ UInt64(offset), type: byteType),
        case .integer(let byte, _) = value
      else { return bytes }
      bytes.append(UInt8(truncatingIfNeeded: byte))
    }
    return bytes
  }

  package func readString(_ pointer: Value) -> String {
    switch pointer {
    case .slicePointer(let address, let length, _):
      return String(decoding: readBytes(address: address, length: length), as: UTF8.self)
    case .buffer(let address, let length, _, _):
      return String(decoding: readBytes(address: address, length: length), as: UTF8.self)
    default:
      return ""
    }
  }

  /// The canonical value of a zero-sized type (`()`, a unit struct, an empty array).
  package func zeroSizedValue(_ type: Int) -> Value {
    let runtime = types[type]
    switch runtime.shape {
    case .structure:
      return .structure(name: runtime.valueName, fields: runtime.parts.map { zeroSizedValue($0) })
    case .tuple: return .tuple(runtime.parts.map { zeroSizedValue($0) })
    case .array: return .array([])
    default: return .unit
    }
  }
}
