import Execution
import TestSupport
import Testing

/// A what-if run of a closure that borrows main's local (rustc's E0373) reads and writes main's
/// slot from the spawned thread, while main is parked: that slot is live, on another stack.
@Suite struct WhatIfThreadStackTests {
  static func whatIf(_ source: String) throws -> Trace {
    var options = EngineOptions()
    options.whatIf = true
    return try Engine.trace(source: source, path: "main.rs", options: options)
  }

  @Test func aThreadReadsMainsVecThroughTheBorrowedCapture() throws {
    let trace = try Self.whatIf(
      """
      use std::thread;

      fn main() {
          let scores = vec![1, 2, 3];
          let reader = thread::spawn(|| {
              let mut sum = 0;
              for s in scores.iter() {
                  sum += s;
              }
              sum
          });
          println!("{}", reader.join().unwrap());
      }

      """)
    #expect(trace.outcome.stderr.isEmpty, "main's slot is still the program's: \(trace.outcome.stderr)")
    #expect(trace.outcome.stdout == "6\n")
    #expect(trace.outcome.exitStatus == 0)
  }

  @Test func aThreadWritesMainsCounterThroughTheBorrowedCapture() throws {
    let trace = try Self.whatIf(
      """
      use std::thread;

      fn main() {
          let mut count = 0;
          let worker = thread::spawn(|| {
              count += 1;
          });
          worker.join().unwrap();
          println!("{count}");
      }

      """)
    #expect(trace.outcome.stderr.isEmpty, "\(trace.outcome.stderr)")
    #expect(trace.outcome.stdout == "1\n")
  }

  @Test func theCapturedAddressOfMainsSlotIsLiveWhileTheThreadRuns() throws {
    let trace = try Self.whatIf(
      """
      use std::thread;

      fn main() {
          let scores = vec![1, 2, 3];
          let reader = thread::spawn(|| scores.len());
          println!("{}", reader.join().unwrap());
      }

      """)
    let cursor = StateCursor(trace: trace)
    let scoresAddress: UInt64 = 0x7fff_ffff_dfe0
    var checked = 0
    for step in 0..<trace.stepCount {
      let state = cursor.state(after: step)
      guard state.runningThread == 1, !state.frames.isEmpty else { continue }
      #expect(state.liveness(of: scoresAddress, image: trace.image) == .alive)
      #expect(state.frames(ofThread: 0).first?.slots.first?.status == .live)
      checked += 1
    }
    #expect(checked > 0, "the reader ran")
    #expect(trace.outcome.stdout == "3\n")
  }

  @Test func theReaderStopsAtTheOldBufferMainsPushFreed() throws {
    let trace = try Self.whatIf(
      RaceProgram.readerWhileMainPushes)
    #expect(trace.outcome.stdout == "read 10\n")
    #expect(trace.outcome.stderr.hasPrefix("what if: line 7 reads freed heap memory (the 16 B block"))
    #expect(trace.outcome.exitStatus == Interpreter.whatIfStopStatus)
    let last = StateCursor(trace: trace).state(after: trace.stepCount - 1)
    let fault = try #require(last.whatIfFaultAddress)
    let reader = try #require(last.frames.last)
    #expect(last.runningThread == 1)
    #expect(reader.slots.contains { last.pointer(in: $0, leadsTo: fault, image: trace.image) })
  }

  @Test func aThreadReadingAFrameItsSpawnerPoppedIsToldSo() throws {
    let trace = try Self.whatIf(
      """
      use std::thread;

      fn start_reader() -> thread::JoinHandle<usize> {
          let scores = vec![1, 2, 3];
          thread::spawn(|| scores.len())
      }

      fn main() {
          let reader = start_reader();
          println!("{}", reader.join().unwrap());
      }

      """)
    #expect(trace.outcome.exitStatus == Interpreter.whatIfStopStatus)
    #expect(
      trace.outcome.stderr.hasPrefix("what if: line 5 reads a popped stack frame"), "\(trace.outcome.stderr)")
  }
}
