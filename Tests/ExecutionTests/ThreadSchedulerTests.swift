import Execution
import Testing

/// `--schedule SEED`: the default stays memtutor's round-robin; a seed picks another
/// interleaving, the same one every time for the same seed.
@Suite struct ThreadSchedulerTests {
  static let twoPrinters = """
    use std::thread;

    fn main() {
        let a = thread::spawn(|| {
            for i in 0..3 {
                println!("a{}", i);
            }
        });
        let b = thread::spawn(|| {
            for i in 0..3 {
                println!("b{}", i);
            }
        });
        a.join().unwrap();
        b.join().unwrap();
    }
    """

  func trace(seed: UInt64?) throws -> Trace {
    var options = EngineOptions()
    options.scheduleSeed = seed
    return try Engine.trace(source: Self.twoPrinters, path: "printers.rs", options: options)
  }

  /// The order the lines came out in: each run prints all six, in some interleaving.
  func lines(_ trace: Trace) -> [String] {
    trace.outcome.stdout.split(separator: "\n").map(String.init)
  }

  @Test func withoutASeedTheRoundRobinIsUnchanged() throws {
    let trace = try trace(seed: nil)
    #expect(lines(trace) == ["a0", "b0", "a1", "a2", "b1", "b2"])
  }

  @Test func theSameSeedGivesTheSameTrace() throws {
    for seed: UInt64 in [1, 7, 42] {
      let first = TraceText(trace: try trace(seed: seed)).rendered()
      let second = TraceText(trace: try trace(seed: seed)).rendered()
      #expect(first == second, "seed \(seed)")
    }
  }

  @Test func anotherSeedGivesAnotherInterleaving() throws {
    let orders = try [1, 2, 3, 4, 5, 6].map { try lines(trace(seed: $0)) }
    for order in orders {
      // Every seed runs the whole program: each thread's lines in its own order.
      #expect(order.sorted() == ["a0", "a1", "a2", "b0", "b1", "b2"])
      #expect(order.filter { $0.hasPrefix("a") } == ["a0", "a1", "a2"])
      #expect(order.filter { $0.hasPrefix("b") } == ["b0", "b1", "b2"])
    }
    #expect(try lines(trace(seed: 1)) != lines(trace(seed: 2)))
    #expect(Set(orders).count >= 3)
    #expect(orders.contains { $0 != (try? lines(trace(seed: nil))) })
  }

  @Test func theSchedulerAloneIsReproducible() {
    var first = ThreadScheduler(seed: 9)
    var second = ThreadScheduler(seed: 9)
    var round = ThreadScheduler(seed: nil)
    for _ in 0..<50 {
      let length = first.sliceLength()
      #expect(length == second.sliceLength())
      #expect((1...ThreadScheduler.longestSlice).contains(length))
      let pick = first.next(after: 0, runnable: [0, 1, 2])
      #expect(pick == second.next(after: 0, runnable: [0, 1, 2]))
      #expect(pick.map { [0, 1, 2].contains($0) } == true)
      #expect(round.sliceLength() == Interpreter.timeSlice)
    }
    // Round-robin: the next runnable thread after the running one, wrapping around.
    #expect(round.next(after: 1, runnable: [0, 1, 2]) == 2)
    #expect(round.next(after: 2, runnable: [0, 1, 2]) == 0)
    #expect(round.next(after: 0, runnable: [0]) == 0)
    #expect(round.next(after: 0, runnable: []) == nil)
  }
}
