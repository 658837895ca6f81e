/// A map from block addresses to chunk sizes, for the allocator's table of live blocks.
///
/// Keys are user pointers, multiples of 16. A hash table (first `Dictionary`, then open
/// addressing) scattered neighbouring blocks over the whole table, and on programs that
/// allocate many blocks every insert and removal missed the cache. Here the address space is
/// cut into 4 KiB regions; each region that ever held a key gets a page of 256 entries, one per
/// 16-byte step, so blocks allocated one after another sit side by side in memory. The region
/// of the last access is remembered: runs of nearby addresses skip the region lookup.
package struct AddressTable: Sendable {
  private static let absent = UInt64.max
  private static let regionShift: UInt64 = 12
  private static let entriesPerPage = 1 << (regionShift - 4)

  /// Region number → index of its page in `pages`.
  private var pageOfRegion: [UInt64: Int] = [:]
  /// Pages of `entriesPerPage` values, `absent` where no key is.
  private var pages: [UInt64] = []
  private var lastRegion = UInt64.max
  private var lastPageStart = 0
  package private(set) var count = 0

  package init() {}

  private static func region(of key: UInt64) -> UInt64 { key >> regionShift }
  private static func offset(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key >> 4) & 0xFF) }

  /// The index in `pages` of the first entry of `key`'s page, if the region has one.
  private mutating func pageStart(of key: UInt64) -> Int? {
    let region = Self.region(of: key)
    if region == lastRegion { return lastPageStart }
    guard let page = pageOfRegion[region] else { return nil }
    lastRegion = region
    lastPageStart = page * Self.entriesPerPage
    return lastPageStart
  }

  private func lookUp(_ key: UInt64) -> UInt64? {
    let region = Self.region(of: key)
    let start: Int
    if region == lastRegion {
      start = lastPageStart
    } else {
      guard let page = pageOfRegion[region] else { return nil }
      start = page * Self.entriesPerPage
    }
    let value = pages[start + Self.offset(of: key)]
    return value == Self.absent ? nil : value
  }

  package subscript(key: UInt64) -> UInt64? {
    get { lookUp(key) }
    set {
      if let newValue {
        updateValue(newValue, forKey: key)
      } else {
        removeValue(forKey: key)
      }
    }
  }

  /// Stores `value` (never `UInt64.max`, which no chunk size is) for `key`.
  package mutating func updateValue(_ value: UInt64, forKey key: UInt64) {
    let start: Int
    if let existing = pageStart(of: key) {
      start = existing
    } else {
      let page = pages.count / Self.entriesPerPage
      pages.append(contentsOf: repeatElement(Self.absent, count: Self.entriesPerPage))
      pageOfRegion[Self.region(of: key)] = page
      lastRegion = Self.region(of: key)
      lastPageStart = page * Self.entriesPerPage
      start = lastPageStart
    }
    let index = start + Self.offset(of: key)
    if pages[index] == Self.absent { count += 1 }
    pages[index] = value
  }

  @discardableResult
  package mutating func removeValue(forKey key: UInt64) -> UInt64? {
    guard let start = pageStart(of: key) else { return nil }
    let index = start + Self.offset(of: key)
    let removed = pages[index]
    guard removed != Self.absent else { return nil }
    pages[index] = Self.absent
    count -= 1
    return removed
  }

  /// Every key and its value, in no particular order.
  fileprivate var entries: [(key: UInt64, value: UInt64)] {
    var result: [(key: UInt64, value: UInt64)] = []
    result.reserveCapacity(count)
    for (region, page) in pageOfRegion {
      let start = page * Self.entriesPerPage
      for offset in 0..<Self.entriesPerPage where pages[start + offset] != Self.absent {
        result.append((region << Self.regionShift | UInt64(offset) << 4, pages[start + offset]))
      }
    }
    return result
  }
}

extension AddressTable: Equatable {
  /// Same entries, whatever the order they came in.
  package static func == (lhs: AddressTable, rhs: AddressTable) -> Bool {
    guard lhs.count == rhs.count else { return false }
    for entry in lhs.entries {
      guard rhs[entry.key] == entry.value else { return false }
    }
    return true
  }
}
