import MemoryModel
import RustFrontEnd

/// `Mutex<T>`: the futex word is 0 when unlocked and 1 when locked. `lock()` takes it or, while
/// another thread holds it, waits (the call runs again once the holder unlocks); the guard's
/// drop unlocks it, and poisons it when the thread is unwinding from a panic.
extension Interpreter {
  func mutexResult(
    _ name: String, _ arguments: [Value], types typeList: [Int], resultType: Int, at point: SourcePoint
  )
    throws -> Value?
  {
    switch name {
    case "new":
      return .structure(
        name: types[resultType].valueName, fields: [.integer(0, type: "u32"), .boolean(false), arguments[0]])
    case "lock":
      let address = self.address(of: arguments[0])
      let mutexType = pointee(typeList[0])
      guard case .structure(let mutexName, var fields) = try read(address: address, type: mutexType),
        fields.count == 3
      else { throw MisroutedBuiltin(builtin: .mutex(name)) }
      if integer(fields[0]) != 0 {
        try waitForLock(arguments[0], address: address)
        return nil
      }
      fields[0] = .integer(1, type: "u32")
      try write(address: address, type: mutexType, value: .structure(name: mutexName, fields: fields))
      let result = types[resultType]
      let guardType = result.variantPayloads.first?.first ?? resultType
      let guardValue = Value.structure(
        name: types[guardType].valueName,
        fields: [.pointer(address: address, kind: .sharedReference), .boolean(false)])
      if case .boolean(true) = fields[1], let errorType = result.variantPayloads.last?.first {
        return .variant(
          enumName: "Result", variant: "Err",
          payload: [.structure(name: types[errorType].valueName, fields: [guardValue])])
      }
      return .variant(enumName: "Result", variant: "Ok", payload: [guardValue])
    default:
      throw MisroutedBuiltin(builtin: .mutex(name))
    }
  }

  /// Another thread holds the lock: this one waits, and runs the `lock` call again later.
  private func waitForLock(_ reference: Value, address: UInt64) throws {
    guard multithreaded else {
      try stop(
        "memtutor: stopped: the thread locks a mutex it already holds (a deadlock); the real program would hang"
      )
    }
    push(reference)
    frames[frames.count - 1].pc -= 1
    threads[runningThread].runState = .waitingForLock(address: address)
    threads[runningThread].resumePoint = SourcePoint(line: currentLine, column: currentColumn)
    record(.threadStateChanged(number: runningThread, state: .locking(address: address)))
    mustSwitch = true
  }

  /// The address of the value a `MutexGuard` (`guard`, of type `guardType`) gives access to.
  func guardedValueAddress(_ guardValue: Value, guardType: Int) -> UInt64 {
    guard case .structure(_, let fields) = guardValue, let lock = fields.first else { return 0 }
    let mutexType = types[types[guardType].parts.first ?? 0].element
    let offsets = types[mutexType].partOffsets
    return address(of: lock) &+ UInt64(offsets.count == 3 ? offsets[2] : 0)
  }

  /// Drops the guard at `address`: the mutex is unlocked (and poisoned if the thread is
  /// unwinding), and the threads waiting for it may run.
  func dropMutexGuard(at address: UInt64, type: Int) throws {
    guard case .structure(_, let guardFields) = try read(address: address, type: type),
      let lock = guardFields.first
    else { return }
    let mutexAddress = self.address(of: lock)
    let mutexType = types[types[type].parts.first ?? 0].element
    guard case .structure(let name, var fields) = try read(address: mutexAddress, type: mutexType),
      fields.count == 3
    else { return }
    fields[0] = .integer(0, type: "u32")
    if frames.contains(where: \.isUnwinding) { fields[1] = .boolean(true) }
    try write(address: mutexAddress, type: mutexType, value: .structure(name: name, fields: fields))
    for index in threads.indices where threads[index].runState == .waitingForLock(address: mutexAddress) {
      threads[index].runState = .runnable
      record(.threadStateChanged(number: index, state: .ready))
    }
  }
}
