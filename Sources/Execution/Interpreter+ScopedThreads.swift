import MemoryModel
import RustFrontEnd

/// `thread::scope`: the scope's closure runs in place (in the caller's frame, with the `Scope`
/// a local there); each `s.spawn` starts a thread that belongs to the scope, whose captures
/// point into the caller's frame; the scope's end waits for every one of them, then hands back
/// the closure's value, or panics when one of them panicked and nobody joined it.
extension Interpreter {
  /// The `Scope` of `thread::scope`: its word is an `Arc` of the scope's shared data in std;
  /// the model keeps the number of threads started so far there.
  func beginThreadScope() -> Value {
    .structure(name: Checker.scopeTypeName, fields: [usize(max(threads.count, 1))])
  }

  /// `s.spawn(closure)` (the first argument a pointer to the `Scope`) or `builder.spawn(closure)`.
  func spawnScopedOrBuiltThread(
    function: Int, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  ) throws -> Value {
    guard case .pointer = arguments[0] else {
      return try spawnBuiltThread(
        function: function, builder: arguments[0], closure: arguments[1], closureType: typeList[1],
        resultType: resultType, at: point)
    }
    return try spawnScopedThread(
      function: function, arguments, types: typeList, handleType: resultType, at: point)
  }

  /// `s.spawn(closure)`: a thread as `thread::spawn` makes one, owned by the scope `s` points at.
  func spawnScopedThread(
    function: Int, _ arguments: [Value], types typeList: [Int], handleType: Int, at point: SourcePoint
  ) throws -> Value {
    let handle = try spawnThread(
      function: function, closure: arguments[1], closureType: typeList[1], handleType: handleType, at: point)
    if case .pointer(let address, _) = arguments[0], let last = threads.indices.last {
      threads[last].scopeAddress = address
    }
    return handle
  }

  /// The end of `thread::scope`: while one of the scope's threads still runs, the caller waits
  /// for it (the instruction runs again once it has finished), as std's implicit join does.
  func endThreadScope(value: Value, scope: Value, at point: SourcePoint) throws -> Value? {
    guard case .pointer(let address, _) = scope else { return value }
    let members = threads.indices.filter { threads[$0].scopeAddress == address }
    if let running = members.first(where: { !isFinished(threads[$0].runState) }) {
      push(value)
      push(scope)
      frames[frames.count - 1].pc -= 1
      threads[runningThread].runState = .joining(number: running)
      threads[runningThread].resumePoint = point
      record(.threadStateChanged(number: runningThread, state: .joining(number: running)))
      mustSwitch = true
      return nil
    }
    // A later scope may have its `Scope` at the same address.
    for member in members { threads[member].scopeAddress = nil }
    let panicked = members.contains {
      threads[$0].runState == .finished(value: nil) && !threads[$0].joined
    }
    if panicked {
      try panic("a scoped thread panicked", at: point)
    }
    return value
  }

  private func isFinished(_ state: ThreadContext.RunState) -> Bool {
    if case .finished = state { return true }
    return false
  }
}
