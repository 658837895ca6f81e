import MemoryModel
import RustFrontEnd

/// `BTreeMap<K, V>` and `BTreeSet<T>` as rustc 1.95's std keeps them: a three-word handle (the
/// root node, the tree's height, the length) and a B-tree of heap nodes, each holding up to 11
/// keys and values in key order. An empty map allocates nothing; inserting searches down from
/// the root and splits full nodes exactly as std's `insert_recursing` does, so the nodes, their
/// sizes and their contents are std's for any order of inserts.
extension Interpreter {
  /// What a lookup compares with: the text of a `String` or `&str` key, or a key value.
  enum TreeProbe {
    case text([UInt8])
    case value(Value)
  }

  func treeProbe(key: Value, shape: TreeShape) -> TreeProbe {
    switch types[shape.keyType].shape {
    case .string, .fatPointer: return .text(Array(readString(key).utf8))
    default: return .value(key)
    }
  }

  /// A `get(&Q)` argument as a probe: a `&str` for text keys, a `&K` (read) for the rest, or
  /// the `&T` key itself for a map keyed by references.
  func treeLookupProbe(_ argument: Value, argumentType: Int, shape: TreeShape) throws -> TreeProbe {
    if types[argumentType].shape == .fatPointer { return .text(Array(readString(argument).utf8)) }
    if argumentType == shape.keyType { return treeProbe(key: argument, shape: shape) }
    return treeProbe(key: try read(address: address(of: argument), type: shape.keyType), shape: shape)
  }

  /// `probe.cmp(key)`: negative, zero or positive.
  func compareProbe(_ probe: TreeProbe, with key: Value, shape: TreeShape) throws -> Int {
    try chargeWork(1)
    switch probe {
    case .text(let bytes):
      return Self.orderBytes(bytes, Array(readString(key).utf8))
    case .value(let value):
      return try compareValues(value, key, type: shape.keyType) ?? 0
    }
  }

  /// std's `search_node`: the first key not less than the probe, and whether it is equal.
  func searchNode(_ node: TreeNode, _ probe: TreeProbe, shape: TreeShape) throws -> (index: Int, found: Bool)
  {
    for (index, key) in node.keys.enumerated() {
      let order = try compareProbe(probe, with: key, shape: shape)
      if order == 0 { return (index, true) }
      if order < 0 { return (index, false) }
    }
    return (node.keys.count, false)
  }

  /// std's `search_tree`: the node holding the probe's key, or the leaf and edge it would go in.
  func searchTree(_ handle: TreeHandle, _ probe: TreeProbe, shape: TreeShape) throws -> (
    node: TreeNode, index: Int, found: Bool
  )? {
    guard handle.root != 0 else { return nil }
    var node = try loadNode(handle.root)
    var height = handle.height
    while true {
      let (index, found) = try searchNode(node, probe, shape: shape)
      if found || height == 0 { return (node, index, found) }
      node = try loadNode(node.edges[index])
      height -= 1
    }
  }

