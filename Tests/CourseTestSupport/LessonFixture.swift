import Course
import Execution
import MemoryModel

/// A small lesson and a hand-built trace of it, so narration and placeholders can be tested
/// without the engine.
package enum LessonFixture {
  package static let source = """
    //! title: Fixture
    //! summary: A Vec, a loop and a call.
    //!
    //! An introduction
    //! on two lines.
    //!
    //! - a list item

    // > start: {frames} frame of {frame} bytes
    fn main() {
        // > empty: cap {cap v}
        let mut v = Vec::new();
        for _ in 0..2 {
            // ? number: Capacity after this push?
            // + {cap v}
            // = It grows to {cap v}, from {cap v before}.
            // ?2 choice: Which block?
            // - another one
            // + the same one at {heap v}
            // = Still {block v} bytes.
            // >1 first push: cap {cap v} (was {cap v before}) at {heap v}
            // >* len {len v}
            v.push(1);
        }
        // >last back in main: {frames} frame, len {len v}
        f(7);
    }

    fn f(n: u64) {
        // ? number: How big is this frame?
        // + {frame}
        // = The model says {frame}.
        // > n = {value n} at {addr n}; stack {stack} of {limit}; main's v has {len main::v}
        println!("{n}");
    }

    //~ The end,
    //~ in two lines.
    """

  package static func line(containing text: String) -> Int {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(text) && !$0.contains("//") } ?? 0) + 1
  }

  package static let stackTop: UInt64 = 0x7ffc_0000_1000
  package static let blockAddress: UInt64 = 0x5555_0000_0010

  package static func lesson() throws -> Lesson {
    try LessonParser.parse(source: source, path: "Lessons/07-fixture.rs")
  }

  package static func trace() -> Trace {
    let mainLine = line(containing: "fn main")
    let letLine = line(containing: "let mut v")
    let pushLine = line(containing: "v.push(1)")
    let callLine = line(containing: "f(7);")
    let printLine = line(containing: "println!")
    let closeLine = callLine + 1
    let layouts = [
      FrameLayout(
        function: "main",
        slots: [
          .init(
            name: "v", typeName: "Vec<i32>", offset: 0, size: 24, alignment: 8, isParameter: false,
            declaredLine: letLine)
        ], size: 48),
      FrameLayout(
        function: "f",
        slots: [
          .init(
            name: "n", typeName: "u64", offset: 0, size: 8, alignment: 8, isParameter: true,
            declaredLine: printLine - 1)
        ], size: 32),
    ]
    let image = ProgramImage(
      path: "fixture.rs", source: source, layouts: layouts, statics: [], stackLimit: 65536, stackTop: stackTop
    )
    func vector(_ length: Int, _ capacity: Int, at address: UInt64) -> Value {
      .buffer(pointer: address, length: length, capacity: capacity, kind: .vector)
    }
    func elements(_ count: Int) -> HeapBlock.Contents {
      .elements(
        elementType: "i32", elementSize: 4, capacity: 4,
        elements: Array(repeating: .integer(1, type: "i32"), count: count))
    }
    let block = HeapBlock(
      id: 1, address: blockAddress, size: 16, alignment: 4, contents: elements(1), status: .live,
      owner: "main::v")
    let perStep: [(Int, [Event])] = [
      (mainLine, [.framePushed(frameID: 1, layoutIndex: 0, topAddress: stackTop, callLine: nil)]),
      (letLine, [.slotWritten(frameID: 1, slot: 0, value: vector(0, 0, at: 4))]),
      (
        pushLine,
        [.heapAllocated(block), .slotWritten(frameID: 1, slot: 0, value: vector(1, 4, at: blockAddress))]
      ),
      (
        pushLine,
        [
          .heapWritten(blockID: 1, contents: elements(2)),
          .slotWritten(frameID: 1, slot: 0, value: vector(2, 4, at: blockAddress)),
        ]
      ),
      (
        callLine,
        [
          .framePushed(frameID: 2, layoutIndex: 1, topAddress: stackTop - 48, callLine: callLine),
          .slotWritten(frameID: 2, slot: 0, value: .integer(7, type: "u64")),
        ]
      ),
      (printLine, [.printed(.stdout, "7\n")]),
      (callLine, [.framePopped(frameID: 2, returned: nil)]),
      (
        closeLine,
        [
          .heapFreed(blockID: 1), .slotDied(frameID: 1, slot: 0), .framePopped(frameID: 1, returned: nil),
          .exited(status: 0),
        ]
      ),
    ]
    var steps: [Step] = []
    var events: [Event] = []
    for (line, stepEvents) in perStep {
      steps.append(
        Step(
          line: Int32(line), column: 5, firstEvent: Int32(events.count),
          endEvent: Int32(events.count + stepEvents.count)))
      events += stepEvents
    }
    return Trace(
      image: image, steps: steps, events: EventLog(events),
      outcome: .init(stdout: "7\n", stderr: "", exitStatus: 0), checkpoints: [])
  }
}
