import Execution
import MemoryModel
import TestSupport
import Testing

/// A `HashMap` or `HashSet` consumed by value (`for (k, v) in map`, `into_iter`, `into_keys`,
/// `into_values`): each entry moves out to its new owner, which drops it, and the table's
/// block is freed when the iteration ends, as hashbrown's `RawIntoIter` does.
@Suite struct HashMapByValueTests {
  /// The frees, allocations and prints of a run, in order: `alloc N`, `free N` (N the block's
  /// size), `print TEXT`.
  private func story(_ trace: Trace) -> [String] {
    var sizes: [Int: Int] = [:]
    return trace.events.compactMap { event in
      switch event {
      case .heapAllocated(let block):
        sizes[block.id] = block.size
        return "alloc \(block.size)"
      case .heapFreed(let id): return "free \(sizes[id] ?? -1)"
      case .printed(_, let text): return "print \(text)"
      default: return nil
      }
    }
  }

  @Test func loopVariablesOwnTheKeysAndTheTableGoesAtTheEnd() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut map = HashMap::new();
          map.insert(String::from("ab"), 1);
          map.insert(String::from("cde"), 2);
          for (k, v) in map {
              println!("{v}");
              let _ = k;
          }
          println!("after");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "1\n2\nafter\n")
    // Each key's bytes go at the end of its iteration; the 148-byte table after the last.
    #expect(
      story(trace) == [
        "alloc 2", "alloc 148", "alloc 3", "print 1\n", "free 2", "print 2\n", "free 3", "free 148",
        "print after\n",
      ])
  }

  @Test func breakingOutDropsTheEntriesNotTakenThenTheTable() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut map = HashMap::new();
          map.insert(1, String::from("a"));
          map.insert(2, String::from("bb"));
          map.insert(3, String::from("ccc"));
          for (_, text) in map {
              println!("{}", text.len());
              break;
          }
          println!("after");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(
      story(trace) == [
        "alloc 1", "alloc 148", "alloc 2", "alloc 3", "print 1\n", "free 1", "free 2", "free 3", "free 148",
        "print after\n",
      ])
  }

  @Test func intoKeysDropsEachValueAsItsKeyIsTaken() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut map = HashMap::new();
          map.insert(7, String::from("seven"));
          map.insert(8, String::from("eight!"));
          let keys: Vec<i32> = map.into_keys().collect();
          println!("{} {}", keys.len(), keys.capacity());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "2 4\n")
    // Each value's bytes go as its key is taken: the first before std sizes the `Vec` (cap 4,
    // 16 bytes), the second after; the table's block goes when the iterator is done.
    #expect(
      story(trace) == [
        "alloc 5", "alloc 148", "alloc 6", "free 5", "alloc 16", "free 6", "free 148", "print 2 4\n",
        "free 16",
      ])
  }

  @Test func aCollectedVecIsAllocatedAfterTheFirstItemIsMade() throws {
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut map = HashMap::new();
          map.insert(String::from("ab"), 1);
          map.insert(String::from("cde"), 2);
          let lines: Vec<String> = map.into_iter().map(|(k, v)| format!("{k}{v}")).collect();
          println!("{}", lines.len());
      }
      """
    let trace = try #require(traceOf(source))
    // rustc 1.95 (a recording global allocator): the first line is made and its key dropped
    // before the `Vec` takes room for max(4, 2) `String`s (96 bytes).
    #expect(
      story(trace) == [
        "alloc 2", "alloc 148", "alloc 3", "alloc 8", "free 2", "alloc 96", "alloc 8", "free 3", "free 148",
        "print 2\n", "free 8", "free 8", "free 96",
      ])
  }

  @Test func drainEmptiesTheTableAndKeepsItsBlock() throws {
    let source = """
      use std::collections::HashMap;

      struct Noisy(u32);
      impl Drop for Noisy {
          fn drop(&mut self) {
              println!("drop {}", self.0);
          }
      }

      fn main() {
          let mut queue = HashMap::new();
          queue.insert(String::from("a"), 1);
          queue.insert(String::from("b"), 2);
          let cap = queue.capacity();
          let mut total = 0;
          for (_, n) in queue.drain() {
              total += n;
          }
          println!("{total} {} {}", queue.len(), queue.capacity() == cap);
          let mut pending = HashMap::new();
          pending.insert(1, Noisy(7));
          pending.insert(2, Noisy(7));
          for (_, n) in pending.drain() {
              if n.0 == 7 {
                  println!("stop");
                  break;
              }
          }
          println!("left {}", pending.len());
      }
      """
    let trace = try #require(traceOf(source))
    // rustc 1.95: the entry taken drops at the `break`, the Drain drops the other and empties
    // the table, which keeps its capacity.
    #expect(trace.outcome.stdout == "3 0 true\nstop\ndrop 7\ndrop 7\nleft 0\n")
    // The keys' bytes are freed in the loop; the 148-byte table only at the end of `main`.
    let lines = story(trace)
    #expect(lines.filter { $0 == "free 1" }.count == 2)
    #expect(lines.last == "free 148" || lines.suffix(2).contains("free 148"))
    let tableFree = try #require(lines.firstIndex(of: "free 148"))
    let firstPrint = try #require(lines.firstIndex(of: "print 3 0 true\n"))
    #expect(tableFree > firstPrint)
  }

  @Test func leavingADrainByReturnOrAnOuterLabelStillEmptiesTheTable() throws {
    let source = """
      use std::collections::HashMap;

      struct N(u32);
      impl Drop for N {
          fn drop(&mut self) {
              println!("drop {}", self.0);
          }
      }

      fn first(mut m: HashMap<u8, N>) -> u32 {
          for (_, n) in m.drain() {
              if n.0 == 5 {
                  return n.0;
              }
          }
          0
      }

      fn main() {
          let mut m = HashMap::new();
          m.insert(1, N(5));
          m.insert(2, N(5));
          'outer: for round in 0..3 {
              for (_, n) in m.drain() {
                  println!("round {round} got {}", n.0);
                  break 'outer;
              }
          }
          println!("left {}", m.len());
          let mut m2 = HashMap::new();
          m2.insert(3, N(5));
          m2.insert(4, N(5));
          println!("{}", first(m2));
      }
      """
    let trace = try #require(traceOf(source))
    // rustc 1.95: the taken entry drops, then the Drain drops the other (before `left`, and
    // before `first` returns).
    #expect(
      trace.outcome.stdout == "round 0 got 5\ndrop 5\ndrop 5\nleft 0\ndrop 5\ndrop 5\n5\n")
  }

  @Test func reversingATablesIteratorIsRefused() {
    // rustc: E0277, `IntoIter<{integer}, {integer}>: DoubleEndedIterator` is not satisfied.
    let source = """
      use std::collections::HashMap;

      fn main() {
          let mut m = HashMap::new();
          m.insert(1, 2);
          for (k, v) in m.into_iter().rev() {
              println!("{k} {v}");
          }
      }
      """
    #expect(EngineReports.headers(source)?.count == 1)
    #expect(EngineReports.headers(source)?.first?.hasPrefix("main.rs:6:33: error: the method `rev`") == true)
  }

  @Test func intoKeysOfValuesWithADropOfTheirOwnIsRefused() {
    let source = """
      use std::collections::HashMap;

      struct Loud;
      impl Drop for Loud {
          fn drop(&mut self) {
              println!("drop");
          }
      }

      fn main() {
          let mut map = HashMap::new();
          map.insert(1, Loud);
          let keys: Vec<i32> = map.into_keys().collect();
          println!("{}", keys.len());
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:13:30: error: the method `into_keys` on `HashMap<i32, Loud>` is not supported by memtutor yet"
      ])
  }
}
