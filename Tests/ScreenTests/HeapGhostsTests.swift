import Execution
import MemoryModel
import Screen
import TestSupport
import Testing

/// Freed blocks still pointed at (ghosts), blocks reused at their address, and the bounds
/// that keep working them out cheap on long runs.
@Suite struct HeapGhostsTests {
  static func whatIf(_ source: String) -> Trace? {
    var options = EngineOptions()
    options.whatIf = true
    return traceOf(source, options: options)
  }

  /// The state after the first step whose line contains `text`.
  static func state(after text: String, in trace: Trace) -> MachineState? {
    let lines = trace.image.source.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<trace.stepCount {
      let line = Int(trace.steps[index].line)
      if lines.indices.contains(line - 1), lines[line - 1].contains(text) { return trace.state(after: index) }
    }
    return nil
  }

  @Test func aReferenceToAMovedOutStringKeepsItsFreedBlockAsAGhost() throws {
    let trace = try #require(
      Self.whatIf(
        """
        fn main() {
            let note = String::from("remember");
            let view = &note;
            drop(note);
            println!("{:p}", view);
        }
        """))
    let state = try #require(Self.state(after: "drop(note)", in: trace))
    let freed = try #require(state.recentlyFreedBlocks.last)
    let ghosts = HeapGhosts(state: state, image: trace.image)
    #expect(ghosts.ghostIDs == [freed.id])
    #expect(ghosts.reusedFrom.isEmpty)
  }

  @Test func aParkedThreadsPointerKeepsTheBlockAnotherThreadFreedAsAGhost() throws {
    let trace = try #require(
      Self.whatIf(
        RaceProgram.readerWhileMainPushes))
    // Main waits in `join` with the reader parked mid-loop: its `s` still points into the
    // buffer main's push freed.
    let state = try #require(Self.state(after: "reader.join()", in: trace))
    #expect(state.runningThread == 0)
    let freed = try #require(state.recentlyFreedBlocks.last)
    #expect(freed.size == 16)
    #expect(HeapGhosts(state: state, image: trace.image).ghostIDs == [freed.id])
  }

  @Test func aFreedBlockNothingPointsAtIsNoGhost() throws {
    let trace = try #require(
      traceOf(
        """
        fn main() {
            {
                let word = String::from("gone");
                println!("{}", word);
            }
            let n = 5;
            println!("{}", n);
        }
        """))
    let state = try #require(Self.state(after: "let n = 5", in: trace))
    #expect(!state.recentlyFreedBlocks.isEmpty)
    #expect(HeapGhosts(state: state, image: trace.image) == HeapGhosts.none)
  }

  @Test func aBlockTakingOverAPointedAtAddressSaysItWasReused() throws {
    let trace = try #require(
      Self.whatIf(
        """
        fn main() {
            let mut v = Vec::new();
            v.push(1);
            v.push(2);
            v.push(3);
            v.push(4);
            let unit = String::from("celsius");
            let first = &v[0];
            v.push(5);
            let note = String::from("overwritten!");
            println!("{:p} {note} {unit}", first);
        }
        """))
    let afterPush = try #require(Self.state(after: "v.push(5)", in: trace))
    let oldBuffer = try #require(afterPush.recentlyFreedBlocks.last)
    #expect(HeapGhosts(state: afterPush, image: trace.image).ghostIDs == [oldBuffer.id])

    let afterNote = try #require(Self.state(after: "let note", in: trace))
    let ghosts = HeapGhosts(state: afterNote, image: trace.image)
    let note = try #require(afterNote.heap.last { $0.status == .live && $0.address == oldBuffer.address })
    #expect(ghosts.reusedFrom[note.id]?.id == oldBuffer.id)
    // Something lives there again: the old block is no ghost of its own.
    #expect(ghosts.ghostIDs.isEmpty)
  }

  /// Freeing 3,000 Strings keeps the record of freed blocks at its bound at every step, and
  /// working out ghosts reads a capped number of pointers however big the heap is.
  @Test func theFreedBlockRecordAndThePointerReadsAreBounded() throws {
    let trace = try #require(
      traceOf(
        """
        fn main() {
            let mut kept: Vec<String> = Vec::new();
            let mut i = 0;
            while i < 3000 {
                let s = String::from("temporary");
                kept.push(s.clone());
                i += 1;
            }
            println!("{}", kept.len());
        }
        """))
    #expect(trace.outcome.stdout == "3000\n")
    for step in stride(from: 0, to: trace.stepCount, by: 997) + [trace.stepCount - 1] {
      let state = trace.state(after: step)
      #expect(state.recentlyFreedBlocks.count <= MachineState.keptFreedBlocks, "step \(step)")
      #expect(state.recentlyFreedBlocks.allSatisfy { $0.status == .freed }, "step \(step)")
    }
    let end = try #require(Self.state(after: "println", in: trace))
    #expect(end.liveBlockCount == 3001)
    let held = HeldPointers(state: end, image: trace.image)
    #expect(held.pointers.count <= HeapGhosts.pointerBudget + 1)
    #expect(held.pointers.count >= 3001, "the Vec's handle and its elements' texts are read")
  }

  @Test func blocksOwnedByAHeapBlockAreNestedInsideIt() throws {
    let trace = try #require(
      traceOf(
        """
        fn main() {
            let mut names: Vec<String> = Vec::new();
            names.push(String::from("ada"));
            names.push(String::from("grace"));
            let boxed: Box<Vec<String>> = Box::new(Vec::new());
            println!("{} {}", names.len(), boxed.len());
        }
        """))
    let state = try #require(Self.state(after: "println", in: trace))
    let live = state.heap.filter { $0.status == .live }
    let nested = HeapPanel.nestedBlocks(among: live)
    let texts = live.filter { if case .bytes = $0.contents { true } else { false } }
    #expect(texts.count == 2)
    #expect(Set(nested.values.map(\.id)) == Set(texts.map(\.id)))
  }

  @Test func aBlockDrawnInsideItsOwnerStillEndsPointerLines() throws {
    let trace = try #require(
      traceOf(
        """
        fn main() {
            let mut names: Vec<String> = Vec::new();
            names.push(String::from("ada"));
            names.push(String::from("grace"));
            let second: &str = names[1].as_str();
            println!("{}", second);
        }
        """))
    let state = try #require(Self.state(after: "println", in: trace))
    let grace = try #require(
      state.heap.first { $0.contents == .bytes(capacity: 5, bytes: Array("grace".utf8)) })
    var buffer = ScreenBuffer(width: 46, height: 14)
    let targets = HeapPanel.render(
      Scene(image: trace.image, state: state), context: RenderContext(),
      in: Rect(x: 0, y: 0, width: 46, height: 14),
      into: &buffer)
    let target = try #require(targets.first { $0.address == grace.address })
    #expect(target.rows.count == 1)
    #expect(buffer.lines[target.rows.lowerBound].contains("\"grace\""))
  }

  @Test func structFieldsAreNamed() {
    let person = Value.structure(
      name: "Person",
      fields: [
        .buffer(pointer: 0x5555_555d_a2a0, length: 3, capacity: 3, kind: .string), .integer(36, type: "u32"),
      ])
    let names: ValueText.FieldNames = ["Person": ["name", "age"]]
    #expect(ValueText.text(person, fieldNames: names) == "Person { name: ptr …a2a0 len 3 cap 3, age: 36 }")
    #expect(ValueText.text(person) == "Person { ptr …a2a0 len 3 cap 3, 36 }")
    #expect(
      ValueText.text(person, fieldNames: names, collapsing: [0x5555_555d_a2a0])
        == "Person { name: String {…}, age: 36 }")
    let shape = Value.variant(
      enumName: "Shape", variant: "Rect", payload: [.integer(2, type: "u8"), .integer(3, type: "u8")])
    #expect(ValueText.text(shape, fieldNames: ["Shape::Rect": ["w", "h"]]) == "Shape::Rect { w: 2, h: 3 }")
  }
}
