import Execution
import Foundation
import Screen
import ScreenTestSupport
import Testing

@testable import Tutor

/// Once a program spawns, the Stack panel is one band per thread, each with its own frames and
/// its own gauge (8 MiB for main, 2 MiB for a spawned thread); at 80×24 and 160×48.
@Suite struct ThreadStackScreenTests {
  static let twoThreads = """
    use std::sync::Arc;
    use std::thread;

    fn total(v: &[u64]) -> u64 {
        let mut sum = 0;
        for x in v {
            sum += x;
        }
        sum
    }

    fn main() {
        let data = Arc::new(vec![1u64, 2, 3, 4]);
        let shared = Arc::clone(&data);
        let handle = thread::spawn(move || {
            let s = total(&shared);
            s * 2
        });
        let mine = total(&data);
        let theirs = handle.join().unwrap();
        println!("{} {} {}", mine, theirs, Arc::strong_count(&data));
    }
    """

  static let threeThreads = """
    use std::thread;

    fn square(n: u64) -> u64 {
        let result = n * n;
        result
    }

    fn main() {
        let first = thread::spawn(|| {
            let a = square(3);
            a + 1
        });
        let second = thread::spawn(|| {
            let b = square(4);
            b + 1
        });
        let x = first.join().unwrap();
        let y = second.join().unwrap();
        println!("{} {}", x, y);
    }
    """

  /// The first step at which `count` threads are alive (none finished) and the running one is
  /// a spawned thread, so every band has frames.
  static func stepWithLiveThreads(_ trace: Trace, count: Int) -> Int? {
    let cursor = StateCursor(trace: trace)
    for step in 0..<trace.stepCount {
      let state = cursor.state(after: step)
      let live = state.threads.filter {
        if case .finished = $0.runState { return false }
        return true
      }
      if live.count == count, state.runningThread != 0, !state.frames.isEmpty,
        state.frames.count >= 2
      {
        return step
      }
    }
    return nil
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func eachThreadHasItsOwnBand(width: Int, height: Int) throws {
    for (name, source, count) in [
      ("two-threads", Self.twoThreads, 2), ("three-threads", Self.threeThreads, 3),
    ] {
      let trace = try Engine.trace(source: source, path: "\(name).rs")
      guard let step = Self.stepWithLiveThreads(trace, count: count) else {
        Issue.record("\(name): no step with \(count) live threads")
        continue
      }
      let text = RenderCommand.render(
        trace: trace, lesson: nil, title: "\(name).rs", narration: nil, options: TutorOptions(),
        step: step + 1, width: width, height: height
      ).text
      #expect(text.contains("main thread · "), "\(name) at \(width)x\(height): no band for main")
      #expect(text.contains("thread 1 · "), "\(name) at \(width)x\(height): no band for thread 1")
      if count == 3 {
        #expect(text.contains("thread 2 · "), "\(name) at \(width)x\(height): no band for thread 2")
      }
      #expect(text.contains("· running"), "\(name) at \(width)x\(height): no running thread")
      if height >= 48 {
        #expect(text.contains("of 2 MiB"), "\(name): no spawned thread's gauge")
        #expect(text.contains("of 8 MiB"), "\(name): no main gauge")
      }
      Snapshot.check(text, named: "\(name)-step\(step + 1)-\(width)x\(height)")
    }
  }

  @Test func bandsShareTheRowsByWhatEachNeeds() {
    #expect(StackPanel.bandHeights(needs: [5, 20], rows: 20) == [5, 15])
    #expect(StackPanel.bandHeights(needs: [30, 30], rows: 20) == [10, 10])
    #expect(StackPanel.bandHeights(needs: [4, 4], rows: 20) == [4, 16])
    #expect(StackPanel.bandHeights(needs: [10, 10, 10], rows: 9) == [3, 3, 3])
    // The running thread's band first: it gets all it needs, the others what is left.
    #expect(StackPanel.bandHeights(needs: [20, 12], rows: 20, first: 1) == [8, 12])
    #expect(StackPanel.bandHeights(needs: [20, 30], rows: 20, first: 1) == [3, 17])
  }
}
