import Execution
import TestSupport
import Testing

@testable import Tutor

/// Generated narration for the seed snippets, with their real numbers.
@Suite struct NarratorTests {
  func narration(_ trace: Trace, step: Int) -> String {
    Narrator.narrate(
      image: trace.image, step: step, before: step > 0 ? trace.state(after: step - 1) : MachineState(),
      events: trace.events(of: step))
  }

  @Test func theHelloWorldString() {
    let hello = SampleTraces.hello()
    #expect(
      narration(hello, step: 0)
        == "The program starts: `main` gets a 48 B frame (model) at the top of the stack, 0x7fffffffe000. Its slots hold nothing until their `let` runs."
    )
    #expect(
      narration(hello, step: 1)
        == "Copied the 11 bytes of \"hello world\" from the literal in .rodata into a new 11 B heap block at 0x5555555da2a0. `s` holds a String: ptr, len 11, cap 11 (24 B on the stack)."
    )
    #expect(narration(hello, step: 2) == "Printed \"hello world\".")
    #expect(
      narration(hello, step: 3)
        == "`s` went out of scope: it is dropped and its 11 B heap block at 0x5555555da2a0 freed. `main` returned: its 48 B frame is popped (the stack pointer moves back up). The program exited with status 0."
    )
  }

  @Test func theSayNameCalls() {
    let trace = SampleTraces.sayName()
    #expect(
      narration(trace, step: 1)
        == "Copied the 7 bytes of \"Lindsey\" from the literal in .rodata into a new 7 B heap block at 0x5555555da2a0. Called `say_name`: a 48 B frame (model) is pushed below `main`'s. `name` holds a String: ptr, len 7, cap 7 (24 B on the stack)."
    )
    #expect(narration(trace, step: 3).contains("\"Rosie\""))
    #expect(narration(trace, step: 3).contains("len 5, cap 5"))
  }

  @Test func theVecThatGrowsPastFour() {
    let vec = SampleTraces.vecGrowth()
    #expect(
      narration(vec, step: 1)
        == "`v` holds a `Vec<i32>`: ptr, len 0, cap 0 (24 B on the stack); nothing is allocated yet (the pointer is a dangling 0x4)."
    )
    #expect(
      narration(vec, step: 2)
        == "Allocated room for 4 `i32` elements (16 B) on the heap at 0x5555555da2a0. `v` now has a heap buffer: ptr, len 1, cap 4."
    )
    #expect(narration(vec, step: 3) == "Pushed 2 into `v`: len 2 of cap 4, room for 2 more.")
    #expect(narration(vec, step: 5) == "Pushed 4 into `v`: len 4 of cap 4, now full.")
    #expect(
      narration(vec, step: 6)
        == "The Vec was full (len 4 = cap 4), so it asked for room for 8 (32 B); the allocator could not grow it in place, so the 4 elements were copied to 0x5555555da2c0 and the old block at 0x5555555da2a0 freed. Then 5 was pushed: len 5 of cap 8."
    )
  }

  @Test func callsAndReturns() {
    let calls = SampleTraces.twoCalls()
    #expect(narration(calls, step: 1) == "`x` = 2 (`i32`, 4 B on the stack).")
    #expect(
      narration(calls, step: 2).hasPrefix("Called `add`: a 32 B frame (model) is pushed below `main`'s."))
    #expect(
      narration(calls, step: 4)
        == "`add` returned: its 32 B frame is popped (the stack pointer moves back up). It returned 5. `y` = 5 (`i32`, 4 B on the stack)."
    )
  }

  /// Back in the caller after a call, the narration says what the call handed back.
  @Test func backInTheCallerTheReturnedValueIsNamed() throws {
    let source = """
      fn fact(n: u64) -> u64 {
          if n == 0 { 1 } else { n * fact(n - 1) }
      }
      fn main() {
          let r = fact(3);
          println!("{}", r);
      }
      """
    let trace = try #require(traceOf(source))
    var backInCaller: [String] = []
    for step in 1..<trace.stepCount {
      let text = Narrator.narrate(
        image: trace.image, step: step, before: trace.state(after: step - 1), events: trace.events(of: step),
        previousEvents: trace.events(of: step - 1))
      if text.hasPrefix("Back in") { backInCaller.append(text) }
    }
    #expect(
      backInCaller == [
        "Back in `fact`: the call on this line returned 1, handed back to the caller.",
        "Back in `fact`: the call on this line returned 1, handed back to the caller.",
        "Back in `fact`: the call on this line returned 2, handed back to the caller.",
      ])
  }

  @Test func theRecursionThatOverflows() {
    let recursion = SampleTraces.recursion()
    let text = narration(recursion, step: recursion.stepCount - 1)
    #expect(
      text
        == "Stack overflow: `f` needed another 32 B frame, but 1,920 frames already fill the 64 KiB stack. The next one would hit the guard page, so Rust reports that the thread overflowed its stack and aborts (exit status 134)."
    )
    #expect(narration(recursion, step: 40).contains("The stack is 41 frames deep."))
  }

  @Test func aStepThatChangesNothingSaysSo() {
    var builder = TraceBuilder(source: "fn main() {\n}\n", layouts: [TraceBuilder.layout("main", [])])
    builder.step(
      line: 1, .framePushed(frameID: 0, layoutIndex: 0, topAddress: TraceBuilder.stackTop, callLine: nil))
    builder.step(line: 2, [])
    #expect(narration(builder.build(), step: 1) == "Nothing in memory changed on this line.")
  }

  /// A spawned thread's first frame goes on its own stack, not below main's frames.
  @Test func aNewThreadsFirstFrameIsOnItsOwnStack() throws {
    let source = """
      use std::thread;

      fn main() {
          let handle = thread::spawn(|| {
              let x = 1;
              x + 1
          });
          println!("{}", handle.join().unwrap());
      }
      """
    let trace = try Engine.trace(source: source, path: "main.rs")
    let step = try #require(
      (1..<trace.stepCount).first { step in
        trace.events(of: step).contains { if case .threadSwitched(1) = $0 { true } else { false } }
      })
    let text = narration(trace, step: step)
    #expect(
      text.contains(
        "Thread 1 starts: `main::{closure#0}` gets a 32 B frame (model) at the top of thread 1's own stack, 0x7ffff7c00000, not below main's frames."
      ), "\(text)")
    #expect(!text.contains("pushed below"))
    // Main is named as the screen names it, not "thread 0".
    let back = try #require(
      (1..<trace.stepCount).first { step in
        trace.events(of: step).contains { if case .threadSwitched(0) = $0 { true } else { false } }
      })
    #expect(narration(trace, step: back).hasPrefix("The scheduler switches back to the main thread."))
  }
}
