/// How `HashMap<K, V>` and `HashSet<T>` lay out their memory, as rustc 1.95's std does through
/// hashbrown's `RawTable` on x86-64 (SSE2 groups of 16 control bytes).
///
/// Measured with rustc 1.95 (a counting global allocator and `capacity()` after every insert):
/// - `size_of::<HashMap<K, V>>()` and `size_of::<HashSet<T>>()` are 48 for every K, V, T: the
///   words are, in memory order, `ctrl`, `bucket_mask`, `growth_left`, `items`, then
///   `RandomState`'s two `u64` keys. An empty table's `ctrl` points at a static group and
///   allocates nothing.
/// - capacities after inserts from `new()`: 0, 3, 7, 14, 28, 56, 112, 224 (growing on the 1st,
///   4th, 8th, 15th, 29th, 57th, 113th insert) when an entry is 4 bytes or more; 0, 7, 14, 28, …
///   for 2–3-byte entries and 0, 14, 28, … for 1-byte entries.
/// - one heap block, 16-aligned: `buckets * size_of::<(K, V)>()` rounded up to 16, then
///   `buckets + 16` control bytes (`HashMap<i32, i32>`: 52, 88, 160, 304, 592, 1168, 2320 bytes;
///   `HashMap<String, i32>`: 148, 280, 544, 1072, 2128; `HashSet<u8>`: 48, 80, 144).
/// - `with_capacity(n)`: 0 → no block; 1…3 → 3; 4…7 → 7; 8…14 → 14; 15…28 → 28; 100 → 112.
package enum HashTableLayout {
  /// `size_of` of every `HashMap` and `HashSet`.
  package static let handleSize = 48
  /// The handle's alignment.
  package static let handleAlignment = 8
  /// Control bytes past the last bucket's, so that a group load never reads out of bounds.
  package static let groupWidth = 16
  /// The handle's words in memory order, named as hashbrown and std name them.
  package static let handleFieldNames = ["ctrl", "bucket_mask", "growth_left", "items", "k0", "k1"]

  /// The element label of a table's heap block: `HashMap buckets (String, i32)`.
  package static func bucketsLabel(entry: String, set: Bool) -> String {
    (set ? "HashSet" : "HashMap") + " buckets " + entry
  }

  /// Whether a heap block's element label names a table's buckets.
  package static func isBucketsLabel(_ label: String) -> Bool {
    label.hasPrefix("HashMap buckets ") || label.hasPrefix("HashSet buckets ")
  }

  /// The smallest capacity hashbrown allocates for an entry of `entrySize` bytes (small entries
  /// get more buckets, because the control bytes dominate their block).
  package static func minimumCapacity(entrySize: Int) -> Int {
    switch entrySize {
    case ...1: 14
    case 2...3: 7
    default: 1
    }
  }

  /// The bucket count for a requested capacity (`capacity_to_buckets`): 4 or 8 below 8,
  /// otherwise the next power of two at or above `capacity * 8 / 7`. Zero asks for no table.
  package static func buckets(forCapacity requested: Int, entrySize: Int) -> Int {
    if requested == 0 { return 0 }
    let capacity = max(requested, minimumCapacity(entrySize: entrySize))
    if capacity < 8 { return capacity < 4 ? 4 : 8 }
    let adjusted = capacity * 8 / 7
    var buckets = 1
    while buckets < adjusted { buckets *= 2 }
    return buckets
  }

  /// How many entries `buckets` hold before growing (`bucket_mask_to_capacity`): all but one
  /// below 8 buckets, seven eighths from 8 on.
  package static func capacity(buckets: Int) -> Int {
    if buckets == 0 { return 0 }
    let mask = buckets - 1
    return mask < 8 ? mask : buckets / 8 * 7
  }

  /// Where the control bytes start in the block: the buckets' bytes rounded up to 16.
  package static func controlOffset(buckets: Int, entrySize: Int, entryAlignment: Int) -> Int {
    let alignment = max(entryAlignment, groupWidth)
    let data = buckets * entrySize
    return (data + alignment - 1) / alignment * alignment
  }

  /// The size of the one heap block holding the buckets and the control bytes.
  package static func blockSize(buckets: Int, entrySize: Int, entryAlignment: Int) -> Int {
    if buckets == 0 { return 0 }
    return controlOffset(buckets: buckets, entrySize: entrySize, entryAlignment: entryAlignment) + buckets
      + groupWidth
  }

  /// The block's alignment.
  package static func blockAlignment(entryAlignment: Int) -> Int {
    max(entryAlignment, groupWidth)
  }

  /// The bucket count after inserting a new key into a table of `buckets` holding `items`:
  /// unchanged while room is left, otherwise grown to fit `max(items + 1, capacity + 1)`
  /// (`reserve_rehash`). Removing frees room again (memtutor counts every removed slot as
  /// empty; hashbrown sometimes leaves a tombstone, depending on the keys' hashes).
  package static func bucketsAfterInsert(buckets: Int, items: Int, entrySize: Int) -> Int {
    let capacity = capacity(buckets: buckets)
    if items < capacity { return buckets }
    return self.buckets(forCapacity: max(items + 1, capacity + 1), entrySize: entrySize)
  }
}
