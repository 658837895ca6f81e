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
    case "rwlock new":
      return .structure(
        name: types[resultType].valueName,
        fields: [.integer(0, type: "u32"), .integer(0, type: "u32"), .boolean(false), arguments[0]])
    case "read", "write":
      return try lockRwLock(arguments[0], writing: name == "write", types: typeList, resultType: resultType)
    default:
      throw MisroutedBuiltin(builtin: .mutex(name))
    }
  }

  /// `read()` and `write()`: std's futex `RwLock` counts its readers in the state word and marks
  /// a writer with `WRITE_LOCKED` (`(1 << 30) - 1`); a call the state does not allow waits.
  private func lockRwLock(_ reference: Value, writing: Bool, types typeList: [Int], resultType: Int) throws
    -> Value?
  {
    let address = self.address(of: reference)
    let lockType = pointee(typeList[0])
    guard case .structure(let lockName, var fields) = try read(address: address, type: lockType),
      fields.count == 4
    else { throw MisroutedBuiltin(builtin: .mutex(writing ? "write" : "read")) }
    let state = integer(fields[0])
    if writing ? state != 0 : state == Self.writeLocked {
      try waitForLock(reference, address: address, what: "an `RwLock`")
      return nil
    }
    fields[0] = .integer(writing ? Self.writeLocked : state + 1, type: "u32")
    try write(address: address, type: lockType, value: .structure(name: lockName, fields: fields))
    let result = types[resultType]
    let guardType = result.variantPayloads.first?.first ?? resultType
    let guardFields: [Value]
    if writing {
      guardFields = [.pointer(address: address, kind: .sharedReference), .boolean(false)]
    } else {
      let offsets = types[lockType].partOffsets
      let data = address &+ UInt64(offsets.count == 4 ? offsets[3] : 0)
      guardFields = [
        .pointer(address: data, kind: .sharedReference), .pointer(address: address, kind: .sharedReference),
      ]
    }
    let guardValue = Value.structure(name: types[guardType].valueName, fields: guardFields)
    if case .boolean(true) = fields[2], let errorType = result.variantPayloads.last?.first {
      return .variant(
        enumName: "Result", variant: "Err",
        payload: [.structure(name: types[errorType].valueName, fields: [guardValue])])
    }
    return .variant(enumName: "Result", variant: "Ok", payload: [guardValue])
  }

  /// `{:?}` of a `Mutex` or an `RwLock`: the value, or `<locked>` when std's `try_lock` or
  /// `try_read` would fail (a `Mutex` writes it as a string), the poison flag, and `..`.
  func formattableLock(_ name: String, _ fields: [Value], _ parts: [Int], depth: Int) throws -> Formattable {
    let isRwLock = name.hasPrefix(Checker.rwLockPrefix)
    let state = integer(fields[0])
    let locked = isRwLock ? state == Self.writeLocked : state != 0
    let data: Formattable =
      if locked {
        isRwLock ? .unitStructure("<locked>") : .text("<locked>")
      } else {
        try formattable(fields[fields.count - 1], type: parts[fields.count - 1], depth: depth + 1)
      }
    var poisoned = false
    if case .boolean(true) = fields[fields.count - 2] { poisoned = true }
    return .structure(
      name: isRwLock ? "RwLock" : "Mutex",
      fields: [("data", data), ("poisoned", .boolean(poisoned)), (Formattable.nonExhaustiveMark, .unit)])
  }

  /// std's `WRITE_LOCKED`: the state of an `RwLock` a writer holds.
  static let writeLocked: Int128 = (1 << 30) - 1

  /// Another thread holds the lock: this one waits, and runs the `lock` call again later.
  private func waitForLock(_ reference: Value, address: UInt64, what: String = "a mutex") throws {
    guard multithreaded else {
      try stop(
        "memtutor: stopped: the thread locks \(what) it already holds (a deadlock); the real program would hang"
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
    // An `RwLockReadGuard` holds the value's address itself.
    if types[guardType].name.hasPrefix(Checker.readGuardPrefix) { return address(of: lock) }
    let mutexType = types[types[guardType].parts.first ?? 0].element
    let offsets = types[mutexType].partOffsets
    return address(of: lock) &+ UInt64(offsets.count >= 3 ? offsets[offsets.count - 1] : 0)
  }

  /// Drops the guard at `address`: the mutex is unlocked (and poisoned if the thread is
  /// unwinding), and the threads waiting for it may run.
  func dropMutexGuard(at address: UInt64, type: Int) throws {
    guard case .structure(_, let guardFields) = try read(address: address, type: type),
      guardFields.count == 2
    else { return }
    // A read guard's lock is its second field; it neither unlocks for others nor poisons.
    let isRead = types[type].name.hasPrefix(Checker.readGuardPrefix)
    let lockIndex = isRead ? 1 : 0
    let mutexAddress = self.address(of: guardFields[lockIndex])
    let mutexType = types[types[type].parts[lockIndex]].element
    guard case .structure(let name, var fields) = try read(address: mutexAddress, type: mutexType),
      fields.count == 3 || fields.count == 4
    else { return }
    let state = integer(fields[0])
    fields[0] = .integer(isRead ? max(0, state - 1) : 0, type: "u32")
    let poison = fields.count - 2
    if !isRead, frames.contains(where: \.isUnwinding) { fields[poison] = .boolean(true) }
    try write(address: mutexAddress, type: mutexType, value: .structure(name: name, fields: fields))
    for index in threads.indices where threads[index].runState == .waitingForLock(address: mutexAddress) {
      threads[index].runState = .runnable
      record(.threadStateChanged(number: index, state: .ready))
    }
  }
}
