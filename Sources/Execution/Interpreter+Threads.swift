import MemoryModel
import RustFrontEnd

/// One thread's machine while another runs: its frames, operands, temporaries, iterators and
/// pending drops, swapped in and out whole when the scheduler switches.
package struct ThreadContext {
  package enum RunState: Equatable {
    case runnable
    case joining(number: Int)
    /// Waiting for the mutex at this address to be unlocked.
    case waitingForLock(address: UInt64)
    /// Waiting in `recv` for a message on the channel whose block is at this address.
    case waitingForMessage(channel: UInt64)
    /// Its closure returned `value`, or (nil) it panicked.
    case finished(value: Value?)
  }

  package var number: Int
  package var name: String?
  package var frames: [Interpreter.FrameRecord] = []
  package var operands: [Value] = []
  package var temps: [Interpreter.TemporaryCell] = []
  package var iterators: [IteratorState] = []
  package var dropStack: [DropWork] = []
  package var stackTop: UInt64
  package var stackLimit: UInt64
  package var temporaryBase: UInt64
  package var runState: RunState = .runnable
  /// Where its next step begins when it runs again.
  package var resumePoint: SourcePoint
  /// Not started yet: the closure's function and the address of its boxed captures.
  package var entry: (function: Int, environment: UInt64)?
  /// The boxed closure (block id, closure type), dropped when the closure returns.
  package var closureBox: (blockID: Int?, address: UInt64, type: Int)?
  /// Dropping the closure's captures called a `Drop::drop`: the drops resume above this base.
  package var exitDropBase: Int?
  /// A scoped thread: the address of its `thread::scope`'s `Scope`, until the scope has joined it.
  package var scopeAddress: UInt64?
  /// `join` has returned its result (a scope's end then does not report its panic again).
  package var joined = false
  /// The heap block of the name given with `thread::Builder::name`, freed when it is joined.
  package var nameBlock: (id: Int, address: UInt64, length: Int)?
}

extension Interpreter {
  /// Statements a thread runs before the scheduler moves on to the next ready thread.
  package static let timeSlice = 4
  /// Spawned threads' stacks: std's default of 2 MiB each, mapped one below the other under
  /// main's stack (the addresses are memtutor's model of where the system maps them).
  package static let spawnedStackSize = 2 * 1024 * 1024
  package static let firstSpawnedStackTop: UInt64 = 0x7fff_f7c0_0000
  package static let spawnedStackSpacing: UInt64 = 0x0021_0000

  /// The id the system gives the running thread (main's is the process id), as messages print it.
  package var threadID: Int { Self.processID + runningThread }

  /// A panic message names an unnamed spawned thread `<unnamed>`; a stack overflow, `<unknown>`.
  package var panicThreadName: String {
    guard runningThread != 0, threads.indices.contains(runningThread) else { return "main" }
    return threads[runningThread].name ?? "<unnamed>"
  }

  package var overflowThreadName: String {
    guard runningThread != 0, threads.indices.contains(runningThread) else { return "main" }
    return threads[runningThread].name ?? "<unknown>"
  }

  /// The running thread's slice ended at a statement that begins at `point`.
  func yieldThread(at point: SourcePoint) {
    threads[runningThread].resumePoint = point
    mustSwitch = true
  }

  // MARK: - Spawning and joining

  /// `thread::spawn(closure)`: boxes the closure (as std does) and makes a thread that will
  /// call it; the thread runs when the scheduler picks it.
  func spawnThread(
    function: Int, closure: Value, closureType: Int, handleType: Int, at point: SourcePoint,
    name: String? = nil, stackSize: Int = Interpreter.spawnedStackSize
  ) throws -> Value {
    if threads.isEmpty { startThreading() }
    let number = threads.count
    // Each stack is mapped below the one before, 64 KiB apart (2 MiB stacks: `spawnedStackSpacing`).
    let stackTop =
      number == 1
      ? Self.firstSpawnedStackTop
      : threads[number - 1].stackLimit &- (Self.spawnedStackSpacing &- UInt64(Self.spawnedStackSize))
    let runtime = types[closureType]
    var environment = UInt64(max(1, runtime.alignment))
    var blockID: Int?
    if runtime.size > 0 {
      let (id, address) = try allocateBlock(
        size: runtime.size, alignment: runtime.alignment,
        contents: .boxed(typeName: runtime.name, value: closure), valueType: closureType)
      environment = address
      blockID = id
    }
    // Its first step, where the closure is written, pushes the closure's frame.
    var context = ThreadContext(
      number: number, name: name, stackTop: stackTop, stackLimit: stackTop &- UInt64(stackSize),
      temporaryBase: Self.temporaryBase(ofThread: number), resumePoint: point)
    context.entry = (function, environment)
    context.closureBox = (blockID, environment, closureType)
    threads.append(context)
    record(
      .threadSpawned(
        ThreadState(
          number: number, name: name, stackTop: stackTop, stackSize: stackSize, runState: .ready)))
    let handleName = types[handleType].valueName
    return .structure(
      name: handleName,
      fields: [usize(Int(truncatingIfNeeded: stackTop)), usize(number + 1), usize(environment == 0 ? 0 : 1)])
  }

  private static func temporaryBase(ofThread number: Int) -> UInt64 {
    0x7fff_fa00_0000 &- UInt64(number) &* 0x0100_0000
  }

