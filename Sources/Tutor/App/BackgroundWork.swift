import Foundation
import Synchronization

/// Work done on a thread of its own (recording the whole run of a long program) while the
/// screen goes on; the screen picks the result up on a later tick.
final class BackgroundWork<Result: Sendable>: Sendable {
  private let finished = Mutex<Result?>(nil)

  /// Starts `work` at once. Its thread gets a main thread's stack: checking a program
  /// recurses over its syntax tree.
  init(_ work: @escaping @Sendable () -> Result) {
    let thread = Thread { [self] in
      let value = work()
      finished.withLock { $0 = value }
    }
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// The result, once the work is done.
  var result: Result? {
    finished.withLock { $0 }
  }
}
