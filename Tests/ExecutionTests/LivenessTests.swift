import Execution
import MemoryModel
import Testing

/// `MachineState.liveness(of:image:)`: whether a pointer's target is still there.
@Suite struct LivenessTests {
  static func whatIf(_ source: String) throws -> Trace {
    var options = EngineOptions()
    options.whatIf = true
    return try Engine.trace(source: source, path: "main.rs", options: options)
  }

  /// The value of `main`'s slot `name` at the last step where it is live.
  static func finalSlot(_ name: String, in trace: Trace) -> (MachineState, Value)? {
    for step in stride(from: trace.stepCount - 1, through: 0, by: -1) {
      let state = trace.state(after: step)
      guard let main = state.frames.first, main.function == "main",
        let index = trace.image.layouts[main.layoutIndex].slots.firstIndex(where: { $0.name == name }),
        main.slots[index].status == .live
      else { continue }
      return (state, main.slots[index].value)
    }
    return nil
  }

  @Test func aReferenceToALiveValueIsAlive() throws {
    let trace = try Engine.trace(
      source:
        "fn main() {\n    let s = String::from(\"hi\");\n    let r = &s;\n    println!(\"{}\", r);\n}\n",
      path: "main.rs")
    let (state, value) = try #require(Self.finalSlot("r", in: trace))
    #expect(state.danglingTarget(of: value, image: trace.image) == nil)
    let (_, owner) = try #require(Self.finalSlot("s", in: trace))
    #expect(state.danglingTarget(of: owner, image: trace.image) == nil)
  }

  @Test func aReferenceToADroppedSlotDangles() throws {
    let trace = try Self.whatIf(
      """
      fn main() {
          let r: &String;
          {
              let s = String::from("gone");
              r = &s;
          }
          println!("{:p}", r);
      }

      """)
    let (state, value) = try #require(Self.finalSlot("r", in: trace))
    let target = try #require(state.danglingTarget(of: value, image: trace.image))
    guard case .droppedSlot = target.liveness else {
      Issue.record("expected a dropped slot, got \(target.liveness)")
      return
    }
  }

  @Test func aReferenceIntoAPoppedFrameDangles() throws {
    let trace = try Self.whatIf(
      """
      fn make(base: &String) -> &String {
          let s = format!("{base} and more");
          &s
      }
      fn main() {
          let base = String::from("base");
          let r = make(&base);
          println!("{:p}", r);
      }

      """)
    let (state, value) = try #require(Self.finalSlot("r", in: trace))
    let target = try #require(state.danglingTarget(of: value, image: trace.image))
    let popped = try #require(state.poppedFrame(containing: target.address))
    #expect(popped.function == "make")
    #expect(target.liveness == .poppedFrame(frameID: popped.id))
  }

  @Test func aPointerIntoAFreedBlockDangles() throws {
    let trace = try Self.whatIf(
      """
      fn main() {
          let mut v = vec![18, 19, 21, 20];
          let after = String::from("next");
          let first = &v[0];
          v.push(22);
          println!("{:p} {after}", first);
      }

      """)
    let (state, value) = try #require(Self.finalSlot("first", in: trace))
    let target = try #require(state.danglingTarget(of: value, image: trace.image))
    guard case .freedBlock(let id) = target.liveness else {
      Issue.record("expected a freed block, got \(target.liveness)")
      return
    }
    #expect(state.heap.contains { $0.id == id && $0.status == .freed })
    // The Vec itself points at its new, live buffer.
    let (_, vector) = try #require(Self.finalSlot("v", in: trace))
    #expect(state.danglingTarget(of: vector, image: trace.image) == nil)
  }

  @Test func aPointerIntoAFreedBlockStillDanglesOnceTheAddressIsReused() throws {
    let trace = try Self.whatIf(
      """
      fn main() {
          let mut v = vec![18, 19, 21, 20];
          let unit = String::from("celsius");
          let first = &v[0];
          v.push(22);
          let note = String::from("overwritten!");
          println!("{:p} {note} {unit}", first);
      }

      """)
    let state = trace.state(after: trace.stepCount - 2)
    let main = try #require(state.frames.first)
    let layout = trace.image.layouts[main.layoutIndex]
    let first = try #require(layout.slots.firstIndex { $0.name == "first" })
    let note = try #require(layout.slots.firstIndex { $0.name == "note" })
    // The String's block took the freed buffer's place: the same address, a newer block.
    let address = try #require(main.slots[first].value.heldAddresses.first)
    #expect(main.slots[note].value.heldAddresses.first == address)
    #expect(state.liveness(of: address, image: trace.image) == .alive)
    let target = try #require(state.danglingTarget(of: main.slots[first], image: trace.image))
    guard case .reusedBlock(let id, _) = target.liveness else {
      Issue.record("expected a reused block, got \(target.liveness)")
      return
    }
    #expect(state.block(containing: address)?.id == id)
    // `note` was written after its block was allocated: alive.
    #expect(state.danglingTarget(of: main.slots[note], image: trace.image) == nil)
  }

  @Test func aFramePushedOverAPoppedOneForgetsIt() {
    var state = MachineState()
    let layout = FrameLayout(function: "f", slots: [], size: 32)
    let image = ProgramImage(
      path: "x.rs", source: "", layouts: [layout, layout], statics: [], stackLimit: 1 << 20, stackTop: 0x1000)
    state.apply(.framePushed(frameID: 0, layoutIndex: 0, topAddress: 0x1000, callLine: nil), image: image)
    state.apply(.framePushed(frameID: 1, layoutIndex: 1, topAddress: 0xfe0, callLine: 2), image: image)
    state.apply(.framePopped(frameID: 1, returned: nil), image: image)
    #expect(state.poppedFrames.map(\.id) == [1])
    #expect(state.liveness(of: 0xfd0, image: image) == .poppedFrame(frameID: 1))
    state.apply(.framePushed(frameID: 2, layoutIndex: 1, topAddress: 0xfe0, callLine: 3), image: image)
    #expect(state.poppedFrames.isEmpty)
    #expect(state.liveness(of: 0xfd0, image: image) == .alive)
  }
}
