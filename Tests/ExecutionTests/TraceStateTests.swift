import Execution
import TestSupport
import Testing

/// Rebuilding a step from checkpoints gives exactly the fold of every event up to it.
@Suite struct TraceStateTests {
  static let churn = """
    fn main() {
        let mut kept: Vec<String> = Vec::new();
        let mut i = 0;
        while i < 1000 {
            let s = format!("item {}", i);
            if i % 7 == 0 {
                kept.push(s);
            }
            i += 1;
        }
        println!("{}", kept.len());
    }
    """

  func fold(_ trace: Trace, through step: Int) -> MachineState {
    var state = MachineState()
    for index in 0...step {
      for event in trace.events(of: index) { state.apply(event, image: trace.image) }
    }
    return state
  }

  @Test func checkpointsAgreeWithAFullReplay() throws {
    let trace = try #require(traceOf(Self.churn))
    #expect(trace.outcome.stdout == "143\n")
    #expect(trace.events.count > 3000)
    var generator = SplitMix(seed: 7)
    var probes = [0, 1, trace.stepCount / 2, trace.stepCount - 1]
    for _ in 0..<12 { probes.append(Int(generator.next() % UInt64(trace.stepCount))) }
    for step in probes {
      #expect(trace.state(after: step) == fold(trace, through: step), "step \(step)")
    }
  }

  @Test func freedBlocksArePrunedButLiveOnesStay() throws {
    let trace = try #require(traceOf(Self.churn))
    let middle = trace.state(after: trace.stepCount / 2)
    let freed = middle.heap.filter { $0.status == .freed }.count
    #expect(freed <= MachineState.maximumFreedBlocks(live: middle.heap.count - freed))
    #expect(middle.heap.contains { $0.status == .live })
    let end = trace.finalState
    #expect(end.heap.allSatisfy { $0.status == .freed })
    #expect(end.status == .exited(0))
  }

  @Test func everyStepHasALineInTheSource() throws {
    let trace = try #require(traceOf(Self.churn))
    let lines = Self.churn.split(separator: "\n", omittingEmptySubsequences: false).count
    for step in trace.steps {
      #expect(step.line >= 1 && Int(step.line) <= lines)
    }
    // Each loop iteration re-enters the `while` line, so it starts a step every time.
    #expect(trace.steps.filter { $0.line == 4 }.count == 1001)
  }
}
