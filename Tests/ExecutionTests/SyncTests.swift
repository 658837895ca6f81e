import Execution
import MemoryModel
import Testing

/// Atomics and `mpsc` channels: an atomic changes in place through `&self` (also as a static
/// in `.data`); a value sent moves into the channel's block and out into the receiver's slot;
/// `recv` on an empty channel makes its thread wait; a program that can never receive stops.
@Suite struct SyncTests {
  func trace(_ source: String) throws -> Trace {
    try Engine.trace(source: source, path: "main.rs")
  }

  static let producer = """
    use std::sync::mpsc;
    use std::thread;

    fn main() {
        let (tx, rx) = mpsc::channel();
        let handle = thread::spawn(move || {
            tx.send(String::from("ping")).unwrap();
        });
        let message = rx.recv().unwrap();
        println!("{message}");
        handle.join().unwrap();
    }
    """

  @Test func atomicsHaveTheirValuesSizeAndChangeInPlace() throws {
    let source = """
      use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};

      fn main() {
          let n = AtomicUsize::new(1);
          let old = n.fetch_add(4, Ordering::SeqCst);
          let flag = AtomicBool::new(false);
          flag.store(true, Ordering::Release);
          let small = AtomicI32::new(-3);
          println!("{} {} {:?} {}", old, n.load(Ordering::Acquire), flag, small.swap(9, Ordering::Relaxed));
          println!("{:?}", n.compare_exchange(2, 3, Ordering::SeqCst, Ordering::SeqCst));
          println!("{} {} {}", std::mem::size_of::<AtomicUsize>(), std::mem::size_of::<AtomicBool>(),
              std::mem::size_of::<AtomicI32>());
      }
      """
    let trace = try trace(source)
    #expect(trace.outcome.stdout == "1 5 true -3\nErr(5)\n8 1 4\n")
  }

  @Test func anArcAtomicCountsEveryThreadsAdds() throws {
    let source = """
      use std::sync::atomic::{AtomicUsize, Ordering};
      use std::sync::Arc;
      use std::thread;

      fn main() {
          let hits = Arc::new(AtomicUsize::new(0));
          let mut handles = Vec::new();
          for _ in 0..3 {
              let hits = Arc::clone(&hits);
              handles.push(thread::spawn(move || {
                  for _ in 0..7 {
                      hits.fetch_add(1, Ordering::Relaxed);
                  }
              }));
          }
          for handle in handles {
              handle.join().unwrap();
          }
          println!("{}", hits.load(Ordering::SeqCst));
      }
      """
    #expect(try trace(source).outcome.stdout == "21\n")
  }

  @Test func aStaticAtomicLivesInDataAndChanges() throws {
    let source = """
      use std::sync::atomic::{AtomicU64, Ordering};

      static TICKS: AtomicU64 = AtomicU64::new(40);

      fn main() {
          TICKS.fetch_add(2, Ordering::SeqCst);
          println!("{}", TICKS.load(Ordering::SeqCst));
      }
      """
    let trace = try trace(source)
    #expect(trace.outcome.stdout == "42\n")
    let ticks = try #require(trace.image.statics.first { $0.label == "TICKS" })
    #expect(ticks.section == .data)
    #expect(ticks.bytes.count == 8)
  }

