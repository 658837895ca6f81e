import Execution
import MemoryModel
import TestSupport
import Testing

/// Dropping a `Vec` that owns many blocks costs work in proportion to the blocks, not their
/// square: the work is counted, so the tests do not depend on the machine's speed.
@Suite struct HeapScalingTests {
  static func boxes(_ count: Int) -> String {
    """
    fn main() {
        let mut v: Vec<Box<u64>> = Vec::new();
        let mut i: u64 = 0;
        while i < \(count) {
            v.push(Box::new(i));
            i += 1;
        }
        println!("{}", v.len());
    }
    """
  }

  @Test func droppingManyBoxesMovesHeapBlocksLinearly() throws {
    var moves: [Int] = []
    for count in [2000, 4000] {
      let trace = try #require(traceOf(Self.boxes(count)))
      #expect(trace.outcome.stdout == "\(count)\n")
      let end = trace.finalState
      #expect(end.heap.allSatisfy { $0.status == .freed })
      #expect(end.heap.count <= MachineState.maximumFreedBlocks(live: 0))
      // The screen still sees only the newest freed blocks, whole.
      let shown = end.heap.filter { end.showsFreedBlock(id: $0.id) }
      #expect(shown.count == MachineState.keptFreedBlocks)
      let emptied = HeapBlock.Contents.bytes(capacity: 0, bytes: [])
      #expect(!shown.contains { $0.contents == emptied })
      // Older ones wait for the next batch removal with nothing in them.
      #expect(end.heap.allSatisfy { end.showsFreedBlock(id: $0.id) || $0.contents == emptied })
      // Removing each freed block at once moved about count² / 2 blocks.
      #expect(end.heapCompactionMoves <= 8 * count, "\(count) boxes: \(end.heapCompactionMoves) moves")
      moves.append(end.heapCompactionMoves)
    }
    #expect(moves[1] <= moves[0] * 22 / 10 + 200, "moves \(moves)")
  }

  /// `trace` prints these counts after every step, so they are kept, not counted each time.
  @Test func keptCountsOfLiveAndLeakedBlocksMatchTheHeap() throws {
    let source = """
      fn main() {
          let mut v: Vec<String> = Vec::new();
          let mut i = 0;
          while i < 300 {
              let mut s = String::from("x");
              s.push_str("grows past its first capacity");
              v.push(s);
              if i % 50 == 0 {
                  let _kept: &mut u64 = Box::leak(Box::new(7));
              }
              i += 1;
          }
          v.truncate(10);
          println!("{}", v.len());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "10\n")
    for step in stride(from: 0, to: trace.stepCount, by: 37) + [trace.stepCount - 1] {
      let state = trace.state(after: step)
      let live = state.heap.filter { $0.status == .live }
      #expect(state.liveBlockCount == live.count, "step \(step)")
      #expect(state.liveBlockBytes == live.reduce(0) { $0 + $1.size }, "step \(step)")
      #expect(state.leakedBlockCount == state.heap.filter { $0.status == .leaked }.count, "step \(step)")
    }
    #expect(trace.finalState.leakedBlockCount == 6)
  }

  @Test func stepsRebuiltFromCheckpointsKeepTheSameBlocks() throws {
    let trace = try #require(traceOf(Self.boxes(1500)))
    var state = MachineState()
    for index in 0..<trace.stepCount {
      for event in trace.events(of: index) { state.apply(event, image: trace.image) }
      if index % 97 == 0 || index == trace.stepCount - 1 {
        #expect(trace.state(after: index) == state, "step \(index)")
      }
    }
  }
}
