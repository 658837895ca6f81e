import Execution
import MemoryModel
import TestSupport
import Testing

/// A cursor walking a trace gives the same states as rebuilding each from a checkpoint.
@Suite struct StateCursorTests {
  @Test func everyStepMatchesTheRebuiltState() throws {
    let source = """
      fn main() {
          let mut v: Vec<u64> = Vec::new();
          let mut i = 0;
          while i < 3000 {
              v.push(i);
              if i % 7 == 0 { v.remove(0); }
              i += 1;
          }
          println!("{}", v.len());
      }
      """
    let trace = try #require(traceOf(source))
    let cursor = StateCursor(trace: trace)
    let steps = Array(stride(from: 0, to: trace.stepCount, by: 37)) + [trace.stepCount - 1]
    for step in steps {
      #expect(cursor.state(after: step) == trace.state(after: step), "step \(step)")
    }
    // Backwards and past the end.
    #expect(cursor.state(after: 5) == trace.state(after: 5))
    #expect(cursor.state(after: trace.stepCount + 10) == trace.state(after: trace.stepCount - 1))
    #expect(cursor.state(after: -1) == MachineState())
  }
}
