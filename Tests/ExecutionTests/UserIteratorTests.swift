import Execution
import RustFrontEnd
import Testing

/// `impl Iterator for T`: `next` is a method with its own frame, and the loops and adapter
/// chains over such a value call it once per item, in the order the library's adapters do.
@Suite struct UserIteratorTests {
  static let counter = """
    struct Counter {
        count: u32,
    }
    impl Counter {
        fn new() -> Counter {
            Counter { count: 0 }
        }
    }
    impl Iterator for Counter {
        type Item = u32;
        fn next(&mut self) -> Option<Self::Item> {
            if self.count < 5 {
                self.count += 1;
                Some(self.count)
            } else {
                None
            }
        }
    }

    """

  func pushes(_ trace: Trace) -> [String] {
    trace.events.compactMap { event -> String? in
      if case .framePushed(_, let layout, _, _) = event { return trace.image.layouts[layout].function }
      return nil
    }
  }

  @Test func eachNextIsAFrame() throws {
    let source =
      Self.counter
      + "fn main() {\n    let mut c = Counter::new();\n    let a = c.next();\n    let b = c.next();\n    println!(\"{:?} {:?}\", a, b);\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "Some(1) Some(2)\n")
    #expect(
      pushes(trace) == ["main", "Counter::new", "<Counter as Iterator>::next", "<Counter as Iterator>::next"])
  }

  @Test func aForLoopCallsNextUntilNone() throws {
    let source =
      Self.counter + "fn main() {\n    for n in Counter::new() {\n        print!(\"{n} \");\n    }\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "1 2 3 4 5 ")
    // Five items and the `None` that ends the loop.
    #expect(pushes(trace).filter { $0.hasSuffix("::next") }.count == 6)
  }

  @Test func takeAsksForNoItemBeyondItsCount() throws {
    let source =
      Self.counter
      + "fn main() {\n    let v: Vec<u32> = Counter::new().take(2).collect();\n    println!(\"{:?} {}\", v, v.capacity());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "[1, 2] 4\n")
    #expect(pushes(trace).filter { $0.hasSuffix("::next") }.count == 2)
  }

  @Test func zipAsksTheFirstIteratorFirstAndStopsAtTheShorter() throws {
    let source =
      Self.counter
      + "fn main() {\n    let s: u32 = Counter::new().zip(Counter::new().skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();\n    println!(\"{s}\");\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "18\n")
    // 5 pairs from the first, then its 5th item finds the skipped one empty: 5 + 1 + 5 calls
    // of `next` (the second skips one first), the closures between them.
    let nexts = pushes(trace).filter { $0.hasSuffix("::next") }.count
    #expect(nexts == 11)
  }

  @Test func providedMethodsMemtutorLacksAreRefused() {
    let source =
      Self.counter + "fn main() {\n    let p = Counter::new().peekable();\n    let _ = p;\n}\n"
    #expect(
      EngineReports.headers(source) == [
        "main.rs:21:28: error: the method `peekable` on an iterator of your own is not supported by memtutor yet"
      ])
  }

  @Test func anImplWithoutNextMissesIt() {
    let source = "struct E;\nimpl Iterator for E {\n    type Item = u8;\n}\nfn main() {}\n"
    #expect(
      EngineReports.headers(source) == [
        "main.rs:2:1: error[E0046]: not all trait items implemented, missing: `next`"
      ])
  }

  @Test func aKeptFilterCallsItsClosureOncePerItemPulled() throws {
    let source =
      "fn main() {\n    let v = vec![1, 2, 3];\n    let evens = v.iter().filter(|x| **x % 2 == 0);\n    for e in evens {\n        println!(\"{}\", e);\n    }\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "2\n")
    // `Filter::next` asks its predicate about each of the three items, in the loop's frames.
    #expect(pushes(trace).filter { $0 == "main::{closure#0}" }.count == 3)
  }

  @Test func aKeptMapMovedIntoALoopIsMovedAfterIt() {
    let source =
      "fn main() {\n    let v = vec![1, 2, 3];\n    let doubled = v.iter().map(|x| x * 2);\n    for d in doubled {\n        println!(\"{}\", d);\n    }\n    let total: i32 = doubled.sum();\n    println!(\"{}\", total);\n}\n"
    #expect(EngineReports.headers(source) == ["main.rs:7:22: error[E0382]: use of moved value: `doubled`"])
  }

  @Test func takeWhileStopsAtTheFirstNoAndSkipWhileAsksOnlyUntilTheFirstNo() throws {
    let source =
      Self.counter
      + "fn main() {\n    let a: Vec<u32> = Counter::new().take_while(|n| *n < 3).collect();\n    let b: u32 = Counter::new().skip_while(|n| *n < 4).sum();\n    println!(\"{:?} {b}\", a);\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "[1, 2] 9\n")
    let functions = pushes(trace)
    // take_while: items 1, 2 and the 3 it says no to; skip_while: all five and the `None`.
    #expect(functions.filter { $0.hasSuffix("::next") }.count == 3 + 6)
    // skip_while's closure runs on 1, 2, 3 and 4, never again once it said no.
    #expect(functions.filter { $0 == "main::{closure#1}" }.count == 4)
  }

  @Test func partitionNeedsThePairOfVecsWrittenOut() {
    let source =
      "fn main() {\n    let v = vec![1, 2, 3];\n    let (a, b) = v.iter().partition(|n| **n > 1);\n    println!(\"{:?} {:?}\", a, b);\n}\n"
    #expect(
      EngineReports.headers(source) == [
        "main.rs:3:18: error: `partition` calls without a pair of `Vec`s written as the type they make are not supported by memtutor yet"
      ])
  }

  @Test func partitionCopiesTheValuesBehindReferencesIntoVecsOfValues() throws {
    let source =
      "fn main() {\n    let v = vec![1, 2, 3, 4, 5];\n    let (big, small): (Vec<i32>, Vec<i32>) = v.iter().partition(|n| **n > 2);\n    println!(\"{:?} {:?} {}\", big, small, big.capacity());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "[3, 4, 5] [1, 2] 4\n")
  }

  @Test func aLoopOverAMutableBorrowLeavesTheIteratorUsable() throws {
    let source =
      Self.counter
      + "fn main() {\n    let mut c = Counter::new();\n    for n in &mut c {\n        if n == 2 {\n            break;\n        }\n    }\n    println!(\"{:?}\", c.next());\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "Some(3)\n")
  }

  @Test func theBorrowOfALoopOverAMutableBorrowIsChecked() {
    let source =
      Self.counter
      + "fn main() {\n    let mut c = Counter::new();\n    for n in &mut c {\n        c.count = 9;\n        println!(\"{n}\");\n    }\n}\n"
    #expect(EngineReports.headers(source)?.first?.contains("E0506") == true)
  }

  @Test func aNextThatDoesNotReturnTheItemIsRustcsE0053() {
    let source =
      "struct E;\nimpl Iterator for E {\n    type Item = u32;\n    fn next(&mut self) -> Option<i32> {\n        None\n    }\n}\nfn main() {}\n"
    #expect(
      EngineReports.headers(source) == [
        "main.rs:4:27: error[E0053]: method `next` has an incompatible type for trait"
      ])
  }

  @Test func enumerateStraightOnTheIteratorNumbersItsItems() throws {
    let source =
      Self.counter
      + "fn main() {\n    for (i, n) in Counter::new().enumerate() {\n        print!(\"{i}:{n} \");\n    }\n}\n"
    let trace = try Engine.trace(source: source, path: "main.rs")
    #expect(trace.outcome.stdout == "0:1 1:2 2:3 3:4 4:5 ")
  }

  @Test func aLoopOverAFieldHoldingOneIsRefusedNotCalledANonIterator() {
    let source =
      Self.counter
      + "struct Holder {\n    counter: Counter,\n}\nfn main() {\n    let h = Holder { counter: Counter::new() };\n    for n in h.counter {\n        println!(\"{n}\");\n    }\n}\n"
    #expect(
      EngineReports.headers(source) == [
        "main.rs:25:14: error: `for` loops over this expression of an iterator of your own are not supported by memtutor yet"
      ])
  }
}