  func treeMapResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value {
    if name == "new" { return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0)) }
    if name == "from_vec" { return try buildTree(from: arguments[0], mapType: resultType) }
    if name == "from_array", case .array(let items) = arguments[0] {
      return try buildTree(items: items, vecBlock: nil, mapType: resultType)
    }
    let mapType = pointee(typeList[0])
    if ["is_subset", "is_superset", "is_disjoint"].contains(name) {
      return try setRelation(name, arguments, setType: mapType, at: point)
    }
    if name.hasPrefix("operator "), let operation = SetOperation(rawValue: String(name.dropFirst(9))),
      let keyType = types[mapType].hashEntry
    {
      // `&a | &b`: the operation's items, cloned (plain copies), in key order.
      let references = try setOperationItems(
        operation, source: .tuple(arguments), setType: mapType, at: point)
      let keys = try references.items.map { try read(address: address(of: $0), type: keyType) }
      return try buildTree(sortedKeys: keys, mapType: resultType)
    }
    guard let shape = treeShape(mapType) else { return .unit }
    let mapAddress = address(of: arguments[0])
    var handle = treeHandle(try read(address: mapAddress, type: mapType))
    func reference(_ node: TreeNode, _ index: Int, value: Bool, mutable: Bool) -> Value {
      .pointer(
        address: treeSlotAddress(node, index: index, value: value, shape: shape),
        kind: mutable ? .mutableReference : .sharedReference)
    }
    switch name {
    case "len": return usize(handle.length)
    case "is_empty": return .boolean(handle.length == 0)
    case "index", "get", "get_mut", "contains_key", "contains":
      let probe = try treeLookupProbe(arguments[1], argumentType: typeList[1], shape: shape)
      let place = try searchTree(handle, probe, shape: shape)
      if name == "contains_key" || name == "contains" { return .boolean(place?.found == true) }
      guard let place, place.found else {
        if name == "index" { try panic("no entry found for key", at: point) }
        return Self.none
      }
      let found = reference(place.node, place.index, value: true, mutable: name == "get_mut")
      return name == "index" ? found : Self.some(found)
    case "first_key_value", "last_key_value", "first", "last":
      guard handle.root != 0, handle.length > 0 else { return Self.none }
      var node = try loadNode(handle.root)
      let last = name.hasPrefix("last")
      for _ in 0..<handle.height {
        node = try loadNode(last ? node.edges[node.edges.count - 1] : node.edges[0])
      }
      let index = last ? node.keys.count - 1 : 0
      let key = reference(node, index, value: false, mutable: false)
      if shape.isSet { return Self.some(key) }
      return Self.some(.tuple([key, reference(node, index, value: true, mutable: false)]))
    case "insert", Checker.entryOrInsert:
      let newKey = arguments[1]
      let newValue = shape.isSet ? Value.unit : arguments[2]
      if let place = try searchTree(handle, treeProbe(key: newKey, shape: shape), shape: shape), place.found {
        // The map keeps its own key and drops the new one (and an `or_insert`'s unused value).
        var node = place.node
        try dropTreeValue(newKey, type: shape.keyType)
        if name == Checker.entryOrInsert {
          try dropTreeValue(newValue, type: shape.valueType)
          return reference(node, place.index, value: true, mutable: true)
        }
        if shape.isSet { return .boolean(false) }
        let old = node.values[place.index]
        node.values[place.index] = newValue
        storeNode(node)
        return Self.some(old)
      }
      let (node, index) = try insertIntoTree(&handle, key: newKey, value: newValue, shape: shape)
      handle.length += 1
      try write(address: mapAddress, type: mapType, value: treeHandleValue(handle))
      if name == Checker.entryOrInsert { return reference(node, index, value: true, mutable: true) }
      return shape.isSet ? .boolean(true) : Self.none
    case "remove", "pop_first", "pop_last":
      return try removeFromTree(
        name, arguments, types: typeList, handle: &handle, at: mapAddress, shape: shape)
    case "clear":
      // `clear` drops the whole tree (`mem::replace` with an empty map) and leaves it empty.
      var work: [DropWork] = []
      try dropTreeMap(at: mapAddress, type: mapType, exclusions: [], into: &work)
      try write(
        address: mapAddress, type: mapType, value: treeHandleValue(TreeHandle(root: 0, height: 0, length: 0)))
      push(.unit)
      try runDrops(work)
      return .unit
    default:
      throw MisroutedBuiltin(builtin: .hashTable(name))
    }
  }

  /// Drops a value the map did not keep (a duplicate key, an unused `or_insert` default).
  func dropTreeValue(_ value: Value, type: Int) throws {
    guard types[type].needsDrop else { return }
    try releaseOwned(value, type: type)
  }
}

