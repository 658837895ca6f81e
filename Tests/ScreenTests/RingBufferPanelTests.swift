import Execution
import MemoryModel
import Screen
import Testing

/// A `VecDeque`'s ring buffer in the Heap panel: its free slots drawn as unused capacity, the
/// ring's head read from the deque's handle on the stack.
@Suite struct RingBufferPanelTests {
  static let source = """
    use std::collections::VecDeque;

    fn main() {
        let mut q = VecDeque::with_capacity(4);
        q.push_back(1);
        q.push_back(2);
        q.push_back(3);
        q.pop_front();
        q.push_back(4);
        q.push_back(5);
        q.push_back(6);
    }

    """

  func heapLines(_ trace: Trace, step: Int) -> [String] {
    let scene = Scene(
      image: trace.image, state: trace.state(after: step), marks: StepMarks(events: trace.events(of: step)))
    var buffer = ScreenBuffer(width: 44, height: 8)
    HeapPanel.render(
      scene, context: RenderContext(), in: Rect(x: 0, y: 0, width: 44, height: 8), into: &buffer)
    return buffer.lines
  }

  @Test func ringShowsFreeSlotsAndItsHead() throws {
    let trace = try Engine.trace(source: Self.source, path: "ring.rs")
    // After `pop_front`: slot 0 is free again and the front is slot 1.
    let popped = heapLines(trace, step: 5).joined(separator: "\n")
    #expect(popped.contains("VecDeque<i32> ring · 16 B"))
    #expect(popped.contains("len 2 cap 4 head 1"))
    #expect(popped.contains("[·|2|3|·]"))
    // `push_back(5)` wraps around to slot 0: the ring is full, its front still slot 1.
    let wrapped = heapLines(trace, step: 7).joined(separator: "\n")
    #expect(wrapped.contains("len 4 cap 4 head 1"))
    #expect(wrapped.contains("[5|2|3|4]"))
    // Growing to 8 slots, std copies the shorter wrapped part (the 5) to just past the old end.
    let grown = heapLines(trace, step: 8).joined(separator: "\n")
    #expect(grown.contains("len 5 cap 8 head 1"))
    #expect(grown.contains("[·|2|3|4|5|6|·|·]"))
  }
}
