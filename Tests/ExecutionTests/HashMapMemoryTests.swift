import Execution
import MemoryModel
import TestSupport
import Testing

/// The heap story of a `HashMap`: hashbrown's block sizes (measured with rustc 1.95), one
/// new block per growth with the old one freed, and one free of the table at the end after
/// its `String` keys.
@Suite struct HashMapMemoryTests {
  private func allocations(_ trace: Trace) -> [HeapBlock] {
    trace.events.compactMap { if case .heapAllocated(let block) = $0 { block } else { nil } }
  }

  private func frees(_ trace: Trace) -> [Int] {
    trace.events.compactMap { if case .heapFreed(let id) = $0 { id } else { nil } }
  }

  @Test func tableBlocksGrowAsHashbrownAllocatesThem() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut m: HashMap<i32, i32> = HashMap::new();
          for i in 0..15 {
              m.insert(i, i);
          }
          println!("{} {}", m.len(), m.capacity());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "15 28\n")
    let blocks = allocations(trace)
    #expect(blocks.map(\.size) == [52, 88, 160, 304])
    #expect(blocks.allSatisfy { $0.alignment == 16 })
    // Every table block is freed exactly once: three on growth, the last at the end.
    #expect(frees(trace).sorted() == blocks.map(\.id).sorted())
    #expect(trace.finalState.heap.allSatisfy { $0.status == .freed })
  }

  @Test func stringKeysAreFreedBeforeTheirTable() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut m = HashMap::new();
          m.insert(String::from("a"), 1);
          m.insert(String::from("b"), 2);
          m.insert(String::from("a"), 3);
          println!("{:?}", m.get("a"));
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "Some(3)\n")
    let blocks = allocations(trace)
    // "a", the table (4 buckets of 32 B + 20 control bytes), "b", the second "a".
    #expect(blocks.map(\.size) == [1, 148, 1, 1])
    let table = try #require(blocks.first { $0.size == 148 })
    let freed = frees(trace)
    // The duplicate key is dropped by insert; at the end the keys go first, then the table.
    #expect(freed == [blocks[3].id, blocks[0].id, blocks[2].id, table.id])
  }

  @Test func emptyTableAllocatesNothing() throws {
    let source = """
      use std::collections::HashSet;

      fn main() {
          let s: HashSet<u8> = HashSet::new();
          let t: HashSet<u8> = HashSet::with_capacity(1);
          println!("{} {} {}", s.capacity(), t.capacity(), std::mem::size_of::<HashSet<u8>>());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "0 14 48\n")
    #expect(allocations(trace).map(\.size) == [48])
  }
}
