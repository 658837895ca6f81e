/// Lets at most `width` tasks at a time through a section (the machine has few cores, and
/// compiling many programs at once would only make each slower).
package actor ConcurrencyLimit {
  private let width: Int
  private var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  package init(width: Int) {
    self.width = max(1, width)
  }

  package func run<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
    await acquire()
    defer { release() }
    return try await body()
  }

  private func acquire() async {
    if running < width {
      running += 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  private func release() {
    if waiting.isEmpty {
      running -= 1
    } else {
      // The slot passes straight to the next waiter, so `running` stays the same.
      waiting.removeFirst().resume()
    }
  }
}
