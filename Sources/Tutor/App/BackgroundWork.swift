import Foundation
import Synchronization

/// Work done on a thread of its own (recording the whole run of a long program) while the
/// screen goes on; the screen picks the result up on a later tick.
final class BackgroundWork<Result: Sendable>: Sendable {
  private enum Progress {
    case waiting(@Sendable () -> Result)
    case running
    case finished(Result)
  }

  private let progress: Mutex<Progress>

  /// Starts `work` at once, or, when `lazily`, the first time its result is asked for (work the
  /// first screen does not need, such as the menu's step counts, then leaves the CPU to it).
  init(lazily: Bool = false, _ work: @escaping @Sendable () -> Result) {
    progress = Mutex(.waiting(work))
    if !lazily { start() }
  }

  /// The result, once the work is done (starting it if it waits to be asked for).
  var result: Result? {
    let (done, mustStart): (Result?, Bool) = progress.withLock {
      switch $0 {
      case .finished(let value): (value, false)
      case .running: (nil, false)
      case .waiting: (nil, true)
      }
    }
    if mustStart { start() }
    return done
  }

  /// Its thread gets a main thread's stack: checking a program recurses over its syntax tree.
  private func start() {
    let work: (@Sendable () -> Result)? = progress.withLock {
      guard case .waiting(let work) = $0 else { return nil }
      $0 = .running
      return work
    }
    guard let work else { return }
    let thread = Thread { [self] in
      let value = work()
      progress.withLock { $0 = .finished(value) }
    }
    thread.stackSize = 16 << 20
    thread.start()
  }
}
