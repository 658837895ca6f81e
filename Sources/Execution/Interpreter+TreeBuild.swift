import MemoryModel
import RustFrontEnd

/// `collect()` into a `BTreeMap` or `BTreeSet` as std's `FromIterator` does it: the items are
/// collected into a `Vec` (the checker's part), sorted stably by key in place, then pushed in
/// order into a tree grown along its right edge (`bulk_push`, which fills each node to the
/// brim), a run of equal keys keeping only its last entry; the `Vec`'s buffer is freed and the
/// nodes on the right border topped up from their left siblings.
extension Interpreter {
  func buildTree(from vec: Value, mapType: Int) throws -> Value {
    guard treeShape(mapType) != nil, case .buffer(let pointer, _, let capacity, _) = vec else {
      return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0))
    }
    return try buildTree(
      items: vecElements(vec), vecBlock: capacity > 0 ? blockID(startingAt: pointer) : nil, mapType: mapType)
  }

  /// The tree built from `items`, those of the `Vec` whose buffer is `vecBlock` or of an array.
  func buildTree(items source: [Value], vecBlock: Int?, mapType: Int) throws -> Value {
    guard let shape = treeShape(mapType) else {
      return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0))
    }
    var items = source
    guard !items.isEmpty else {
      if let vecBlock { freeBlock(vecBlock) }
      return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0))
    }
    func key(_ item: Value) -> Value {
      if shape.isSet { return item }
      if case .tuple(let parts) = item, let first = parts.first { return first }
      return item
    }
    try sortForTree(&items, shape: shape, key: key)
    if let vecBlock {
      record(.heapElementsReplaced(blockID: vecBlock, range: 0..<items.count, elements: items))
    }
    let handle = try bulkPush(items, shape: shape, key: key)
    if let vecBlock { freeBlock(vecBlock) }
    try fixRightBorder(handle, shape: shape)
    return treeHandleValue(handle)
  }

  /// `BTreeSet::from_sorted_iter` (what `&a | &b` and its kin build): a root leaf allocated
  /// first, even when no key comes, then the keys, already sorted and distinct, pushed in order.
  func buildTree(sortedKeys keys: [Value], mapType: Int) throws -> Value {
    guard let shape = treeShape(mapType), shape.isSet else {
      return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0))
    }
    try chargeWork(keys.count)
    let handle = try bulkPush(keys, shape: shape) { $0 }
    try fixRightBorder(handle, shape: shape)
    return treeHandleValue(handle)
  }

  /// A new root leaf and `items` pushed into it in order (`bulk_push` over a
  /// `DedupSortedIter`, which drops an entry whose key the next one repeats).
  private func bulkPush(_ items: [Value], shape: TreeShape, key: (Value) -> Value) throws -> TreeHandle {
    let root = try allocateNode(internal: false, shape: shape)
    var handle = TreeHandle(root: root.address, height: 0, length: 0)
    var current = root.address
    for (index, item) in items.enumerated() {
      // `DedupSortedIter`: an entry whose key the next one repeats is dropped.
      if index + 1 < items.count,
        try compareValues(key(item), key(items[index + 1]), type: shape.keyType) == 0
      {
        try releaseOwned(key(item), type: shape.keyType)
        if !shape.isSet, case .tuple(let parts) = item, parts.count == 2 {
          try releaseOwned(parts[1], type: shape.valueType)
        }
        continue
      }
      let value: Value
      if !shape.isSet, case .tuple(let parts) = item, parts.count == 2 {
        value = parts[1]
      } else {
        value = .unit
      }
      current = try bulkPush(key(item), value, after: current, handle: &handle, shape: shape)
      handle.length += 1
    }
    return handle
  }

  /// std's stable sort by key: insertion sort up to 20 items; beyond, driftsort, whose scratch
  /// space is on the stack (4 KiB) when it fits and a heap buffer, freed again, when not.
  private func sortForTree(_ items: inout [Value], shape: TreeShape, key: (Value) -> Value) throws {
    guard items.count > 1 else { return }
    let elementType =
      shape.isSet
      ? shape.keyType : types.id(.tuple([types[shape.keyType].term, types[shape.valueType].term]))
    let size = types[elementType].size
    if items.count > 20, size > 0 {
      let count = items.count
      let scratch = max(max(count - count / 2, min(count, 8_000_000 / size)), 48)
      if scratch > 4096 / size {
        let buffer = try allocateVec(elementType: elementType, capacity: scratch, exact: true)
        if case .buffer(let scratchPointer, _, _, _) = buffer, let id = blockID(startingAt: scratchPointer) {
          freeBlock(id)
        }
      }
    }
    var failure: Error?
    let ordered = items.enumerated().sorted { left, right in
      do {
        let order = try compareValues(key(left.element), key(right.element), type: shape.keyType) ?? 0
        return order == 0 ? left.offset < right.offset : order < 0
      } catch {
        failure = error
        return left.offset < right.offset
      }
    }
    if let failure { throw failure }
    try chargeWork(items.count)
    items = ordered.map(\.element)
  }

  /// One step of std's `bulk_push`: into the rightmost leaf while it has room; otherwise into
  /// the lowest ancestor with room (or a new root), with a fresh right subtree of the height
  /// below it. Returns the rightmost leaf's address.
  private func bulkPush(
    _ key: Value, _ value: Value, after leafAddress: UInt64, handle: inout TreeHandle, shape: TreeShape
  )
    throws -> UInt64
  {
    var leaf = try loadNode(leafAddress)
    if leaf.keys.count < TreeNode.capacity {
      leaf.keys.append(key)
      leaf.values.append(value)
      storeNode(leaf)
      return leaf.address
    }
    var test = leaf
    var level = 0
    var open: TreeNode
    while true {
      if test.parent != 0 {
        let parent = try loadNode(test.parent)
        level += 1
        if parent.keys.count < TreeNode.capacity {
          open = parent
          break
        }
        test = parent
      } else {
        open = try pushInternalLevel(&handle, shape: shape)
        level = handle.height
        break
      }
    }
    var rightTree = try allocateNode(internal: false, shape: shape)
    for _ in 0..<max(0, level - 1) {
      var top = try allocateNode(internal: true, shape: shape)
      top.edges = [rightTree.address]
      storeNode(top)
      try relinkChildren(of: top)
      rightTree = top
    }
    open.keys.append(key)
    open.values.append(value)
    open.edges.append(rightTree.address)
    storeNode(open)
    try relinkChildren(of: open)
    var node = open
    while node.isInternal, let last = node.edges.last { node = try loadNode(last) }
    return node.address
  }

  /// `fix_right_border_of_plentiful`: each rightmost child with fewer than `MIN_LEN` entries
  /// takes what it lacks from its left sibling, from the root down.
  private func fixRightBorder(_ handle: TreeHandle, shape: TreeShape) throws {
    guard handle.root != 0 else { return }
    var node = try loadNode(handle.root)
    while node.isInternal, node.keys.count > 0 {
      let kvIndex = node.keys.count - 1
      var left = try loadNode(node.edges[kvIndex])
      var right = try loadNode(node.edges[kvIndex + 1])
      if right.keys.count < TreeNode.minimumLength {
        try stealLeft(
          TreeNode.minimumLength - right.keys.count, parent: &node, at: kvIndex, left: &left, right: &right)
      }
      node = try loadNode(right.address)
    }
  }
}
