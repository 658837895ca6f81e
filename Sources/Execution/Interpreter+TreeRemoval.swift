import MemoryModel
import RustFrontEnd

/// Taking an entry out of a `BTreeMap` as std's `remove_kv_tracking` does: from a leaf
/// directly, from an internal node by putting its predecessor (the last entry of its left
/// subtree) in its place. A node left with fewer than `MIN_LEN` entries takes one from a
/// sibling (`steal_left`/`steal_right`) or merges with it (the right node's block freed),
/// preferring the left sibling, and the fix goes up the tree; an internal root left empty
/// is freed and its one child becomes the root. An emptied root leaf stays allocated.
extension Interpreter {
  func removeFromTree(
    _ name: String, _ arguments: [Value], types typeList: [Int], handle: inout TreeHandle,
    at mapAddress: UInt64,
    shape: TreeShape
  ) throws -> Value {
    let missing = shape.isSet && name == "remove" ? Value.boolean(false) : Self.none
    guard handle.root != 0, handle.length > 0 else { return missing }
    var target: (node: TreeNode, index: Int)
    if name == "remove" {
      let probe = try treeLookupProbe(arguments[1], argumentType: typeList[1], shape: shape)
      guard let place = try searchTree(handle, probe, shape: shape), place.found else { return missing }
      target = (place.node, place.index)
    } else {
      var node = try loadNode(handle.root)
      let last = name == "pop_last"
      for _ in 0..<handle.height {
        node = try loadNode(last ? node.edges[node.edges.count - 1] : node.edges[0])
      }
      target = (node, last ? node.keys.count - 1 : 0)
    }
    let key = target.node.keys[target.index]
    let value = target.node.values[target.index]
    if target.node.isInternal {
      // The predecessor leaves its leaf first, then takes the removed entry's place, wherever
      // rebalancing moved it.
      var leaf = try loadNode(target.node.edges[target.index])
      while leaf.isInternal { leaf = try loadNode(leaf.edges[leaf.edges.count - 1]) }
      let predecessor = try removeLeafEntry(leaf, at: leaf.keys.count - 1, handle: &handle, shape: shape)
      guard var moved = try searchTree(handle, treeProbe(key: key, shape: shape), shape: shape), moved.found
      else { return missing }
      moved.node.keys[moved.index] = predecessor.key
      moved.node.values[moved.index] = predecessor.value
      storeNode(moved.node)
    } else {
      _ = try removeLeafEntry(target.node, at: target.index, handle: &handle, shape: shape)
    }
    handle.length -= 1
    try write(address: mapAddress, type: shape.mapType, value: treeHandleValue(handle))
    switch (name, shape.isSet) {
    case ("remove", true):
      try dropTreeValue(key, type: shape.keyType)
      return .boolean(true)
    case ("remove", false):
      try dropTreeValue(key, type: shape.keyType)
      return Self.some(value)
    case (_, true): return Self.some(key)
    default: return Self.some(.tuple([key, value]))
    }
  }

  /// std's `remove_leaf_kv`: the entry leaves the leaf; an underfull leaf is fixed through
  /// its parent, then the ancestors whose length that changed.
  private func removeLeafEntry(
    _ original: TreeNode, at index: Int, handle: inout TreeHandle, shape: TreeShape
  )
    throws -> (key: Value, value: Value)
  {
    var leaf = original
    let removed = (leaf.keys.remove(at: index), leaf.values.remove(at: index))
    storeNode(leaf)
    guard leaf.keys.count < TreeNode.minimumLength, leaf.parent != 0 else { return removed }
    var parentAddress = try rebalance(leaf, shape: shape).parent
    // `fix_node_and_affected_ancestors`, from the leaf's parent up.
    while parentAddress != 0 {
      let node = try loadNode(parentAddress)
      guard node.keys.count < TreeNode.minimumLength else { break }
      guard node.parent != 0 else {
        if node.keys.isEmpty, node.isInternal {
          // `pop_internal_level`: the root's one child becomes the root.
          var child = try loadNode(node.edges[0])
          child.parent = 0
          child.parentIndex = 0
          storeNode(child)
          handle.root = child.address
          handle.height -= 1
          freeBlock(node.id)
        }
        break
      }
      let (parent, merged) = try rebalance(node, shape: shape)
      parentAddress = merged ? parent : 0
    }
    return removed
  }

