import MemoryModel

/// One node of a `BTreeMap`'s B-tree as memtutor edits it: read whole from its heap block,
/// changed, then written back (`Interpreter+TreeNodes`). std's `LeafNode<K, V>` holds a parent
/// pointer, its index in the parent, a length and room for `capacity` keys and values; an
/// `InternalNode` is a leaf followed by `capacity + 1` child pointers.
struct TreeNode: Equatable {
  /// std's `CAPACITY` (`2 * B - 1`, with `B = 6`).
  static let capacity = 11
  /// `KV_IDX_CENTER`: the middle key a full node splits around.
  static let centerIndex = 5
  /// `MIN_LEN`: fewer keys than this in a node other than the root makes std merge or steal.
  static let minimumLength = 5

  var id: Int
  var address: UInt64
  var isInternal: Bool
  var parent: UInt64 = 0
  var parentIndex = 0
  var keys: [Value] = []
  var values: [Value] = []
  /// Child node addresses (`keys.count + 1` of them in an internal node, none in a leaf).
  var edges: [UInt64] = []

  /// std's `splitpoint`: where a full node splits when an item goes in at `edgeIndex`, and
  /// where the item then goes: into the left node (`true`) or the right one, at that index.
  static func splitPoint(edgeIndex: Int) -> (middle: Int, intoLeft: Bool, index: Int) {
    switch edgeIndex {
    case ..<centerIndex: return (centerIndex - 1, true, edgeIndex)
    case centerIndex: return (centerIndex, true, edgeIndex)
    case centerIndex + 1: return (centerIndex, false, 0)
    default: return (centerIndex + 1, false, edgeIndex - (centerIndex + 2))
    }
  }

  /// The node as its block's value: `(parent, parent_idx, len, keys, vals)`, and for an
  /// internal node that leaf part followed by the edges. Unused slots are uninitialized.
  var value: Value {
    func padded(_ items: [Value], to count: Int) -> Value {
      .array(items + Array(repeating: .uninitialized, count: max(0, count - items.count)))
    }
    let leaf = Value.tuple([
      parent == 0 ? .integer(0, type: "usize") : .pointer(address: parent, kind: .raw),
      parent == 0 ? .uninitialized : .integer(Int128(parentIndex), type: "u16"),
      .integer(Int128(keys.count), type: "u16"),
      padded(keys, to: Self.capacity), padded(values, to: Self.capacity),
    ])
    guard isInternal else { return leaf }
    return .tuple([
      leaf, padded(edges.map { .pointer(address: $0, kind: .raw) }, to: Self.capacity + 1),
    ])
  }

  /// Reads a node back from its block's value (the inverse of `value`).
  init?(id: Int, address: UInt64, value: Value) {
    self.id = id
    self.address = address
    var leaf = value
    isInternal = false
    if case .tuple(let parts) = value, parts.count == 2, case .array(let edgeValues) = parts[1] {
      isInternal = true
      leaf = parts[0]
      edges = edgeValues.compactMap {
        if case .pointer(let target, _) = $0 { return target }
        return nil
      }
    }
    guard case .tuple(let fields) = leaf, fields.count == 5, case .integer(let length, _) = fields[2],
      case .array(let keyValues) = fields[3], case .array(let valueValues) = fields[4]
    else { return nil }
    if case .pointer(let target, _) = fields[0] { parent = target }
    if case .integer(let index, _) = fields[1] { parentIndex = Int(index) }
    let count = Int(length)
    keys = Array(keyValues.prefix(count))
    values = Array(valueValues.prefix(count))
    if isInternal { edges = Array(edges.prefix(count + 1)) }
  }

  init(id: Int, address: UInt64, isInternal: Bool) {
    self.id = id
    self.address = address
    self.isInternal = isInternal
  }
}