extension Interpreter {
  /// std's `VacantEntry::insert` with `insert_recursing`: the new entry goes into the leaf
  /// where the search ended; a full node splits around std's `splitpoint`, the middle entry
  /// and the new right node going up into the parent, and a root that splits gets a new
  /// internal root above it. Returns the node and index the new entry ended up at.
  func insertIntoTree(_ handle: inout TreeHandle, key: Value, value: Value, shape: TreeShape) throws -> (
    TreeNode, Int
  ) {
    guard let place = try searchTree(handle, treeProbe(key: key, shape: shape), shape: shape) else {
      var leaf = try allocateNode(internal: false, shape: shape)
      leaf.keys = [key]
      leaf.values = [value]
      storeNode(leaf)
      handle.root = leaf.address
      handle.height = 0
      return (leaf, 0)
    }
    var left = place.node
    if left.keys.count < TreeNode.capacity {
      left.keys.insert(key, at: place.index)
      left.values.insert(value, at: place.index)
      storeNode(left)
      return (left, place.index)
    }
    let split = TreeNode.splitPoint(edgeIndex: place.index)
    var right = try allocateNode(internal: false, shape: shape)
    var middle = splitNode(&left, &right, at: split.middle)
    let landed: (TreeNode, Int)
    if split.intoLeft {
      left.keys.insert(key, at: split.index)
      left.values.insert(value, at: split.index)
    } else {
      right.keys.insert(key, at: split.index)
      right.values.insert(value, at: split.index)
    }
    storeNode(left)
    storeNode(right)
    landed = split.intoLeft ? (left, split.index) : (right, split.index)
    // Up the tree: the middle entry and the right node go into the parent, which may split too.
    while true {
      guard left.parent != 0 else {
        var root = try pushInternalLevel(&handle, shape: shape)
        root.keys = [middle.key]
        root.values = [middle.value]
        root.edges.append(right.address)
        storeNode(root)
        try relinkChildren(of: root)
        return landed
      }
      var parent = try loadNode(left.parent)
      let edgeIndex = left.parentIndex
      if parent.keys.count < TreeNode.capacity {
        parent.keys.insert(middle.key, at: edgeIndex)
        parent.values.insert(middle.value, at: edgeIndex)
        parent.edges.insert(right.address, at: edgeIndex + 1)
        storeNode(parent)
        try relinkChildren(of: parent)
        return landed
      }
      let parentSplit = TreeNode.splitPoint(edgeIndex: edgeIndex)
      var parentRight = try allocateNode(internal: true, shape: shape)
      let raised = splitNode(&parent, &parentRight, at: parentSplit.middle)
      if parentSplit.intoLeft {
        parent.keys.insert(middle.key, at: parentSplit.index)
        parent.values.insert(middle.value, at: parentSplit.index)
        parent.edges.insert(right.address, at: parentSplit.index + 1)
      } else {
        parentRight.keys.insert(middle.key, at: parentSplit.index)
        parentRight.values.insert(middle.value, at: parentSplit.index)
        parentRight.edges.insert(right.address, at: parentSplit.index + 1)
      }
      storeNode(parent)
      storeNode(parentRight)
      try relinkChildren(of: parent)
      try relinkChildren(of: parentRight)
      left = parent
      right = parentRight
      middle = raised
    }
  }

  /// std's `push_internal_level`: a new internal root whose one child is the old root.
  func pushInternalLevel(_ handle: inout TreeHandle, shape: TreeShape) throws -> TreeNode {
    var root = try allocateNode(internal: true, shape: shape)
    root.edges = [handle.root]
    storeNode(root)
    try relinkChildren(of: root)
    handle.root = root.address
    handle.height += 1
    return root
  }

  /// Moves the entries after `middle` (and their edges) into `right` and takes the middle
  /// entry out of `left`.
  private func splitNode(_ left: inout TreeNode, _ right: inout TreeNode, at middle: Int) -> (
    key: Value, value: Value
  ) {
    let raised = (left.keys[middle], left.values[middle])
    right.keys = Array(left.keys[(middle + 1)...])
    right.values = Array(left.values[(middle + 1)...])
    left.keys.removeSubrange(middle...)
    left.values.removeSubrange(middle...)
    if left.isInternal {
      right.edges = Array(left.edges[(middle + 1)...])
      left.edges.removeSubrange((middle + 1)...)
    }
    return raised
  }
}
