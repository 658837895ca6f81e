import MemoryModel
import RustFrontEnd

/// `HashMap<K, V>` and `HashSet<T>` as hashbrown lays them out: a six-word handle
/// (`ctrl`, `bucket_mask`, `growth_left`, `items`, and `RandomState`'s two keys) and one heap
/// block of buckets followed by control bytes. Real Rust places each entry at a bucket chosen
/// by a hash seeded randomly per run, so its iteration order varies from run to run; memtutor
/// keeps the entries in the block in insertion order instead (one deterministic choice among
/// the orders a real run can show).
extension Interpreter {
  /// Where an empty table's `ctrl` points: a static group of empty control bytes in std's
  /// read-only data (modelled just below the code).
  static let emptyGroupAddress = AddressSpace.standard.codeBase &- UInt64(HashTableLayout.groupWidth)
  /// `RandomState`'s keys differ per run in real Rust; memtutor shows fixed ones.
  static let hashKeys: (Int128, Int128) = (0x2a5f_7c1e_93d4_b860, 0x61c8_8646_80b5_83eb)

  struct HashTable {
    var control: UInt64
    var buckets: Int
    var growthLeft: Int
    var items: Int

    var capacity: Int { HashTableLayout.capacity(buckets: buckets) }
  }

  func hashTable(_ value: Value) -> HashTable {
    guard case .tuple(let words) = value, words.count == 6 else {
      return HashTable(control: Self.emptyGroupAddress, buckets: 0, growthLeft: 0, items: 0)
    }
    let mask = Int(clamping: integer(words[1]))
    return HashTable(
      control: address(of: words[0]), buckets: address(of: words[0]) == Self.emptyGroupAddress ? 0 : mask + 1,
      growthLeft: Int(clamping: integer(words[2])), items: Int(clamping: integer(words[3])))
  }

  func hashTableValue(_ table: HashTable) -> Value {
    .tuple([
      .pointer(address: table.control, kind: .raw), usize(max(table.buckets - 1, 0)), usize(table.growthLeft),
      usize(table.items), .integer(Self.hashKeys.0, type: "u64"), .integer(Self.hashKeys.1, type: "u64"),
    ])
  }

  func blockStart(of table: HashTable, entryType: Int) -> UInt64 {
    let entry = types[entryType]
    return table.control
      &- UInt64(
        HashTableLayout.controlOffset(
          buckets: table.buckets, entrySize: entry.size, entryAlignment: entry.alignment))
  }

  func entries(of table: HashTable, entryType: Int) -> (id: Int, entries: [Value])? {
    guard table.buckets > 0, let id = blockID(startingAt: blockStart(of: table, entryType: entryType)),
      let block = heapBlock(id), case .elements(_, _, _, let elements) = block.contents
    else { return nil }
    return (id, elements)
  }

  /// A new table with room for `capacity` entries (no block for 0). A map's entry is a
  /// `(K, V)` tuple; a set's is its key, never a tuple among the keys memtutor runs.
  private func allocateHashTable(capacity: Int, entryType: Int, entries: [Value]) throws -> HashTable {
    let entry = types[entryType]
    let buckets = HashTableLayout.buckets(forCapacity: capacity, entrySize: entry.size)
    guard buckets > 0 else {
      return HashTable(control: Self.emptyGroupAddress, buckets: 0, growthLeft: 0, items: 0)
    }
    let size = HashTableLayout.blockSize(
      buckets: buckets, entrySize: entry.size, entryAlignment: entry.alignment)
    let (_, address) = try allocateBlock(
      size: size, alignment: HashTableLayout.blockAlignment(entryAlignment: entry.alignment),
      contents: .elements(
        elementType: HashTableLayout.bucketsLabel(entry: entry.name, set: entry.shape != .tuple),
        elementSize: entry.size, capacity: buckets, elements: entries),
      valueType: entryType)
    let offset = HashTableLayout.controlOffset(
      buckets: buckets, entrySize: entry.size, entryAlignment: entry.alignment)
    let capacity = HashTableLayout.capacity(buckets: buckets)
    return HashTable(
      control: address &+ UInt64(offset), buckets: buckets, growthLeft: capacity - entries.count,
      items: entries.count)
  }

