import Execution
import Testing

@testable import Tutor

/// Generated narration names values as the panels do, and ends a stop's sentence cleanly.
@Suite struct NarratorValueWordsTests {
  func narrations(_ trace: Trace) -> [String] {
    (0..<trace.stepCount).map { step in
      Narrator.narrate(
        image: trace.image, step: step, before: step > 0 ? trace.state(after: step - 1) : MachineState(),
        events: trace.events(of: step))
    }
  }

  @Test func aPushedStructIsToldWithItsFieldNames() throws {
    let source = """
      struct Person {
          name: String,
          age: u32,
      }

      fn main() {
          let mut people: Vec<Person> = Vec::new();
          people.push(Person { name: String::from("Ann"), age: 41 });
          println!("{}", people.len());
      }
      """
    let trace = try Engine.trace(source: source, path: "people.rs")
    let told = narrations(trace).joined(separator: "\n")
    #expect(told.contains("Pushed Person { name: String {…}, age: 41 } into"), "\(told)")
    #expect(!told.contains("Person { ptr"), "\(told)")
  }

  @Test func aBoxOfAZeroSizedValueIsNotSaidToPointAtTheHeap() throws {
    let source = """
      struct Marker;

      fn main() {
          let empty = Box::new(Marker);
          let full = Box::new(7u64);
          println!("{}", full);
          drop(empty);
      }
      """
    let trace = try Engine.trace(source: source, path: "boxes.rs")
    let told = narrations(trace).joined(separator: "\n")
    #expect(
      told.contains("`empty` holds a `Box<Marker>`: an 8-byte pointer, 0x1, that points at no heap block"))
    #expect(told.contains("`full` holds a `Box<u64>`: an 8-byte pointer to its value on the heap at 0x"))
  }

  @Test func aWhatIfStopEndsWithOnePeriod() throws {
    let trace = try Engine.trace(source: "fn main() {\n    let x = 1;\n}\n", path: "stop.rs")
    let reason = WhatIfFault.message(line: 7, lost: "freed heap memory", address: 0x5555_555d_a2a0)
    let text = Narrator.narrate(
      image: trace.image, step: 0, before: MachineState(), events: [Event.stopped(reason: reason)])
    #expect(text.hasSuffix("which is why rustc refuses this one."), "\(text)")
    #expect(!text.contains("\\n") && !text.contains("\n"), "\(text)")
  }
}
