import Execution
import TestSupport
import Testing

@Suite struct EngineSeedTests {
  @Test func helloWorldToStringPutsTheLiteralInRodataAndElevenBytesOnTheHeap() throws {
    let source = """
      fn main() {
          let s = "hello world".to_string();
          println!("{}", s);
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "hello world\n")
    let literal = try #require(trace.image.statics.first { $0.label == "hello world" })
    #expect(literal.section == .rodata)
    #expect(literal.bytes.count == 11)
    #expect(literal.address >> 40 == 0x55)
    let step = try #require(trace.firstStep(atLine: 2))
    let (slot, layout, _) = try #require(trace.slot("s", after: step))
    #expect(layout.size == 24)
    guard case .buffer(let pointer, let length, let capacity, .string) = slot.value else {
      Issue.record("s is not a String buffer: \(slot.value)")
      return
    }
    #expect(length == 11)
    #expect(capacity == 11)
    let block = try #require(trace.state(after: step).heap.first { $0.address == pointer })
    #expect(block.size == 11)
    #expect(block.status == .live)
    #expect(block.contents == .bytes(capacity: 11, bytes: Array("hello world".utf8)))
    #expect(block.address >> 40 == 0x55)
    // At the end the block is freed and nothing leaks.
    #expect(trace.finalState.heap.allSatisfy { $0.status == .freed })
  }

  @Test func vecNewThenTwoPushesHasLengthTwoCapacityFour() throws {
    let source = """
      fn main() {
          let mut v = Vec::new();
          v.push(1);
          v.push(2);
          println!("{} {}", v.len(), v.capacity());
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "2 4\n")
    let afterNew = try #require(trace.firstStep(atLine: 2))
    let (empty, _, _) = try #require(trace.slot("v", after: afterNew))
    #expect(empty.value == .buffer(pointer: 4, length: 0, capacity: 0, kind: .vector))
    #expect(trace.state(after: afterNew).heap.isEmpty)
    let afterPushes = try #require(trace.firstStep(atLine: 4))
    let (full, _, _) = try #require(trace.slot("v", after: afterPushes))
    guard case .buffer(let pointer, 2, 4, .vector) = full.value else {
      Issue.record("v after two pushes: \(full.value)")
      return
    }
    let block = try #require(trace.state(after: afterPushes).heap.first { $0.address == pointer })
    #expect(block.size == 16)
    #expect(
      block.contents
        == .elements(
          elementType: "i32", elementSize: 4, capacity: 4,
          elements: [.integer(1, type: "i32"), .integer(2, type: "i32")]))
  }

  @Test func sayNameMovesTheStringIntoTheCalleeWhichFreesIt() throws {
    let source = """
      fn say_name(name: String) {
          println!("{}", name);
      }

      fn main() {
          let s = String::from("Lindsey");
          say_name(s);
          println!("done");
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "Lindsey\ndone\n")
    let callStep = try #require(trace.firstStep(atLine: 7))
    let events = Array(trace.events(of: callStep))
    #expect(events.contains { if case .slotMovedOut = $0 { return true } else { return false } })
    guard
      let pushed = events.first(where: { if case .framePushed = $0 { return true } else { return false } }),
      case .framePushed(_, let layoutIndex, let top, let callLine) = pushed
    else {
      Issue.record("no frame pushed at the call")
      return
    }
    #expect(trace.image.layouts[layoutIndex].function == "say_name")
    #expect(callLine == 7)
    let mainTop = trace.image.stackTop
    let mainSize = UInt64(trace.image.layouts[trace.state(after: 0).frames[0].layoutIndex].size)
    #expect(top == mainTop - mainSize)
    #expect(top >> 40 == 0x7f)
    // The callee's closing brace frees the String's block and pops the frame.
    let closing = try #require(trace.firstStep(atLine: 3))
    let closingEvents = Array(trace.events(of: closing))
    #expect(closingEvents.contains { if case .heapFreed = $0 { return true } else { return false } })
    #expect(closingEvents.contains { if case .framePopped = $0 { return true } else { return false } })
    #expect(trace.state(after: closing).frames.map(\.function) == ["main"])
  }

  @Test func unboundedRecursionOverflowsTheModelledStack() throws {
    let source = """
      fn down(n: u64) -> u64 {
          down(n + 1) + 1
      }

      fn main() {
          println!("{}", down(0));
      }
      """
    let trace = try #require(traceOf(source, options: EngineOptions(stackLimit: 64 * 1024)))
    #expect(trace.outcome.exitStatus == 134)
    #expect(trace.outcome.stdout.isEmpty)
    #expect(
      trace.outcome.stderr
        == "\nthread 'main' (\(Interpreter.processID)) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n"
    )
    let state = trace.finalState
    #expect(state.status == .overflowed)
    #expect(state.stackUsed(in: trace.image) <= 64 * 1024)
    #expect(state.frames.count > 100)
  }

  @Test func aHugeLocalArrayOverflowsAtMainsEntry() throws {
    let source = """
      fn main() {
          println!("before");
          let a = [0u8; 16 * 1024 * 1024];
          println!("{}", a[0]);
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.exitStatus == 134)
    #expect(trace.outcome.stdout.isEmpty)
    #expect(trace.stepCount == 1)
  }

  @Test func deepRecursionWithinTheLimitReturns() throws {
    let source = """
      fn depth(n: u64) -> u64 {
          if n == 0 { 0 } else { 1 + depth(n - 1) }
      }

      fn main() {
          println!("{}", depth(10000));
      }
      """
    let trace = try #require(traceOf(source))
    #expect(trace.outcome.stdout == "10000\n")
    #expect(trace.finalState.deepestFrameCount == 10002)
  }
}