  /// What makes two keys equal: the text of `String` and `&str` keys, the value of the rest.
  func keyIdentity(_ key: Value, keyType: Int) -> String {
    switch types[keyType].shape {
    case .string, .fatPointer: return "text:" + readString(key)
    case .reference:
      // `&T` hashes and compares as the `T` it points at.
      let target = types[keyType].element
      guard let pointee = try? read(address: address(of: key), type: target) else {
        return String(describing: key)
      }
      return keyIdentity(pointee, keyType: target)
    default:
      // Numbers, `bool` and `char` keys, the common case, without the cost of reflection.
      switch key {
      case .integer(let value, _): return String(value)
      case .boolean(let value): return value ? "true" : "false"
      case .character(let scalar): return "c" + String(scalar.value)
      default: return String(describing: key)
      }
    }
  }

  /// The identity of a lookup argument: a `&str` for `String` keys, otherwise a `&K`.
  private func lookupIdentity(_ argument: Value, argumentType: Int, keyType: Int) throws -> String {
    if types[argumentType].shape == .fatPointer { return "text:" + readString(argument) }
    // A `&T` key looked up by `&T` itself (`Borrow<T>`).
    if argumentType == keyType { return keyIdentity(argument, keyType: keyType) }
    let key = try read(address: address(of: argument), type: keyType)
    return keyIdentity(key, keyType: keyType)
  }

