import Execution
import MemoryModel
import Screen

/// The sentences about a `HashMap`'s or `HashSet`'s block of buckets, which is not a `Vec`'s
/// buffer: its entries are inserted (not pushed), and it holds fewer entries than it has
/// buckets (seven eighths of them from 8 buckets on) before it grows.
extension Narrator {
  /// "Allocated 16 buckets for `i32` entries …": nil when the block is not a table's.
  func hashTableAllocation(_ block: HeapBlock) -> String? {
    guard case .elements(let label, _, let buckets, let entries) = block.contents,
      let entry = Self.hashEntryName(label)
    else { return nil }
    let room = HashTableLayout.capacity(buckets: buckets)
    let made =
      "Allocated \(buckets) buckets for `\(entry)` entries, then their control bytes (\(Format.bytes(block.size)) in all), on the heap at \(address(block.address)): room for \(room) entries before the table grows."
    guard !entries.isEmpty else { return made }
    // A first insert or a growth: the new key is there with any the old block held.
    return made + " It now holds \(entries.count) \(entries.count == 1 ? "entry" : "entries")."
  }

  /// "Inserted 4 into `unique`: 1 of its capacity 14 …": nil when the block is not a table's.
  func hashTableWritten(
    owner: String, oldEntries: [Value], entries: [Value], label: String, buckets: Int
  ) -> String? {
    guard Self.hashEntryName(label) != nil else { return nil }
    let room = HashTableLayout.capacity(buckets: buckets)
    if entries.count == oldEntries.count + 1, let last = entries.last {
      let left = room - entries.count
      let leftText = left == 0 ? "the next new key grows it" : "room for \(left) more"
      return
        "Inserted \(valueText(last)) into \(owner): \(entries.count) of its capacity \(room) (\(buckets) buckets), \(leftText)."
    }
    if entries.count < oldEntries.count {
      return "\(owner) now holds \(entries.count) entries; its \(buckets) buckets stay."
    }
    return "Changed a value in \(owner): still \(entries.count) entries."
  }

  /// `(String, i32)` from the label `HashMap buckets (String, i32)`.
  static func hashEntryName(_ label: String) -> String? {
    guard HashTableLayout.isBucketsLabel(label) else { return nil }
    return label.split(separator: " ", maxSplits: 2).last.map(String.init)
  }
}
