import MemoryModel
import RustFrontEnd

/// The iterators over a `HashMap`'s or `HashSet`'s entries (`Interpreter+HashMaps` holds the
/// table itself): by reference, references into the block; by value and `drain`, the entries
/// moved out of it. Both walk the block in the order it holds the entries.
extension Interpreter {
  /// The items of `keys()`, `values()`, `values_mut()`, `iter()`, `iter_mut()` (and `for` over
  /// `&map` / `&mut map`): references into the table's block, one per entry, in the order
  /// the block holds them. `source` is the tuple the method call makes of its receiver.
  func hashTableItems(_ rule: PieceRule, source: Value, tableType: Int, at point: SourcePoint) throws
    -> [Value]
  {
    guard case .tuple(let parts) = source, let receiver = parts.first,
      let entryType = types[tableType].hashEntry
    else { return [] }
    if let shape = treeShape(tableType) { return try treeItems(rule, source: parts, shape: shape, at: point) }
    let table = hashTable(try read(address: address(of: receiver), type: tableType))
    guard let (_, list) = entries(of: table, entryType: entryType) else { return [] }
    try chargeWork(list.count)
    let entry = types[entryType]
    let start = blockStart(of: table, entryType: entryType)
    let isSet = entry.shape != .tuple
    let keyOffset = isSet || entry.partOffsets.isEmpty ? 0 : entry.partOffsets[0]
    let valueOffset = entry.partOffsets.count > 1 ? entry.partOffsets[1] : 0
    return list.indices.map { index in
      let base = start &+ UInt64(index * entry.size)
      let key = Value.pointer(address: base &+ UInt64(keyOffset), kind: .sharedReference)
      let value = base &+ UInt64(valueOffset)
      switch rule {
      case .hashValues: return .pointer(address: value, kind: .sharedReference)
      case .hashValuesMut: return .pointer(address: value, kind: .mutableReference)
      case .hashEntries: return .tuple([key, .pointer(address: value, kind: .sharedReference)])
      case .hashEntriesMut: return .tuple([key, .pointer(address: value, kind: .mutableReference)])
      default: return key
      }
    }
  }
}

extension Interpreter {
  /// `into_iter()` (and `for` over the table itself), `into_keys()`, `into_values()`: the
  /// table sits in the iterator's temporary, and each item moves an entry out of its block
  /// (the temporary's exclusions), in the order the block holds them. Dropping the
  /// temporary drops the entries not taken and frees the block, as hashbrown's
  /// `RawIntoIter` does.
  func startHashOwnedIterator(
    _ state: inout IteratorState, items: TypeTerm.HashOwnedItems, temporary: UInt64, tableType: Int
  ) throws {
    guard let entryType = types[tableType].hashEntry else { return }
    let table = hashTable(try read(address: temporary, type: temporaryType(at: temporary) ?? tableType))
    let entry = types[entryType]
    let count = entries(of: table, entryType: entryType)?.entries.count ?? 0
    state.source = .owned(
      temporary: temporary, base: count == 0 ? 0 : blockStart(of: table, entryType: entryType),
      elementSize: entry.size, elementType: entryType, inHeap: true)
    state.back = Int128(count)
    state.exactSize = true
    state.trustedLength = false
    if items == .drained { state.drainedTable = (temporary, tableType) }
    guard items == .keys || items == .values, entry.shape == .tuple, entry.parts.count == 2 else { return }
    let kept = items == .keys ? 0 : 1
    state.keptPart = IteratorState.KeptPart(
      index: kept, type: entry.parts[kept], droppedType: entry.parts[1 - kept])
  }

  /// The end of a `drain()`: the entries not taken drop, then the table is empty (its block
  /// kept, every bucket free again), as hashbrown's `Drain` leaves it.
  func endDrain(register: Int) throws {
    let index = frames[frames.count - 1].iteratorBase + register
    guard let (address, type) = iterators[index].drainedTable, let entryType = types[type].hashEntry else {
      return
    }
    let state = iterators[index]
    iterators[index].drainedTable = nil
    var work: [DropWork] = []
    if case .owned(_, let base, let size, _, _) = state.source, types[entryType].needsDrop {
      for position in state.front..<max(state.front, state.back) {
        work.append(.value(address: base &+ UInt64(Int(position) * size), type: entryType, exclusions: []))
      }
    }
    work.append(.clearHashTable(address: address, type: type))
    try runDrops(work)
  }

  /// A drained table's last step: no entries, all of its capacity free.
  func clearHashTable(at address: UInt64, type: Int) throws {
    guard let entryType = types[type].hashEntry else { return }
    var table = hashTable(try read(address: address, type: type))
    if let current = entries(of: table, entryType: entryType) {
      record(.heapElementsReplaced(blockID: current.id, range: 0..<current.entries.count, elements: []))
    }
    table.items = 0
    table.growthLeft = table.capacity
    try write(address: address, type: type, value: hashTableValue(table))
  }

  /// The key or value an `into_keys()` / `into_values()` item is; the other part is dropped
  /// (the checker allows only parts whose drop is freeing one block).
  func keptPart(of entry: Value, _ kept: IteratorState.KeptPart) throws -> Value {
    guard case .tuple(let parts) = entry, parts.count == 2 else { return entry }
    try releaseOwned(parts[1 - kept.index], type: kept.droppedType)
    return parts[kept.index]
  }
}
