import Execution
import TestSupport
import Testing

@testable import Tutor

/// Stepping back undoes what the steps forward changed instead of rebuilding the state from
/// a checkpoint: the count of rebuilds pins the work, the trace's own states the result.
@Suite struct SessionUndoTests {
  /// A recursion 2,000 deep that loops at the bottom, then a `Vec` that grows.
  static let source = """
    fn f(n: u64) -> u64 {
        if n == 0 {
            let mut total = 0;
            for i in 0..30 {
                total += i;
            }
            total
        } else {
            1 + f(n - 1)
        }
    }

    fn main() {
        let depth = f(2000);
        let mut names = Vec::new();
        for i in 0..20 {
            names.push(format!("item {}", i));
        }
        println!("{} {}", depth, names.len());
    }
    """

  func deepestStep(_ session: Session) -> Int {
    let deepest = session.depths.max() ?? 0
    return session.depths.firstIndex(of: deepest) ?? 0
  }

  @Test func stepsBackAndForwardAtTheBottomOfADeepStackRebuildNothing() throws {
    let trace = try Engine.trace(source: Self.source, path: "deep.rs")
    let probe = Session(trace: trace)
    let start = deepestStep(probe) + 30
    #expect(probe.depths[start] > 2000)
    var session = Session(trace: trace, position: start)
    #expect(session.rebuildCount == 0)
    for offset in 1...40 {
      session.move(to: start - offset, animate: false, speed: 1)
      #expect(session.state == trace.state(after: start - offset), "back \(offset)")
    }
    for offset in stride(from: 39, through: 0, by: -1) {
      session.move(to: start - offset, animate: false, speed: 1)
      #expect(session.state == trace.state(after: start - offset), "forward to \(offset)")
    }
    #expect(session.rebuildCount == 0)
  }

  @Test func stepsBackPastTheRecordsRebuildOnceInAWhile() throws {
    let trace = try Engine.trace(source: Self.source, path: "deep.rs")
    var session = Session(trace: trace, position: trace.stepCount - 1)
    let steps = 300
    for offset in 1...steps {
      session.move(to: trace.stepCount - 1 - offset, animate: false, speed: 1)
      if offset.isMultiple(of: 25) {
        #expect(session.state == trace.state(after: session.position), "back \(offset)")
      }
    }
    #expect(session.rebuildCount >= 1)
    #expect(session.rebuildCount <= steps / StepUndoLog.rebuildWindow + 1)
  }

  @Test func everyStepBackThroughHeapWorkMatchesTheTrace() throws {
    let trace = try Engine.trace(source: Self.source, path: "deep.rs")
    let start = max(trace.stepCount - 150, 0)
    var session = Session(trace: trace, position: start)
    while !session.isAtEnd {
      session.move(to: session.position + 1, animate: false, speed: 1)
    }
    let rebuildsGoingForward = session.rebuildCount
    while session.position > start {
      session.move(to: session.position - 1, animate: false, speed: 1)
      #expect(session.state == trace.state(after: session.position), "step \(session.position)")
    }
    #expect(rebuildsGoingForward == 0)
    #expect(session.rebuildCount == 0)
  }
}