  /// Fixes an underfull non-root node with a sibling: a merge when both fit in one node, a
  /// steal otherwise (of one entry for a leaf, as many as it lacks for an internal node).
  /// Returns the parent's address and whether a merge shrank it.
  private func rebalance(_ node: TreeNode, shape: TreeShape) throws -> (parent: UInt64, merged: Bool) {
    var parent = try loadNode(node.parent)
    // `choose_parent_kv`: the left sibling when there is one.
    let kvIndex = node.parentIndex > 0 ? node.parentIndex - 1 : 0
    var left = try loadNode(parent.edges[kvIndex])
    var right = try loadNode(parent.edges[kvIndex + 1])
    if left.keys.count + 1 + right.keys.count <= TreeNode.capacity {
      left.keys += [parent.keys[kvIndex]] + right.keys
      left.values += [parent.values[kvIndex]] + right.values
      left.edges += right.edges
      parent.keys.remove(at: kvIndex)
      parent.values.remove(at: kvIndex)
      parent.edges.remove(at: kvIndex + 1)
      storeNode(left)
      storeNode(parent)
      try relinkChildren(of: parent)
      try relinkChildren(of: left)
      freeBlock(right.id)
      return (parent.address, true)
    }
    let lacking = max(1, TreeNode.minimumLength - node.keys.count)
    let count = node.isInternal ? lacking : 1
    if node.address == right.address {
      try stealLeft(count, parent: &parent, at: kvIndex, left: &left, right: &right)
    } else {
      try stealRight(count, parent: &parent, at: kvIndex, left: &left, right: &right)
    }
    return (parent.address, false)
  }

  /// `bulk_steal_left`: the left child's last `count` entries move to the right child, the
  /// last of them through the parent's entry between the two (and edges with them).
  func stealLeft(
    _ count: Int, parent: inout TreeNode, at kvIndex: Int, left: inout TreeNode, right: inout TreeNode
  )
    throws
  {
    let kept = left.keys.count - count
    right.keys = Array(left.keys[(kept + 1)...]) + [parent.keys[kvIndex]] + right.keys
    right.values = Array(left.values[(kept + 1)...]) + [parent.values[kvIndex]] + right.values
    parent.keys[kvIndex] = left.keys[kept]
    parent.values[kvIndex] = left.values[kept]
    left.keys.removeSubrange(kept...)
    left.values.removeSubrange(kept...)
    if left.isInternal {
      right.edges = Array(left.edges[(kept + 1)...]) + right.edges
      left.edges.removeSubrange((kept + 1)...)
    }
    try storeSiblings(parent: parent, left: left, right: right)
  }

  /// `bulk_steal_right`: the right child's first `count` entries move to the left child.
  func stealRight(
    _ count: Int, parent: inout TreeNode, at kvIndex: Int, left: inout TreeNode, right: inout TreeNode
  ) throws {
    left.keys += [parent.keys[kvIndex]] + right.keys[..<(count - 1)]
    left.values += [parent.values[kvIndex]] + right.values[..<(count - 1)]
    parent.keys[kvIndex] = right.keys[count - 1]
    parent.values[kvIndex] = right.values[count - 1]
    right.keys.removeFirst(count)
    right.values.removeFirst(count)
    if right.isInternal {
      left.edges += right.edges[..<count]
      right.edges.removeFirst(count)
    }
    try storeSiblings(parent: parent, left: left, right: right)
  }

  private func storeSiblings(parent: TreeNode, left: TreeNode, right: TreeNode) throws {
    storeNode(left)
    storeNode(right)
    storeNode(parent)
    try relinkChildren(of: left)
    try relinkChildren(of: right)
  }
}
