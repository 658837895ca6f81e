import Execution
import MemoryModel
import TestSupport
import Testing

/// Programs that would make memtutor itself run out of memory or time stop with exit
/// status 3 and one line saying which budget ran out.
@Suite struct RunawayBudgetTests {
  static let memoryMessage =
    "memtutor: stopped when its record of the run passed 33,554,432 bytes (memory budget); the program may allocate forever\n"

  func stopped(_ source: String, options: EngineOptions) throws -> Trace {
    let trace = try #require(traceOf(source, options: options))
    #expect(trace.outcome.exitStatus == 3)
    if case .stopped = trace.finalState.status {
    } else {
      Issue.record("final status is \(trace.finalState.status)")
    }
    return trace
  }

  @Test(arguments: [
    // Leaked boxed arrays: a small heap, but each element is a whole value to memtutor.
    """
    fn main() {
        loop {
            let b: &mut [u8; 100000] = Box::leak(Box::new([0u8; 100000]));
            b[0] = 1;
        }
    }
    """,
    """
    use std::rc::Rc;
    fn main() {
        let mut keep: Vec<Rc<Vec<u8>>> = Vec::new();
        loop {
            keep.push(Rc::new(vec![7u8; 100000]));
        }
    }
    """,
    """
    fn main() {
        let mut keep: Vec<Vec<u8>> = Vec::new();
        loop {
            keep.push(vec![1u8; 100000]);
        }
    }
    """,
    // Freed at once, but the trace keeps every version.
    """
    fn main() {
        let mut n: usize = 0;
        loop {
            let v = vec![0u8; 100000];
            n += v.len();
        }
    }
    """,
    // Each write to a big array on the stack records the whole array.
    """
    fn main() {
        let mut a = [0u8; 100000];
        let mut i = 0;
        loop {
            a[i % 100000] = 1;
            i += 1;
        }
    }
    """,
  ])
  func programsHoldingBigValuesStopAtTheMemoryBudget(source: String) throws {
    let options = EngineOptions(heapBudget: 1 << 30, memoryBudget: 32 << 20)
    let trace = try stopped(source, options: options)
    #expect(trace.outcome.stderr == Self.memoryMessage)
    // Far below the modelled heap budget: the memory budget came first.
    let live = trace.finalState.heap.filter { $0.status != .freed }.reduce(0) { $0 + $1.size }
    #expect(live < 1 << 30)
  }

  @Test func aValueFootprintCountsEveryElement() {
    let stride = HostFootprint.valueStride
    let bytes = Value.array(Array(repeating: .integer(0, type: "u8"), count: 1000))
    #expect(HostFootprint.bytes(of: bytes) == stride + HostFootprint.arrayOverhead + 1000 * stride)
    let nested = Value.tuple([bytes, .unit])
    #expect(
      HostFootprint.bytes(of: nested) == stride + HostFootprint.arrayOverhead + 2 * stride + 1000 * stride
        + HostFootprint.arrayOverhead)
    #expect(
      HostFootprint.bytes(of: .bytes(capacity: 10, bytes: [1, 2, 3])) == HostFootprint.arrayOverhead + 3)
  }

  @Test(arguments: ["{:>1000000000}", "{:.1000000000}", "{:1000000000?}"])
  func hugeWidthsAndPrecisionsStopBeforeBuildingTheText(spec: String) throws {
    let source = """
      fn main() {
          let x = 1.5;
          let v = vec![1, 2];
          let s = format!("\(spec)", \(spec.hasSuffix("?}") ? "v" : "x"));
          println!("{}", s.len());
      }
      """
    let trace = try stopped(source, options: EngineOptions())
    #expect(
      trace.outcome.stderr
        == "memtutor: stopped: a width or precision of 1,000,000,000 would make text longer than the 16,777,216-byte output budget\n"
    )
    #expect(trace.outcome.stdout == "")
  }

  @Test func aWidthPerElementCountsEveryElement() throws {
    // 10,000 elements padded to 2,000 bytes each: 20 MB of text from a modest width.
    let source = """
      fn main() {
          let v = vec![0u8; 10000];
          println!("{:2000?}", v);
      }
      """
    let trace = try stopped(source, options: EngineOptions())
    #expect(trace.outcome.stderr.contains("output budget"))
  }

  @Test func modestWidthsStillWork() throws {
    let source = """
      fn main() {
          println!("[{:>6}] [{:.3}] [{:4?}]", 42, 1.5, vec![1, 2]);
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "[    42] [1.500] [[   1,    2]]\n")
  }

  @Test func aDoublingExtendStops() throws {
    let source = """
      fn main() {
          let mut v: Vec<u8> = vec![1, 2, 3];
          loop {
              v.extend_from_slice(&v.clone());
          }
      }
      """
    let trace = try stopped(source, options: EngineOptions())
    #expect(trace.outcome.stderr.hasPrefix("memtutor: stopped"))
    #expect(trace.stepCount < 1000)
  }

  @Test func insertingAtTheFrontCountsTheElementsMoved() throws {
    let source = """
      fn main() {
          let mut v: Vec<u64> = Vec::new();
          let mut i: u64 = 0;
          loop {
              v.insert(0, i);
              i += 1;
              if i % 100 == 0 { println!("{}", i); }
          }
      }
      """
    let trace = try stopped(source, options: EngineOptions(stepBudget: 200_000))
    #expect(
      trace.outcome.stderr
        == "memtutor: stopped after 200,000 steps (--max-steps); the program may loop forever\n")
    // Counting only steps, about 65,000 inserts would run; each moves the whole Vec, so the
    // elements moved stop it after a few thousand.
    let inserted = trace.outcome.stdout.split(separator: "\n").count * 100
    #expect(inserted < 10_000)
    #expect(inserted > 100)
  }

  @Test func aHugeTimeBudgetIsNoBudget() throws {
    let source = "fn main() {\n    loop {}\n}\n"
    let trace = try stopped(source, options: EngineOptions(stepBudget: 1000, timeBudget: 1e300))
    #expect(trace.outcome.stderr.contains("(--max-steps)"))
    #expect(Interpreter.seconds(1e300) == "1e+300")
    #expect(Interpreter.seconds(2) == "2")
  }

  @Test func theClockStopsWhatTheOtherBudgetsDoNot() throws {
    let source = """
      fn main() {
          let mut n: u64 = 0;
          loop {
              n = n.wrapping_add(1);
          }
      }
      """
    let options = EngineOptions(stepBudget: Int.max / 2, timeBudget: 0.3)
    let trace = try stopped(source, options: options)
    #expect(
      trace.outcome.stderr
        == "memtutor: stopped after 0.3 seconds (--max-seconds); the program may run forever\n")
  }
}
