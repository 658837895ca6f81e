import Execution
import Screen
import Testing

@testable import Tutor

/// A thread waiting in `recv` says so in its band, the channel's block is named as memtutor's
/// model, and an atomic shows as the value inside.
@Suite struct ChannelScreenTests {
  static let producer = """
    use std::sync::mpsc;
    use std::thread;

    fn main() {
        let (tx, rx) = mpsc::channel();
        let handle = thread::spawn(move || {
            let word = String::from("ping");
            tx.send(word).unwrap();
        });
        let message = rx.recv().unwrap();
        println!("{message}");
        handle.join().unwrap();
    }
    """

  func render(_ source: String, step: Int, width: Int = 110, height: Int = 34) throws -> String {
    let trace = try Engine.trace(source: source, path: "channel.rs")
    return RenderCommand.render(
      trace: trace, lesson: nil, title: "channel.rs", narration: nil, options: TutorOptions(),
      step: step, width: width, height: height
    ).text
  }

  @Test func aThreadWaitingInRecvSaysSoInItsBand() throws {
    let trace = try Engine.trace(source: Self.producer, path: "channel.rs")
    let cursor = StateCursor(trace: trace)
    let waiting = try #require(
      (0..<trace.stepCount).first { step in
        let state = cursor.state(after: step)
        return state.threads.first?.runState == .receiving(channel: state.heap.first?.address ?? 0)
      })
    let text = try render(Self.producer, step: waiting + 1)
    #expect(text.contains("main thread · waits for a message (recv)"))
    #expect(text.contains("mpsc channel<String> (model)"))
  }

  @Test func anAtomicShowsTheValueInside() throws {
    let source = """
      use std::sync::atomic::{AtomicUsize, Ordering};

      fn main() {
          let hits = AtomicUsize::new(41);
          hits.fetch_add(1, Ordering::SeqCst);
          println!("{}", hits.load(Ordering::SeqCst));
      }
      """
    let text = try render(source, step: 3)
    #expect(text.contains("AtomicUsize 8 B"))
    #expect(text.contains(" 42 "))
    #expect(!text.contains("AtomicUsize {"))
  }
}