  /// Main becomes thread 0 of a table of threads at the first spawn.
  private func startThreading() {
    multithreaded = true
    sliceLength = scheduler.sliceLength()
    let main = ThreadContext(
      number: 0, name: "main", stackTop: image.stackTop, stackLimit: stackLimitAddress,
      temporaryBase: temporaryRegionBase, resumePoint: SourcePoint(line: currentLine, column: currentColumn))
    threads.append(main)
    let stackSize = options.stackLimit
    record(
      .threadSpawned(
        ThreadState(
          number: 0, name: "main", stackTop: image.stackTop, stackSize: stackSize, runState: .running)))
  }

  /// `handle.join()`: the thread's result as `Ok(value)`, or `Err` when it panicked. While the
  /// thread still runs, the caller waits: the instruction runs again once it has finished.
  func joinThread(_ handle: Value, at point: SourcePoint) -> Value? {
    guard case .structure(_, let fields) = handle, fields.count == 3 else { return nil }
    let number = Int(clamping: integer(fields[1])) - 1
    guard threads.indices.contains(number) else { return nil }
    if case .finished(let value) = threads[number].runState {
      threads[number].joined = true
      releaseThreadName(number)
      if let value { return .variant(enumName: "Result", variant: "Ok", payload: [value]) }
      let payload = Value.structure(
        name: Checker.panicPayloadName, fields: [usize(1), usize(Int(truncatingIfNeeded: image.stackTop))])
      return .variant(enumName: "Result", variant: "Err", payload: [payload])
    }
    // Wait: the handle goes back on the operand stack and the call runs again later.
    push(handle)
    frames[frames.count - 1].pc -= 1
    threads[runningThread].runState = .joining(number: number)
    threads[runningThread].resumePoint = point
    record(.threadStateChanged(number: runningThread, state: .joining(number: number)))
    mustSwitch = true
    return nil
  }

  /// `thread::yield_now()`: the scheduler moves on to the next ready thread.
  func yieldNow(at point: SourcePoint) {
    guard multithreaded else { return }
    threads[runningThread].resumePoint = point
    mustSwitch = true
  }

  // MARK: - Finishing

  /// The running spawned thread's outermost frame returned `value` (nil: it unwound after a
  /// panic). Its boxed closure is dropped, and whoever joins it can go on.
  func threadRanOut(returning value: Value?) throws {
    let number = runningThread
    if let base = threads[number].exitDropBase {
      // A `Drop::drop` of a capture returned: the rest of the closure's drops.
      guard try processDrops(base: base) else { return }
      threads[number].exitDropBase = nil
      finishThread(number)
      return
    }
    if case .finished = threads[number].runState { return }
    threads[number].runState = .finished(value: value)
    if let box = threads[number].closureBox {
      threads[number].closureBox = nil
      var work: [DropWork] = []
      if types[box.type].needsDrop {
        work.append(
          .value(address: box.address, type: box.type, exclusions: blockExclusions[box.blockID ?? -1] ?? []))
      }
      if let id = box.blockID { work.append(.free(blockID: id)) }
      let base = dropStack.count
      dropStack.append(contentsOf: work.reversed())
      if try !processDrops(base: base) {
        threads[number].exitDropBase = base
        return
      }
    }
    finishThread(number)
  }

  private func finishThread(_ number: Int) {
    guard case .finished(let value) = threads[number].runState else { return }
    record(.threadStateChanged(number: number, state: .finished(panicked: value == nil)))
    for index in threads.indices where threads[index].runState == .joining(number: number) {
      threads[index].runState = .runnable
      record(.threadStateChanged(number: index, state: .ready))
    }
    mustSwitch = true
  }

  // MARK: - Switching

  /// Moves to the thread the scheduler picks (by default the next ready one after the running
  /// one, round-robin), or keeps the running one when no other is ready. Every thread waiting
  /// with none ready is a deadlock.
  func switchThread() throws {
    mustSwitch = false
    sliceEnded = false
    stepsInSlice = 0
    sliceLength = scheduler.sliceLength()
    guard !threads.isEmpty else {
      try stop(
        "memtutor: stopped: every thread is waiting for another (a deadlock); the real program would hang")
    }
    let current = runningThread
    let runnable = threads.indices.filter { threads[$0].runState == .runnable }
    guard let next = scheduler.next(after: current, runnable: runnable) else { try stop(deadlockReason()) }
    if next != current {
      park(current)
      unpark(next)
    }
    let point = threads[next].resumePoint
    try beginStep(point)
    if next != current { record(.threadSwitched(to: next)) }
    if let entry = threads[next].entry {
      threads[next].entry = nil
      try pushFrame(
        function: entry.function, arguments: [.pointer(address: entry.environment, kind: .sharedReference)],
        callPoint: point, callLine: nil)
    }
  }

  private func park(_ number: Int) {
    swap(&frames, &threads[number].frames)
    swap(&operands, &threads[number].operands)
    swap(&temps, &threads[number].temps)
    swap(&iterators, &threads[number].iterators)
    swap(&dropStack, &threads[number].dropStack)
    threads[number].temporaryBase = temporaryRegionBase
  }

  private func unpark(_ number: Int) {
    swap(&frames, &threads[number].frames)
    swap(&operands, &threads[number].operands)
    swap(&temps, &threads[number].temps)
    swap(&iterators, &threads[number].iterators)
    swap(&dropStack, &threads[number].dropStack)
    temporaryRegionBase = threads[number].temporaryBase
    threadStackTop = threads[number].stackTop
    stackLimitAddress = threads[number].stackLimit
    runningThread = number
    lastContainingBlock = nil
  }
}
