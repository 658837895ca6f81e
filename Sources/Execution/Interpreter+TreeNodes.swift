import MemoryModel
import RustFrontEnd

/// The nodes of a `BTreeMap` or `BTreeSet` in their heap blocks: reading, writing and making
/// them, where their keys and values sit, and the walk std's iterators and drop take.
extension Interpreter {
  /// The three words of the map's handle.
  struct TreeHandle {
    var root: UInt64
    var height: Int
    var length: Int
  }

  /// What a tree map needs to know about its type.
  struct TreeShape {
    var mapType: Int
    var nodes: TreeNodeTypes
    var keyType: Int
    var valueType: Int
    var isSet: Bool
  }

  /// The label of a node's heap block (the Heap panel's title and the narration say it).
  package static let treeNodeLabelPrefix = "BTree"

  func treeShape(_ mapType: Int) -> TreeShape? {
    let runtime = types[mapType]
    guard let nodes = runtime.treeNodes, let entryType = runtime.hashEntry,
      case .hashMap(_, _, let isSet, true) = runtime.term
    else { return nil }
    let entry = types[entryType]
    if isSet {
      return TreeShape(mapType: mapType, nodes: nodes, keyType: entryType, valueType: types.unit, isSet: true)
    }
    return TreeShape(
      mapType: mapType, nodes: nodes, keyType: entry.parts.first ?? types.unit,
      valueType: entry.parts.count > 1 ? entry.parts[1] : types.unit, isSet: false)
  }

  func treeHandle(_ value: Value) -> TreeHandle {
    guard case .tuple(let words) = value, words.count == 3 else {
      return TreeHandle(root: 0, height: 0, length: 0)
    }
    return TreeHandle(
      root: address(of: words[0]), height: Int(clamping: integer(words[1])),
      length: Int(clamping: integer(words[2])))
  }

  func treeHandleValue(_ handle: TreeHandle) -> Value {
    .tuple([
      handle.root == 0 ? usize(0) : .pointer(address: handle.root, kind: .raw), usize(handle.height),
      usize(handle.length),
    ])
  }

  func loadNode(_ address: UInt64) throws -> TreeNode {
    guard let id = blockID(startingAt: address), let block = heapBlock(id),
      case .boxed(_, let value) = block.contents,
      let node = TreeNode(id: id, address: address, value: value)
    else { throw MemoryFault(address: address) }
    return node
  }

  /// Writes the node back to its block, recording the change only when there is one.
  func storeNode(_ node: TreeNode) {
    let value = node.value
    if let block = heapBlock(node.id), case .boxed(_, let current) = block.contents, current == value {
      return
    }
    record(.heapValueWritten(blockID: node.id, value: value))
  }

  /// `LeafNode::new` / `InternalNode::new`: a node with no keys and no parent.
  func allocateNode(internal isInternal: Bool, shape: TreeShape) throws -> TreeNode {
    let type = isInternal ? shape.nodes.branch : shape.nodes.leaf
    let label =
      "\(Self.treeNodeLabelPrefix)\(shape.isSet ? "Set" : "Map") \(isInternal ? "internal" : "leaf") node"
    var node = TreeNode(id: 0, address: 0, isInternal: isInternal)
    let (id, address) = try allocateBlock(
      size: types[type].size, alignment: types[type].alignment,
      contents: .boxed(typeName: label, value: node.value), valueType: type)
    node.id = id
    node.address = address
    return node
  }

  /// Where key or value `index` of `node` sits.
  func treeSlotAddress(_ node: TreeNode, index: Int, value: Bool, shape: TreeShape) -> UInt64 {
    let leaf = types[shape.nodes.leaf]
    let leafStart = node.isInternal ? (types[shape.nodes.branch].partOffsets.first ?? 0) : 0
    let part = value ? 4 : 3
    guard leaf.partOffsets.count > part else { return node.address }
    let slotSize = types[value ? shape.valueType : shape.keyType].size
    return node.address &+ UInt64(leafStart + leaf.partOffsets[part] + index * slotSize)
  }

  /// Points each child of `node` at it (std's `correct_parent_link`), writing the children
  /// whose link changed.
  func relinkChildren(of node: TreeNode) throws {
    guard node.isInternal else { return }
    for (index, edge) in node.edges.enumerated() {
      var child = try loadNode(edge)
      if child.parent != node.address || child.parentIndex != index {
        child.parent = node.address
        child.parentIndex = index
        storeNode(child)
      }
    }
  }

  /// One step of std's walk through the tree in key order: an entry, or leaving a node
  /// after its last entry (where a dying iterator frees it).
  enum TreeStep {
    case entry(TreeNode, Int)
    case leave(TreeNode)
  }

  /// Every step of the walk in key order; each leaf is left after its last entry and before
  /// the parent's next one, as std's `deallocating_next` frees it.
  func treeSteps(_ handle: TreeHandle) throws -> [TreeStep] {
    guard handle.root != 0 else { return [] }
    var steps: [TreeStep] = []
    // (node address, height, next entry index) frames: an explicit stack, not recursion.
    var stack: [(node: TreeNode, height: Int, next: Int)] = [(try loadNode(handle.root), handle.height, 0)]
    var descend = true
    while var top = stack.popLast() {
      if descend, top.height > 0, top.node.edges.indices.contains(top.next) {
        let child = try loadNode(top.node.edges[top.next])
        stack.append(top)
        stack.append((child, top.height - 1, 0))
        continue
      }
      if top.next < top.node.keys.count {
        steps.append(.entry(top.node, top.next))
        top.next += 1
        stack.append(top)
        descend = true
        try chargeWork(1)
        continue
      }
      steps.append(.leave(top.node))
      // Back in the parent: its entry `next` comes after this child.
      descend = false
    }
    return steps
  }

  /// The entries in key order, as `(node, index)` pairs.
  func treeEntries(_ handle: TreeHandle) throws -> [(node: TreeNode, index: Int)] {
    try treeSteps(handle).compactMap {
      if case .entry(let node, let index) = $0 { return (node, index) }
      return nil
    }
  }
}
