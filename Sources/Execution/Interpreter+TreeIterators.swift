import MemoryModel
import RustFrontEnd

/// What walks a `BTreeMap` or `BTreeSet` in key order: its iterators by reference, by value,
/// its `{:?}` and its drop, which is std's `IntoIter` run to the end: each entry dropped (key,
/// then value) and each node freed as the walk leaves it.
extension Interpreter {
  /// `iter()`, `keys()`, `values()`, `values_mut()`, `iter_mut()` and `for` over `&map`:
  /// references into the nodes, in key order.
  func treeItems(_ rule: PieceRule, source: [Value], shape: TreeShape, at point: SourcePoint) throws
    -> [Value]
  {
    guard let receiver = source.first else { return [] }
    let handle = treeHandle(try read(address: address(of: receiver), type: shape.mapType))
    var entries = try treeEntries(handle)
    if source.count > 1 {
      entries = try treeRange(
        entries, bounds: Array(source.dropFirst()), hasRoot: handle.root != 0, shape: shape, at: point)
    }
    return entries.map { node, index in
      let key = Value.pointer(
        address: treeSlotAddress(node, index: index, value: false, shape: shape), kind: .sharedReference)
      let value = treeSlotAddress(node, index: index, value: true, shape: shape)
      switch rule {
      case .hashValues: return .pointer(address: value, kind: .sharedReference)
      case .hashValuesMut: return .pointer(address: value, kind: .mutableReference)
      case .hashEntries: return .tuple([key, .pointer(address: value, kind: .sharedReference)])
      case .hashEntriesMut: return .tuple([key, .pointer(address: value, kind: .mutableReference)])
      default: return key
      }
    }
  }

  static let treeSearchSource =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/btree/search.rs"

  /// The entries `range(..)` gives: `bounds` is its code (`Checker.treeRangeCode`), then the
  /// bounds it has. std panics when the start is past the end.
  private func treeRange(
    _ entries: [(node: TreeNode, index: Int)], bounds: [Value], hasRoot: Bool, shape: TreeShape,
    at point: SourcePoint
  ) throws -> [(node: TreeNode, index: Int)] {
    let code = Int(integer(bounds[0]))
    let lowKind = code / 3
    let highKind = code % 3
    var rest = bounds.dropFirst()
    let low = lowKind == 0 ? nil : rest.popFirst()
    let high = highKind == 0 ? nil : rest.popFirst()
    if let low, let high, hasRoot {
      // std checks the bounds while searching from the root, so a map with no root never panics.
      let order = try compareProbe(treeProbe(key: low, shape: shape), with: high, shape: shape)
      if order > 0 {
        let (name, line) = shape.isSet ? ("BTreeSet", 119) : ("BTreeMap", 121)
        try panic(
          "range start is greater than range end in \(name)", at: point,
          location: "\(Self.treeSearchSource):\(line):21")
      }
    }
    var kept: [(node: TreeNode, index: Int)] = []
    for entry in entries {
      let key = entry.node.keys[entry.index]
      if let low {
        let order = try compareProbe(treeProbe(key: key, shape: shape), with: low, shape: shape)
        if order < 0 || (order == 0 && lowKind == 2) { continue }
      }
      if let high {
        let order = try compareProbe(treeProbe(key: key, shape: shape), with: high, shape: shape)
        if order > 0 || (order == 0 && highKind == 2) { break }
      }
      kept.append(entry)
    }
    return kept
  }

  /// `into_iter()` (and `for` over the map itself), `into_keys()`, `into_values()`: the map
  /// sits in the iterator's temporary and each item moves an entry out of its node; dropping
  /// the temporary drops the entries not taken and frees the nodes.
  func startTreeOwnedIterator(
    _ state: inout IteratorState, items: TypeTerm.HashOwnedItems, temporary: UInt64, shape: TreeShape
  ) throws {
    let handle = treeHandle(try read(address: temporary, type: temporaryType(at: temporary) ?? shape.mapType))
    let places = try treeEntries(handle).map { node, index in
      IteratorState.TreePlace(
        key: treeSlotAddress(node, index: index, value: false, shape: shape),
        value: treeSlotAddress(node, index: index, value: true, shape: shape))
    }
    state.source = .treeEntries(
      temporary: temporary, places: places, keyType: shape.keyType, valueType: shape.valueType,
      isSet: shape.isSet)
    state.back = Int128(places.count)
    state.exactSize = true
    state.trustedLength = false
    guard !shape.isSet, items == .keys || items == .values else { return }
    let kept = items == .keys ? 0 : 1
    state.keptPart = IteratorState.KeptPart(
      index: kept, type: kept == 0 ? shape.keyType : shape.valueType,
      droppedType: kept == 0 ? shape.valueType : shape.keyType)
  }

  /// The next entry a by-value iterator moves out of the nodes it owns.
  func nextTreeEntry(
    _ place: IteratorState.TreePlace, temporary: UInt64, keyType: Int, valueType: Int, isSet: Bool
  ) throws -> Value {
    let key = try read(address: place.key, type: keyType)
    var moved = [place.key..<place.key &+ UInt64(max(types[keyType].size, 1))]
    var item = key
    if !isSet {
      let value = try read(address: place.value, type: valueType)
      moved.append(place.value..<place.value &+ UInt64(max(types[valueType].size, 1)))
      item = .tuple([key, value])
    }
    if let cellIndex = temps.lastIndex(where: { $0.address == temporary }) {
      temps[cellIndex].exclusions += moved
    }
    return item
  }

  /// Dropping a map: each entry's key then value in key order, each node freed once the
  /// walk has left it.
  func dropTreeMap(at address: UInt64, type: Int, exclusions: [Range<UInt64>], into work: inout [DropWork])
    throws
  {
    guard let shape = treeShape(type) else { return }
    let handle = treeHandle(try read(address: address, type: type))
    let dropsKey = types[shape.keyType].needsDrop
    let dropsValue = types[shape.valueType].needsDrop
    for step in try treeSteps(handle) {
      switch step {
      case .entry(let node, let index):
        if dropsKey {
          work.append(
            .value(
              address: treeSlotAddress(node, index: index, value: false, shape: shape), type: shape.keyType,
              exclusions: exclusions))
        }
        if dropsValue {
          work.append(
            .value(
              address: treeSlotAddress(node, index: index, value: true, shape: shape), type: shape.valueType,
              exclusions: exclusions))
        }
      case .leave(let node):
        work.append(.free(blockID: node.id))
      }
    }
  }

  /// `{:?}` of a map (`{1: "a", 2: "b"}`) or set (`{1, 2}`), in key order.
  func treeFormattable(_ value: Value, shape: TreeShape, depth: Int) throws -> Formattable {
    let entries = try treeEntries(treeHandle(value))
    if shape.isSet {
      return .set(
        try entries.map { try formattable($0.node.keys[$0.index], type: shape.keyType, depth: depth + 1) })
    }
    return .map(
      try entries.map { node, index in
        (
          try formattable(node.keys[index], type: shape.keyType, depth: depth + 1),
          try formattable(node.values[index], type: shape.valueType, depth: depth + 1)
        )
      })
  }
}
