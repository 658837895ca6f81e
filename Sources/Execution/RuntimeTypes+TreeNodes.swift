import MemoryModel
import RustFrontEnd

/// The node types behind a `BTreeMap<K, V>` (a `BTreeSet<T>` is a map whose values are the
/// zero-sized `SetValZST`, modelled as `()`).
package struct TreeNodeTypes: Sendable, Equatable {
  /// `LeafNode<K, V>`: `(parent, parent_idx, len, [K; 11], [V; 11])`, laid out as rustc
  /// reorders a struct's fields.
  package var leaf: Int
  /// `InternalNode<K, V>` (`#[repr(C)]`): the leaf part, then `[edge; 12]`.
  package var branch: Int
}

extension RuntimeTypes {
  func treeNodeTypes(key: TypeTerm, value: TypeTerm) -> TreeNodeTypes {
    let leaf = TypeTerm.tuple([
      .usize, .integer(.u16), .integer(.u16), .array(key, TreeNode.capacity),
      .array(value, TreeNode.capacity),
    ])
    let branchNode = TypeTerm.tuple([leaf, .array(.usize, TreeNode.capacity + 1)])
    return TreeNodeTypes(leaf: id(leaf), branch: id(branchNode))
  }
}