  func hashTableResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value? {
    let tableType =
      ["new", "from_vec", "from_array"].contains(name)
      ? resultType : (typeList.first.map { pointee($0) } ?? resultType)
    if treeShape(tableType) != nil {
      return try treeMapResult(name, arguments, types: typeList, resultType: resultType, at: point)
    }
    if name == "new" || name == "with_capacity" {
      guard let entryType = types[resultType].hashEntry else { return .unit }
      let capacity = name == "new" ? 0 : Int(clamping: integer(arguments[0]))
      let entry = types[entryType]
      try checkCapacity(capacity, elementSize: entry.size, at: point)
      return hashTableValue(try allocateHashTable(capacity: capacity, entryType: entryType, entries: []))
    }
    let mapType = pointee(typeList[0])
    if ["is_subset", "is_superset", "is_disjoint"].contains(name) {
      return try setRelation(name, arguments, setType: mapType, at: point)
    }
    guard let entryType = types[mapType].hashEntry else { return .unit }
    guard case .hashMap(_, _, let isSet, _) = types[mapType].term else { return .unit }
    let keyType = isSet ? entryType : types[entryType].parts[0]
    let mapAddress = address(of: arguments[0])
    var table = hashTable(try read(address: mapAddress, type: mapType))
    // The block's id and entry count only: holding its entries across a change would make
    // the change copy them all.
    var blockID =
      table.buckets > 0 ? self.blockID(startingAt: blockStart(of: table, entryType: entryType)) : nil
    func keyOf(_ entry: Value) -> Value {
      if isSet { return entry }
      if case .tuple(let parts) = entry, let first = parts.first { return first }
      return entry
    }
    func find(_ identity: String) -> Int? {
      guard let blockID else { return nil }
      return position(of: identity, inBlock: blockID, keyType: keyType, keyOf: keyOf)
    }
    /// Entries `range` of the block replaced by `elements`, then the handle written.
    func store(_ range: Range<Int>, _ elements: [Value]) throws {
      if let blockID {
        record(.heapElementsReplaced(blockID: blockID, range: range, elements: elements))
      }
      try write(address: mapAddress, type: mapType, value: hashTableValue(table))
    }
    /// A new entry: in place while the table has room, otherwise into a larger table.
    func add(_ entry: Value, identity: String) throws {
      if table.growthLeft > 0, let blockID {
        let end = entryCount(inBlock: blockID)
        table.items += 1
        table.growthLeft -= 1
        hashIndexes[blockID]?.append(identity)
        try store(end..<end, [entry])
      } else {
        let old = blockID.flatMap { id in entries(inBlock: id).map { (id: id, entries: $0) } }
        try grow(
          &table, list: (old?.entries ?? []) + [entry], freeing: old, entryType: entryType, at: mapAddress,
          type: mapType)
      }
    }
    if name == "clear" {
      // hashbrown's `clear`: each entry drops where it lies, then every bucket is free again;
      // the block stays, and with it the capacity.
      var work: [DropWork] = []
      if types[entryType].needsDrop, let blockID {
        let start = blockStart(of: table, entryType: entryType)
        let size = types[entryType].size
        for index in 0..<entryCount(inBlock: blockID) {
          work.append(.value(address: start &+ UInt64(index * size), type: entryType, exclusions: []))
        }
      }
      work.append(.clearHashTable(address: mapAddress, type: mapType))
      push(.unit)
      try runDrops(work)
      return nil
    }
    switch name {
    case "len": return usize(table.items)
    case "is_empty": return .boolean(table.items == 0)
    case "capacity": return usize(table.capacity)
    case "index":
      let identity = try lookupIdentity(arguments[1], argumentType: typeList[1], keyType: keyType)
      guard let index = find(identity) else { try panic("no entry found for key", at: point) }
      return .pointer(
        address: valueAddress(table, entryType: entryType, index: index), kind: .sharedReference)
    case "get", "get_mut", "contains_key", "contains":
      let identity = try lookupIdentity(arguments[1], argumentType: typeList[1], keyType: keyType)
      let index = find(identity)
      if name == "contains_key" || name == "contains" { return .boolean(index != nil) }
      guard let index else { return Self.none }
      return Self.some(
        .pointer(
          address: valueAddress(table, entryType: entryType, index: index),
          kind: name == "get" ? .sharedReference : .mutableReference))
    case "remove":
      let identity = try lookupIdentity(arguments[1], argumentType: typeList[1], keyType: keyType)
      guard let index = find(identity), let blockID, let removed = entry(at: index, inBlock: blockID) else {
        return isSet ? .boolean(false) : Self.none
      }
      hashIndexes[blockID]?.remove(at: index)
      try releaseOwned(keyOf(removed), type: keyType)
      table.items -= 1
      table.growthLeft += 1
      try store(index..<index + 1, [])
      if isSet { return .boolean(true) }
      guard case .tuple(let parts) = removed, parts.count == 2 else { return Self.none }
      return Self.some(parts[1])
    case Checker.entryOrInsert:
      let newKey = arguments[1]
      let identity = keyIdentity(newKey, keyType: keyType)
      if let index = find(identity) {
        // An occupied entry: the key given to `entry` and the unused default are dropped.
        try releaseOwned(newKey, type: keyType)
        try releaseOwned(arguments[2], type: types[entryType].parts[1])
        return .pointer(
          address: valueAddress(table, entryType: entryType, index: index), kind: .mutableReference)
      }
      let index = blockID.map { entryCount(inBlock: $0) } ?? 0
      try add(.tuple([newKey, arguments[2]]), identity: identity)
      return .pointer(
        address: valueAddress(table, entryType: entryType, index: index), kind: .mutableReference)
    case "insert":
      let newKey = arguments[1]
      let identity = keyIdentity(newKey, keyType: keyType)
      if let index = find(identity) {
        // hashbrown's `insert` reserves room for one more entry before it looks for the key,
        // so a full table grows even when the key is already there.
        if table.growthLeft == 0, let full = blockID, let list = entries(inBlock: full) {
          try grow(
            &table, list: list, freeing: (full, list), entryType: entryType, at: mapAddress, type: mapType)
          blockID = self.blockID(startingAt: blockStart(of: table, entryType: entryType))
        }
        // The table keeps its own key and drops the new one.
        try releaseOwned(newKey, type: keyType)
        guard !isSet, let blockID, case .tuple(var parts)? = entry(at: index, inBlock: blockID),
          parts.count == 2
        else {
          return isSet ? .boolean(false) : Self.none
        }
        let old = parts[1]
        parts[1] = arguments[2]
        try store(index..<index + 1, [.tuple(parts)])
        return Self.some(old)
      }
      try add(isSet ? newKey : .tuple([newKey, arguments[2]]), identity: identity)
      return isSet ? .boolean(true) : Self.none
    default:
      throw MisroutedBuiltin(builtin: .hashTable(name))
    }
  }

  /// Where the key with `identity` lies among the block's entries, through the block's index
  /// (built on first use, and again when the entries changed some other way).
  private func position(of identity: String, inBlock id: Int, keyType: Int, keyOf: (Value) -> Value) -> Int? {
    if hashIndexes[id]?.count != entryCount(inBlock: id) {
      let keys = (entries(inBlock: id) ?? []).map { keyIdentity(keyOf($0), keyType: keyType) }
      hashIndexes[id] = HashTableIndex(identities: keys)
    }
    return hashIndexes[id]?.position(of: identity)
  }

