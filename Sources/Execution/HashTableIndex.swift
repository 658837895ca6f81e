/// Where each key of one hash table block lies among its entries, by the key's identity
/// (what makes two keys equal: `Interpreter.keyIdentity`).
///
/// memtutor keeps a table's entries in insertion order; finding a key by walking them made
/// every `insert`, `get` and `contains_key` linear, so filling a map was quadratic. The index
/// follows the block's entries: the operations that change a table through
/// `Interpreter+HashMaps` keep it in step, and a table changed some other way (an iterator
/// taking entries out, `clear`) has a different entry count, which makes it be rebuilt.
package struct HashTableIndex {
  /// The identity of each entry's key, in the block's order.
  private(set) var identities: [String] = []
  /// The position of each identity.
  private var positions: [String: Int] = [:]

  init(identities: [String]) {
    self.identities = identities
    positions.reserveCapacity(identities.count)
    for (position, identity) in identities.enumerated() {
      positions[identity] = position
    }
  }

  var count: Int { identities.count }

  func position(of identity: String) -> Int? { positions[identity] }

  mutating func append(_ identity: String) {
    positions[identity] = identities.count
    identities.append(identity)
  }

  /// Takes out the entry at `position`: the ones after it move down by one. (A table's keys
  /// are distinct, so the removed identity is gone.)
  mutating func remove(at position: Int) {
    let removed = identities.remove(at: position)
    positions[removed] = nil
    for later in position..<identities.count {
      positions[identities[later]] = later
    }
  }
}
