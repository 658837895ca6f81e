import MemoryModel
import RustFrontEnd

/// `BTreeMap::clone` and `BTreeSet::clone` as std's `clone_subtree` runs: the clone has the
/// same shape, node for node. A leaf is allocated, then its keys and values are cloned into
/// it in order; an internal node's first child is cloned first, then the node is allocated,
/// then each key and value is cloned before the child to its right.
extension Interpreter {
  func cloneTree(_ value: Value, shape: TreeShape, depth: Int) throws -> Value {
    let handle = treeHandle(value)
    // An empty map clones to `BTreeMap::new()`, with no root, whatever nodes it kept.
    guard handle.length > 0, handle.root != 0 else {
      return treeHandleValue(TreeHandle(root: 0, height: 0, length: 0))
    }
    let (root, length) = try cloneSubtree(handle.root, height: handle.height, shape: shape, depth: depth)
    return treeHandleValue(TreeHandle(root: root, height: handle.height, length: length))
  }

  /// The clone of the subtree at `address` (a tree's height is its length's logarithm, so
  /// this recursion stays shallow whatever the program does).
  private func cloneSubtree(_ address: UInt64, height: Int, shape: TreeShape, depth: Int) throws -> (
    root: UInt64, length: Int
  ) {
    let source = try loadNode(address)
    try chargeWork(source.keys.count)
    if height == 0 || !source.isInternal {
      var leaf = try allocateNode(internal: false, shape: shape)
      for index in source.keys.indices {
        leaf.keys.append(try cloneValue(source.keys[index], type: shape.keyType, depth: depth + 1))
        leaf.values.append(try cloneValue(source.values[index], type: shape.valueType, depth: depth + 1))
      }
      storeNode(leaf)
      return (leaf.address, source.keys.count)
    }
    guard let firstEdge = source.edges.first else { throw MemoryFault(address: address) }
    let (firstChild, firstLength) = try cloneSubtree(
      firstEdge, height: height - 1, shape: shape, depth: depth)
    var length = firstLength
    var node = try allocateNode(internal: true, shape: shape)
    node.edges = [firstChild]
    storeNode(node)
    try relinkChildren(of: node)
    for index in source.keys.indices where index + 1 < source.edges.count {
      let key = try cloneValue(source.keys[index], type: shape.keyType, depth: depth + 1)
      let value = try cloneValue(source.values[index], type: shape.valueType, depth: depth + 1)
      let (child, childLength) = try cloneSubtree(
        source.edges[index + 1], height: height - 1, shape: shape, depth: depth)
      node.keys.append(key)
      node.values.append(value)
      node.edges.append(child)
      storeNode(node)
      try relinkChildren(of: node)
      length += 1 + childLength
    }
    return (node.address, length)
  }
}
