import Execution
import MemoryModel
import TestSupport
import Testing

/// A map's `insert`, `get` and `contains_key` find the key through the table's index, and
/// record only the entry they change: filling a map is linear, not quadratic.
@Suite struct HashTableScalingTests {
  static func filled(_ count: Int) -> String {
    """
    use std::collections::HashMap;
    fn main() {
        let mut m: HashMap<u64, u64> = HashMap::new();
        for i in 0..\(count)u64 {
            m.insert(i * 7, i);
        }
        let mut found = 0;
        for i in 0..\(count)u64 {
            if let Some(v) = m.get(&(i * 7)) { found += v; }
            if m.contains_key(&(i * 7 + 1)) { found += 1; }
        }
        m.insert(7, 0);
        m.remove(&14);
        println!("{} {} {:?}", m.len(), found, m.get(&7));
    }
    """
  }

  /// Entries carried by the run's events: each insert carries its own entry (and each growth
  /// the whole table, which doubles), so the total stays within a few times the count.
  @Test(arguments: [1000, 2000])
  func insertsRecordOnlyTheirEntry(count: Int) throws {
    let trace = try #require(traceOf(Self.filled(count)))
    let sum = (count - 1) * count / 2
    #expect(trace.outcome.stdout == "\(count - 1) \(sum) Some(0)\n")
    let carried = trace.allEvents.reduce(0) { total, event in
      guard case .heapElementsReplaced(_, _, let elements) = event else { return total }
      return total + elements.count
    }
    #expect(carried <= 4 * count, "\(count) inserts carried \(carried) entries")
  }

  /// Twenty thousand keys, looked up twice each: walking every entry for each lookup took
  /// minutes; through the index it is seconds even in a debug build.
  @Test func twentyThousandKeysFinishWellInsideTheTimeBudget() throws {
    var options = EngineOptions()
    options.recordsSteps = false
    options.stepBudget = 10_000_000
    options.timeBudget = 120
    let trace = try #require(traceOf(Self.filled(20_000), options: options))
    let sum = 19_999 * 20_000 / 2
    #expect(trace.outcome.stdout == "19999 \(sum) Some(0)\n")
  }
}
