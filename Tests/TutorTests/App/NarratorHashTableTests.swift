import Execution
import TestSupport
import Testing

@testable import Tutor

/// Generated narration for a `HashSet`'s block of buckets: inserted entries counted against the
/// table's capacity (seven eighths of its buckets from 8 on), not the bucket count.
@Suite struct NarratorHashTableTests {
  @Test func aCollectedSetCountsEntriesAgainstItsCapacity() throws {
    let source = """
      use std::collections::HashSet;

      fn main() {
          let rolls = vec![4, 2, 4, 6, 1, 2, 3, 5, 6, 2];
          let unique: HashSet<i32> = rolls.iter().cloned().collect();
          println!("{}", unique.len());
      }
      """
    let trace = try #require(traceOf(source))
    let sentences = (1..<trace.steps.count).map { step in
      Narrator.narrate(
        image: trace.image, step: step, before: trace.state(after: step - 1), events: trace.events(of: step))
    }
    // Ten rolls reserve room for ten: 16 buckets, capacity 14.
    #expect(
      sentences.contains {
        $0.contains("Allocated 16 buckets for `i32` entries, then their control bytes (")
          && $0.contains("room for 14 entries before the table grows.")
      }, "\(sentences)")
    #expect(
      sentences.contains {
        $0.contains("Inserted 6 into the table: 3 of its capacity 14 (16 buckets), room for 11 more.")
      },
      "\(sentences)")
    #expect(!sentences.contains { $0.contains("Pushed") }, "\(sentences)")
  }
}
