/// A map from block addresses to chunk sizes, for the allocator's table of live blocks.
///
/// `Dictionary` hashes every key with SipHash and was the allocator's main cost on programs
/// that allocate many blocks; block addresses are distinct multiples of 16, so a multiplicative
/// hash over them spreads well. Open addressing with linear probing and backward-shift removal
/// (no tombstones); `UInt64.max` marks an empty slot, which no block address can be.
package struct AddressTable: Sendable {
  private static let emptyKey = UInt64.max
  /// Fibonacci hashing: the high bits of `address × 2⁶⁴/φ` pick the slot.
  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

  private var keys: [UInt64]
  private var values: [UInt64]
  /// 64 − log2(slot count): the shift that keeps the hash's high bits.
  private var shift: UInt64
  package private(set) var count = 0

  package init() {
    let slots = 64
    keys = Array(repeating: Self.emptyKey, count: slots)
    values = Array(repeating: 0, count: slots)
    shift = UInt64(64 - slots.trailingZeroBitCount)
  }

  private var mask: Int { keys.count - 1 }

  private func home(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: ((key >> 4) &* Self.multiplier) >> shift)
  }

  /// The slot holding `key`, or the empty slot where it would go.
  private func slot(of key: UInt64) -> Int {
    var index = home(of: key)
    while keys[index] != key && keys[index] != Self.emptyKey { index = (index + 1) & mask }
    return index
  }

  package subscript(key: UInt64) -> UInt64? {
    get {
      let index = slot(of: key)
      return keys[index] == key ? values[index] : nil
    }
    set {
      if let newValue {
        updateValue(newValue, forKey: key)
      } else {
        removeValue(forKey: key)
      }
    }
  }

  package mutating func updateValue(_ value: UInt64, forKey key: UInt64) {
    var index = slot(of: key)
    if keys[index] == key {
      values[index] = value
      return
    }
    // Grow at 70% full so that probe runs stay short.
    if (count + 1) * 10 > keys.count * 7 {
      grow()
      index = slot(of: key)
    }
    keys[index] = key
    values[index] = value
    count += 1
  }

  @discardableResult
  package mutating func removeValue(forKey key: UInt64) -> UInt64? {
    var hole = slot(of: key)
    guard keys[hole] == key else { return nil }
    let removed = values[hole]
    count -= 1
    // Shift later entries of the probe run back so that lookups never meet a gap early.
    var next = hole
    while true {
      next = (next + 1) & mask
      let moving = keys[next]
      if moving == Self.emptyKey { break }
      let wanted = home(of: moving)
      let canFillHole = hole <= next ? (wanted <= hole || wanted > next) : (wanted <= hole && wanted > next)
      if canFillHole {
        keys[hole] = moving
        values[hole] = values[next]
        hole = next
      }
    }
    keys[hole] = Self.emptyKey
    return removed
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let slots = oldKeys.count * 2
    keys = Array(repeating: Self.emptyKey, count: slots)
    values = Array(repeating: 0, count: slots)
    shift = UInt64(64 - slots.trailingZeroBitCount)
    for index in oldKeys.indices where oldKeys[index] != Self.emptyKey {
      let target = slot(of: oldKeys[index])
      keys[target] = oldKeys[index]
      values[target] = oldValues[index]
    }
  }
}

extension AddressTable: Equatable {
  /// Same entries, whatever the slot layout.
  package static func == (lhs: AddressTable, rhs: AddressTable) -> Bool {
    guard lhs.count == rhs.count else { return false }
    for index in lhs.keys.indices where lhs.keys[index] != emptyKey {
      guard rhs[lhs.keys[index]] == lhs.values[index] else { return false }
    }
    return true
  }
}
