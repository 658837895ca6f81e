import Execution
import Testing

/// Threads: each has its own frames and stack region, a scheduler memtutor controls runs them in
/// turn, and what rustc refuses to send between threads is refused.
@Suite struct ThreadTests {
  static let twoWorkers = """
    use std::thread;

    fn main() {
        let numbers = vec![1, 2, 3, 4];
        let first = thread::spawn(move || {
            let mut total = 0;
            for n in &numbers {
                total += n;
            }
            total
        });
        let second = thread::spawn(move || {
            let mut product: u64 = 1;
            for i in 1..=6 {
                product *= i;
            }
            product
        });
        let sum = first.join().unwrap();
        let factorial = second.join().unwrap();
        println!("{sum} {factorial}");
    }
    """

  func trace(_ source: String) throws -> Trace {
    try Engine.trace(source: source, path: "main.rs")
  }

  @Test func joinHandsBackEachClosuresResult() throws {
    let trace = try trace(Self.twoWorkers)
    #expect(trace.outcome.stdout == "10 720\n")
    #expect(trace.outcome.exitStatus == 0)
  }

  @Test func theScheduleIsTheSameOnEveryRun() throws {
    let first = try trace(Self.twoWorkers)
    let second = try trace(Self.twoWorkers)
    #expect(first.events == second.events)
    #expect(first.steps == second.steps)
  }

  @Test func threadsTakeTurnsWhileMainWaits() throws {
    let trace = try trace(Self.twoWorkers)
    let switches = trace.events.compactMap { event -> Int? in
      if case .threadSwitched(let number) = event { return number }
      return nil
    }
    // Main waits in `join`; the two workers share the machine in time slices, then main runs again.
    #expect(switches.first == 1)
    #expect(switches.contains(2))
    #expect(switches.filter { $0 == 1 }.count > 1)
    #expect(switches.last == 0)
  }

  @Test func eachSpawnedThreadHasItsOwnStackBelowMains() throws {
    let trace = try trace(Self.twoWorkers)
    var state = MachineState()
    var closureFrameTops: [String: UInt64] = [:]
    for event in trace.events {
      state.apply(event, image: trace.image)
      if case .framePushed(_, let layout, let top, _) = event {
        closureFrameTops[trace.image.layouts[layout].function] = top
      }
    }
    #expect(state.threads.map(\.number) == [0, 1, 2])
    #expect(state.threads.map(\.stackSize) == [8 * 1024 * 1024, 2 * 1024 * 1024, 2 * 1024 * 1024])
    #expect(state.threads.dropFirst().allSatisfy { $0.runState == .finished(panicked: false) })
    let mainTop = trace.image.stackTop
    let firstTop = try #require(closureFrameTops["main::{closure#0}"])
    let secondTop = try #require(closureFrameTops["main::{closure#1}"])
    #expect(firstTop < mainTop - 8 * 1024 * 1024)
    #expect(secondTop < firstTop - 2 * 1024 * 1024)
  }

  @Test func aWaitingThreadKeepsItsFramesWhileAnotherRuns() throws {
    let trace = try trace(Self.twoWorkers)
    var state = MachineState()
    for event in trace.events {
      state.apply(event, image: trace.image)
      if case .threadSwitched(1) = event { break }
    }
    #expect(state.runningThread == 1)
    #expect(state.threads[0].runState == .joining(number: 1))
    #expect(state.frames(ofThread: 0).map(\.function) == ["main"])
    #expect(state.frames.isEmpty)
  }

  @Test func aPanickingThreadMakesJoinReturnErr() throws {
    let source = """
      use std::thread;

      fn main() {
          let handle = thread::spawn(move || {
              let v: Vec<i32> = Vec::new();
              v[2]
          });
          println!("{}", handle.join().is_err());
      }
      """
    let trace = try trace(source)
    #expect(trace.outcome.stdout == "true\n")
    #expect(trace.outcome.exitStatus == 0)
    #expect(
      trace.outcome.stderr
        == "\nthread '<unnamed>' (48214) panicked at main.rs:6:10:\nindex out of bounds: the len is 0 but the index is 2\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
    )
  }

  @Test func anRcCannotBeSentToAThread() {
    let source = """
      use std::rc::Rc;
      use std::thread;

      fn main() {
          let shared = Rc::new(5);
          let copy = Rc::clone(&shared);
          let handle = thread::spawn(move || {
              println!("{}", copy);
          });
          handle.join().unwrap();
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:7:32: error[E0277]: `Rc<i32>` cannot be sent between threads safely"
      ])
  }

  @Test func anArcCanBeSentToAThread() throws {
    let source = """
      use std::sync::Arc;
      use std::thread;

      fn main() {
          let shared = Arc::new(5);
          let copy = Arc::clone(&shared);
          let handle = thread::spawn(move || *copy + 1);
          println!("{} {}", handle.join().unwrap(), Arc::strong_count(&shared));
      }
      """
    #expect(try trace(source).outcome.stdout == "6 1\n")
  }

  @Test func aClosureBorrowingALocalIsE0373() {
    let source = """
      use std::thread;

      fn main() {
          let v = vec![1, 2, 3];
          let handle = thread::spawn(|| {
              println!("{:?}", v);
          });
          handle.join().unwrap();
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:5:32: error[E0373]: closure may outlive the current function, but it borrows `v`, which is owned by the current function"
      ])
  }
}