  @Test func anOrderingWithoutItsUseIsE0433() {
    let source = """
      use std::sync::atomic::AtomicUsize;

      fn main() {
          let a = AtomicUsize::new(1);
          a.fetch_add(1, Ordering::SeqCst);
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:5:20: error[E0433]: cannot find type `Ordering` in this scope"
      ])
  }

  @Test func orderingsRustcForbidsAreRefusedAsItsLintRefusesThem() {
    let source = """
      use std::sync::atomic::{AtomicUsize, Ordering};

      fn main() {
          let a = AtomicUsize::new(1);
          a.store(2, Ordering::Acquire);
          println!("{}", a.load(Ordering::AcqRel));
          println!("{:?}", a.compare_exchange(2, 3, Ordering::SeqCst, Ordering::Release));
          println!("{}", a.load(Ordering::Acquire));
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:5:16: error: atomic stores cannot have `Acquire` or `AcqRel` ordering",
        "main.rs:6:27: error: atomic loads cannot have `Release` or `AcqRel` ordering",
        "main.rs:7:65: error: `compare_exchange`'s failure ordering may not be `Release` or `AcqRel`, since a failed `compare_exchange` does not result in a write",
      ])
  }

  @Test func recvWaitsUntilTheOtherThreadSends() throws {
    let trace = try trace(Self.producer)
    #expect(trace.outcome.stdout == "ping\n")
    #expect(trace.outcome.exitStatus == 0)
    let waits = trace.events.filter { event in
      if case .threadStateChanged(0, .receiving) = event { return true }
      return false
    }
    #expect(waits.count == 1)
  }

  @Test func aSentValueMovesThroughTheChannelsBlockWithoutACopy() throws {
    let trace = try trace(Self.producer)
    var state = MachineState()
    var textBlock: Int?
    var channelBlock: Int?
    var freed: [Int] = []
    for event in trace.events {
      state.apply(event, image: trace.image)
      switch event {
      case .heapAllocated(let block):
        if case .bytes = block.contents { textBlock = block.id }
        if case .boxed(let name, _) = block.contents, name.hasPrefix(Interpreter.channelBlockPrefix) {
          channelBlock = block.id
        }
      case .heapFreed(let id):
        freed.append(id)
      default:
        break
      }
    }
    let text = try #require(textBlock)
    let channel = try #require(channelBlock)
    // One String block for the whole journey, freed once (when `message` drops), and the
    // channel's block freed once both ends are gone.
    #expect(freed.filter { $0 == text }.count == 1)
    #expect(freed.contains(channel))
    #expect(state.heap.allSatisfy { $0.status != .live })
  }

  @Test func dropingTheLastSenderEndsTheForLoop() throws {
    let source = """
      use std::sync::mpsc;

      fn main() {
          let (tx, rx) = mpsc::channel();
          let tx2 = tx.clone();
          tx.send(1).unwrap();
          tx2.send(2).unwrap();
          drop(tx);
          drop(tx2);
          let mut sum = 0;
          for n in rx {
              sum += n;
          }
          println!("{sum}");
      }
      """
    #expect(try trace(source).outcome.stdout == "3\n")
  }

  @Test func recvWithTheOnlySenderInTheSameThreadStopsAsADeadlock() throws {
    let source = """
      use std::sync::mpsc;

      fn main() {
          let (tx, rx) = mpsc::channel::<i32>();
          tx.send(1).unwrap();
          for n in &rx {
              println!("{n}");
          }
          drop(tx);
      }
      """
    let trace = try trace(source)
    #expect(trace.outcome.stdout == "1\n")
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stderr.contains("`recv` waits for a message"))
    #expect(trace.outcome.stderr.contains("deadlock"))
  }

  @Test func everyThreadWaitingInRecvIsADeadlock() throws {
    let source = """
      use std::sync::mpsc;
      use std::thread;

      fn main() {
          let (tx, rx) = mpsc::channel();
          let worker_tx = tx.clone();
          let worker = thread::spawn(move || {
              worker_tx.send(7).unwrap();
          });
          for n in rx {
              println!("{n}");
          }
          worker.join().unwrap();
          drop(tx);
      }
      """
    let trace = try trace(source)
    #expect(trace.outcome.stdout == "7\n")
    #expect(trace.outcome.exitStatus == 3)
    #expect(trace.outcome.stderr.contains("thread main waits in `recv` for a message no thread will send"))
  }

  @Test func anRcSentThroughAChannelToAThreadIsE0277() {
    let source = """
      use std::rc::Rc;
      use std::sync::mpsc;
      use std::thread;

      fn main() {
          let (tx, rx) = mpsc::channel();
          let handle = thread::spawn(move || {
              tx.send(Rc::new(5)).unwrap();
          });
          println!("{}", rx.recv().unwrap());
          handle.join().unwrap();
      }
      """
    #expect(
      EngineReports.headers(source) == [
        "main.rs:7:32: error[E0277]: `Rc<i32>` cannot be sent between threads safely"
      ])
  }

  @Test func channelEndsAreSixteenBytes() throws {
    let source = """
      use std::mem::size_of;
      use std::sync::mpsc::{Receiver, Sender};

      fn main() {
          println!("{} {} {}", size_of::<Sender<u8>>(), size_of::<Receiver<String>>(),
              size_of::<Option<Sender<i32>>>());
      }
      """
    #expect(try trace(source).outcome.stdout == "16 16 16\n")
  }
}