  private func entries(inBlock id: Int) -> [Value]? {
    guard let index = recorder.state.blockIndex(id: id),
      case .elements(_, _, _, let elements) = recorder.state.heap[index].contents
    else { return nil }
    return elements
  }

  private func entryCount(inBlock id: Int) -> Int {
    guard let index = recorder.state.blockIndex(id: id),
      case .elements(_, _, _, let elements) = recorder.state.heap[index].contents
    else { return 0 }
    return elements.count
  }

  private func entry(at position: Int, inBlock id: Int) -> Value? {
    guard let index = recorder.state.blockIndex(id: id),
      case .elements(_, _, _, let elements) = recorder.state.heap[index].contents,
      elements.indices.contains(position)
    else { return nil }
    return elements[position]
  }

  private func valueAddress(_ table: HashTable, entryType: Int, index: Int) -> UInt64 {
    let entry = types[entryType]
    let valueOffset = entry.partOffsets.count > 1 ? entry.partOffsets[1] : 0
    return blockStart(of: table, entryType: entryType) &+ UInt64(index * entry.size + valueOffset)
  }

  /// hashbrown's `reserve_rehash` on a full table: the larger table is allocated with every
  /// entry of `list` moved into it, then the old block is freed.
  private func grow(
    _ table: inout HashTable, list: [Value], freeing current: (id: Int, entries: [Value])?, entryType: Int,
    at mapAddress: UInt64, type mapType: Int
  ) throws {
    let entry = types[entryType]
    let buckets = HashTableLayout.bucketsAfterInsert(
      buckets: table.buckets, items: table.items, entrySize: entry.size)
    let grown = try allocateHashTable(
      capacity: HashTableLayout.capacity(buckets: buckets), entryType: entryType, entries: list)
    if let current { freeBlock(current.id) }
    table = grown
    try write(address: mapAddress, type: mapType, value: hashTableValue(table))
  }

  /// hashbrown's `RawTable::clone`: a block of as many buckets (even with no entries left),
  /// the control bytes copied, then each entry cloned into the same bucket, in bucket order.
  func cloneHashTable(_ value: Value, entryType: Int, depth: Int) throws -> Value {
    let table = hashTable(value)
    guard let (_, list) = entries(of: table, entryType: entryType) else {
      return hashTableValue(HashTable(control: Self.emptyGroupAddress, buckets: 0, growthLeft: 0, items: 0))
    }
    var copy = try allocateHashTable(capacity: table.capacity, entryType: entryType, entries: [])
    var cloned: [Value] = []
    for entry in list { cloned.append(try cloneValue(entry, type: entryType, depth: depth + 1)) }
    if !cloned.isEmpty, let id = blockID(startingAt: blockStart(of: copy, entryType: entryType)) {
      record(.heapElementsReplaced(blockID: id, range: 0..<0, elements: cloned))
    }
    copy.growthLeft = table.growthLeft
    copy.items = table.items
    return hashTableValue(copy)
  }

  /// Dropping a table drops its entries in bucket order, then frees the block once.
  func dropHashTable(
    at address: UInt64, type: Int, entryType: Int, exclusions: [Range<UInt64>], into work: inout [DropWork]
  ) throws {
    let table = hashTable(try read(address: address, type: type))
    guard let (id, list) = entries(of: table, entryType: entryType) else { return }
    let entry = types[entryType]
    let start = blockStart(of: table, entryType: entryType)
    if entry.needsDrop {
      for index in list.indices {
        work.append(
          .value(address: start &+ UInt64(index * entry.size), type: entryType, exclusions: exclusions))
      }
    }
    work.append(.free(blockID: id))
  }
}

extension Interpreter {
  /// `{:?}` of a map (`{"a": 1}`) or set (`{1, 2}`), in the order the block holds the entries.
  func hashTableFormattable(_ value: Value, entryType: Int, depth: Int) throws -> Formattable {
    let table = hashTable(value)
    let list = entries(of: table, entryType: entryType)?.entries ?? []
    let entry = types[entryType]
    guard entry.shape == .tuple, entry.parts.count == 2 else {
      return .set(try list.map { try formattable($0, type: entryType, depth: depth + 1) })
    }
    return .map(
      try list.map { item in
        guard case .tuple(let parts) = item, parts.count == 2 else { return (.unit, .unit) }
        return (
          try formattable(parts[0], type: entry.parts[0], depth: depth + 1),
          try formattable(parts[1], type: entry.parts[1], depth: depth + 1)
        )
      })
  }
}
