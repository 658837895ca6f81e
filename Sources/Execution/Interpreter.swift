import MemoryModel

/// Runs compiled Rust with an explicit frame stack (a Rust call never becomes a Swift call)
/// and records every step. Memory is the recorder's `MachineState`: slot values, heap
/// blocks; temporaries and iterator state live here.
package final class Interpreter {
  /// The modelled process id printed in panic and overflow messages.
  package static let processID = 48213

  package struct FrameRecord {
    package var function: Int
    package var pc: Int = 0
    package var operandBase: Int
    package var frameID: Int
    package var topAddress: UInt64
    package var bottomAddress: UInt64
    package var iteratorBase: Int
    /// Where to start a new step when control comes back to this frame from a callee.
    package var resumePoint: SourcePoint
    /// Drop work this frame started that a `Drop::drop` call interrupted.
    package var pendingDropBase: Int?
    package var isUnwinding = false
    package var unwindScheduled = false
    /// Frames pushed to run `Drop::drop` hand back nothing.
    package var discardsResult = false
    /// Bytes moved out of a slot without moving the whole slot (`let n = p.name;`).
    package var movedRanges: [Int: [Range<UInt64>]] = [:]
  }

  package struct TemporaryCell {
    package var address: UInt64
    package var type: Int
    package var value: Value
    package var depth: Int
    package var extendedID: Int?
    package var frameIndex: Int
    package var exclusions: [Range<UInt64>] = []
  }

  package enum Halt: Error {
    case finished(Int32)
    /// `EngineOptions.prefixSteps` steps are recorded: the run stops with no outcome.
    case prefixRecorded
  }

  package let functions: [CompiledFunction]
  package let types: RuntimeTypes
  package let image: ProgramImage
  package let options: EngineOptions
  package let mainIndex: Int
  /// The statics' values by address; a static atomic's value changes as the program runs.
  package var staticValues: [UInt64: (value: Value, type: Int)]
  /// Each vtable by its address: the concrete type behind it and its methods' functions.
  package var vtableTargets: [UInt64: VTableTarget] = [:]
  /// The lowest address the running thread's stack may reach, and its top.
  @exclusivity(unchecked) package var stackLimitAddress: UInt64
  @exclusivity(unchecked) package var threadStackTop: UInt64
  /// Per function: its frame size and each slot's offset below the top and size.
  package let frameSizes: [Int]
  package let slotPlacements: [[(offset: Int, size: Int)]]
  /// Per function: its code as the dispatch loop reads it.
  let fastCode: [FastCode]
  /// Per function: its fast instructions, in storage of the interpreter's own lifetime: the
  /// dispatch loop, entered again on every call and return, reads them with no array retained.
  let fastInstructions: [UnsafeMutableBufferPointer<FastInstruction>]
  /// Per function: its fused instructions' records (`FastCode.comparisons`, `.arithmetics`),
  /// with what the types tell filled in, in storage of the same kind.
  let fusedComparisons: [UnsafeMutableBufferPointer<FusedComparison>]
  let fusedArithmetics: [UnsafeMutableBufferPointer<FusedArithmetic>]
  /// Whether heap blocks get owner names (`main::v`): only the screen shows them, so a run
  /// that records no step skips the naming (and the text it builds).
  package let namesOwners: Bool
  @exclusivity(unchecked) package var recorder: TraceRecorder
  @exclusivity(unchecked) package var allocator: Allocator

  @exclusivity(unchecked) package var frames: [FrameRecord] = []
  @exclusivity(unchecked) package var operands: [Value] = []
  /// `executeBuiltin`'s argument array, kept between calls for its capacity.
  @exclusivity(unchecked) var argumentScratch: [Value] = []
  @exclusivity(unchecked) package var temps: [TemporaryCell] = []
  @exclusivity(unchecked) package var iterators: [IteratorState] = []
  @exclusivity(unchecked) package var dropStack: [DropWork] = []
  /// The formatters of `Display` impls being run, innermost last.
  @exclusivity(unchecked) package var formatters: [FormatterState] = []
  /// Where each container `{:?}` walk being run began in `formatters` (`Interpreter+DebugContainers`).
  package var debugWalkBases: [Int] = []
  /// While a walked container is turned into text: its elements' texts, in order, and the
  /// names of the types they stand for.
  package var debugWalkTexts: ArraySlice<Formattable> = []
  package var debugWalkLeafNames: Set<String> = []
  @exclusivity(unchecked) package var nextFrameID = 0
  package var nextBlockID = 0
  @exclusivity(unchecked) package var currentLine: Int32 = -1
  @exclusivity(unchecked) package var currentColumn: Int32 = 0
  package var exitStatus: Int32?
  @exclusivity(unchecked) package var liveHeapBytes = 0
  /// Live blocks by start address, for finding the block an address points into, with each
  /// one's element or value type.
  @exclusivity(unchecked) package var blocks = BlockDirectory()
  /// The block `blockContaining` found last, while it is live and unchanged: dropping or
  /// reading a `Vec`'s elements asks for the same block once per element.
  @exclusivity(unchecked) package var lastContainingBlock: (start: UInt64, end: UInt64, id: Int)?
  /// `u8`'s type id, a `String` block's value type: looked up once (by the first `String`)
  /// rather than hashed for every one.
  package lazy var byteType = types.id(.u8)
  /// Each hash table block's keys by identity (`HashTableIndex`), so a lookup is not a walk
  /// over every entry.
  package var hashIndexes: [Int: HashTableIndex] = [:]
  /// Parts of a `Box`'s value moved out with `*b` (the block is freed without dropping them).
  package var blockExclusions: [Int: [Range<UInt64>]] = [:]
  package var temporaryRegionBase: UInt64 = 0x7fff_fa00_0000
  /// Elements moved or copied by library calls (`insert`, `clone`, `extend_from_slice`…):
  /// every `workPerStep` of them count as one step against the step budget, so a loop that
  /// moves a whole `Vec` on each iteration is stopped like one that takes as many steps.
  @exclusivity(unchecked) package var workDone = 0
  package static let workPerStep = 16
  @exclusivity(unchecked) var nextClockCheck = 0
  let started = ContinuousClock.now
  /// Time spent waiting for standard input (a person typing): the time budget leaves it out.
  package var waitedForInput: Duration = .zero
  /// Where `read_line` reads from: `options.standardInput`, or `run`'s real standard input.
  package var standardInput: StandardInput
  /// Every thread once a second one is spawned (empty for a single-threaded program), the
  /// running one's number, and the scheduler's flags (see `Interpreter+Threads`).
  package var threads: [ThreadContext] = []
  package var runningThread = 0
  @exclusivity(unchecked) package var multithreaded = false
  /// The running thread's time slice is over: it yields at its next statement.
  @exclusivity(unchecked) package var sliceEnded = false
  /// The running thread cannot go on (it yielded, blocked or finished): switch now.
  @exclusivity(unchecked) package var mustSwitch = false
  @exclusivity(unchecked) package var stepsInSlice = 0
  /// Statements in the running thread's slice, and who chooses them (`ThreadScheduler`).
  @exclusivity(unchecked) package var sliceLength = Interpreter.timeSlice
  package var scheduler: ThreadScheduler
  /// Whether std's "note: run with `RUST_BACKTRACE=1`" has been printed (only the first panic has it).
  package var panicNoteShown = false
  /// The last `[value; n]` built: the next one alike shares its storage (see `HostFootprint.Tally`).
  package var lastRepeatedArray: (element: Value, elements: [Value])?

  package init(
    functions: [CompiledFunction], types: RuntimeTypes, image: ProgramImage, options: EngineOptions,
    mainIndex: Int,
    staticValues: [UInt64: (value: Value, type: Int)], addressSpace: AddressSpace
  ) {
    self.functions = functions
    self.types = types
    self.image = image
    self.options = options
    self.mainIndex = mainIndex
    self.staticValues = staticValues
    self.recorder = TraceRecorder(image: image, recordsSteps: options.recordsSteps)
    self.allocator = Allocator(addressSpace: addressSpace)
    self.stackLimitAddress = addressSpace.stackLimitAddress(limit: options.stackLimit)
    self.threadStackTop = image.stackTop
    self.scheduler = ThreadScheduler(seed: options.scheduleSeed)
    self.standardInput = StandardInput(bytes: options.standardInput)
    self.frameSizes = functions.map { image.layouts[$0.layoutIndex].size }
    let fastCode = functions.map { function in
      FastCode(function.code) { items, announce in
        // As `endScope` finds it: no slot whose type needs dropping, no extended temporaries.
        !announce
          && items.allSatisfy { item in
            guard case .slot(let slot) = item, function.slotTypes.indices.contains(slot) else { return false }
            return !types[function.slotTypes[slot]].needsDrop
          }
      }
    }
    self.fastCode = fastCode
    self.fastInstructions = fastCode.map { Self.lifetimeStorage($0.instructions) }
    self.fusedComparisons = fastCode.map { fast in
      Self.lifetimeStorage(
        fast.comparisons.map { comparison in
          var record = comparison
          record.isWideUnsigned = types[comparison.type].isWideUnsigned
          return record
        })
    }
    self.fusedArithmetics = fastCode.map { fast in
      Self.lifetimeStorage(
        fast.arithmetics.map { arithmetic in
          var record = arithmetic
          record.integerBounds = types[arithmetic.type].integerBounds
          return record
        })
    }
    self.namesOwners = options.recordsSteps
    self.slotPlacements = functions.map { function in
      image.layouts[function.layoutIndex].slots.map { (offset: $0.offset, size: $0.size) }
    }
  }

  deinit {
    // Fast instructions and their records hold no references: the memory is given back
    // without deinitializing.
    for buffer in fastInstructions { buffer.deallocate() }
    for buffer in fusedComparisons { buffer.deallocate() }
    for buffer in fusedArithmetics { buffer.deallocate() }
  }

  /// A copy of `items` in storage the interpreter frees in `deinit`.
  private static func lifetimeStorage<Item>(_ items: [Item]) -> UnsafeMutableBufferPointer<Item> {
    let buffer = UnsafeMutableBufferPointer<Item>.allocate(capacity: items.count)
    _ = buffer.initialize(from: items)
    return buffer
  }

  // MARK: - Running

  package func run(mainLine: SourcePoint) -> Trace {
    recorder.beginStep(mainLine)
    currentLine = mainLine.line
    do {
      try pushFrame(function: mainIndex, arguments: [], callPoint: mainLine, callLine: nil)
      try loop()
    } catch Halt.finished(let status) {
      exitStatus = status
    } catch Halt.prefixRecorded {
      return recorder.finishPrefix()
    } catch let fault as MemoryFault where options.whatIf {
      // The run Rust prevents reached memory that is no longer the program's: the moment the
      // lesson is about. A real machine could return anything here, so the run ends.
      let message = WhatIfFault.message(
        line: currentLine, lost: describeLostMemory(fault.address), address: fault.address)
      recorder.record(.stopped(reason: message))
      recorder.noteStderr(message)
      recorder.record(.exited(status: Self.whatIfStopStatus))
      exitStatus = Self.whatIfStopStatus
    } catch {
      // A fault in memtutor itself: say so rather than pretend the program did it.
      let message = "memtutor: internal error while running line \(currentLine): \(error)\n"
      recorder.record(.stopped(reason: message))
      recorder.noteStderr(message)
      recorder.record(.exited(status: 70))
      exitStatus = 70
    }
    return recorder.finish(exitStatus: exitStatus ?? 0)
  }

  /// The status of a what-if run that reached freed or popped memory (memtutor stopped it, as
  /// it stops a runaway program).
  package static let whatIfStopStatus: Int32 = 3

  /// What an address that no longer belongs to the program was: a freed heap block or a
  /// popped stack frame.
  func describeLostMemory(_ address: UInt64) -> String {
    for block in recorder.state.heap where block.status == .freed {
      if address >= block.address, address < block.address + UInt64(max(block.size, 1)) {
        return "freed heap memory (the \(block.size) B block it pointed into was freed)"
      }
    }
    // The stack the address lies in: the running thread's, or another thread's (a spawned
    // thread reading a frame its spawner has popped).
    let state = recorder.state
    let stack = state.stackHolding(address, image: image)
    let stackPointer = stack.frames.last?.bottomAddress ?? stack.top
    let inAStack =
      (address >= stackLimitAddress && address < threadStackTop)
      || state.threads.contains { address < $0.stackTop && address >= $0.stackTop &- UInt64($0.stackSize) }
    if address < stackPointer, inAStack {
      return "a popped stack frame (below the stack pointer, no longer the program's)"
    }
    return "memory that is no longer the program's"
  }

  private func loop() throws {
    while true {
      if mustSwitch {
        try switchThread()
        continue
      }
      guard let top = frames.indices.last else { return }
      do {
        if frames[top].pendingDropBase != nil {
          try resumeDrops()
          continue
        }
        if frames[top].isUnwinding {
          try continueUnwinding()
          continue
        }
        try runFrame(top)
      } catch is UnwindSignal {
        continue
      }
    }
  }

  /// Runs the innermost frame's instructions until it calls, returns, starts dropping
  /// through a `Drop::drop` call, or unwinds. The commonest instructions run right here, from
  /// the function's `FastCode` (see `FastInstruction`); the rest run out of line
  /// (`runOutOfLine`), which keeps this loop small enough for its own accesses to stay inlined.
  private func runFrame(_ top: Int) throws {
    let depth = frames.count
    let function = frames[top].function
    let instructions = fastInstructions[function]
    let comparisons = fusedComparisons[function]
    let arithmetics = fusedArithmetics[function]
    var pc = frames[top].pc
    while true {
      switch instructions[pc] {
      case .mark(let point, let reentry):
        pc += 1
        guard try enterStep(point, reentry: reentry, resumingAt: pc, top) else { return }
      case .push(let constant):
        pc += 1
        operands.append(fastCode[function].constants[constant])
      case .pop:
        pc += 1
        operands.removeLast()
      case .load(let slot):
        pc += 1
        operands.append(recorder.state.frames[top].slots[slot].value)
      case .write(let slot):
        pc += 1
        writeWholeSlot(slot, frame: top, value: operands.removeLast())
      case .arithmetic(let point, let op, let type):
        pc += 1
        let right = operands.removeLast()
        let left = operands.removeLast()
        operands.append(try arithmetic(op, left, right, type: Int(type), at: point))
      case .compare(let op, let type):
        pc += 1
        let right = operands.removeLast()
        let left = operands.removeLast()
        operands.append(.boolean(try compare(op, left, right, type: type)))
      case .jump(let target):
        pc = target
      case .jumpIfFalse(let target):
        pc += 1
        if case .boolean(false) = operands.removeLast() { pc = target }
      case .jumpIfTrue(let target):
        pc += 1
        if case .boolean(true) = operands.removeLast() { pc = target }
      case .endStatement(let run) where temps.isEmpty:
        pc += run
      case .compareBranch(let index):
        let run = comparisons[index]
        if let mark = run.mark {
          guard try enterStep(mark.point, reentry: mark.reentry, resumingAt: mark.resume, top) else { return }
        }
        let holds = try compareOperands(run, top, function)
        if run.endsStatement && !temps.isEmpty {
          // The statement's end has work: it and the branch run on their own.
          operands.append(.boolean(holds))
          pc = run.start + 3
        } else {
          pc = holds ? run.next : run.target
        }
      case .compareOperands(let index):
        let run = comparisons[index]
        pc = run.start + 3
        operands.append(.boolean(try compareOperands(run, top, function)))
      case .arithmeticWrite(let index):
        let run = arithmetics[index]
        if let mark = run.mark {
          guard try enterStep(mark.point, reentry: mark.reentry, resumingAt: mark.resume, top) else { return }
        }
        if let number = integerArithmetic(run, top, function) {
          writeIntegerResult(number, namedAs: run.left, slot: run.slot, top, function)
        } else {
          try writeArithmetic(run, top, function)
        }
        // The statement's end is skipped only when it would do nothing.
        pc = temps.isEmpty ? run.next + run.ends : run.next
      case .arithmeticOperands(let index):
        let run = arithmetics[index]
        pc = run.next
        if let number = integerArithmetic(run, top, function) {
          operands.append(.integer(number, type: integerName(run.left, top, function)))
        } else {
          operands.append(try arithmeticOfOperands(run, top, function))
        }
      case .markThenJump(let point, let reentry, let target):
        pc += 1
        // As `mark`: the thread resumes at the jump.
        guard try enterStep(point, reentry: reentry, resumingAt: pc, top) else { return }
        pc = Int(target)
      case .addressOfSlot(let slot, let offset):
        pc += 1
        operands.append(.pointer(address: slotAddress(frame: top, slot: slot) + UInt64(offset), kind: .raw))
      case .call, .returnFromFunction, .endScope, .builtin, .endStatement, .general:
        guard try runOutOfLine(at: pc, top, function, depth: depth) else { return }
        pc = frames[top].pc
      }
    }
  }

  /// Starts a new step at `point` (a new line, or the same line entered again). Inlined: the
  /// dispatch loop begins one at almost every statement.
  @inline(__always) package func beginStep(_ point: SourcePoint) throws {
    recorder.beginStep(point, heapWeight: liveHeapBytes / 16)
    currentLine = point.line
    currentColumn = point.column
    if multithreaded {
      stepsInSlice += 1
      if stepsInSlice >= sliceLength { sliceEnded = true }
    }
    try checkBudgets()
  }

  package func record(_ event: Event) {
    recorder.record(event)
  }

  // MARK: - Operand stack

  @inline(__always) package func push(_ value: Value) {
    operands.append(value)
  }

  @inline(__always) package func pop() -> Value {
    operands.removeLast()
  }

  package func popAddress() -> UInt64 {
    address(of: pop())
  }

  package func address(of value: Value) -> UInt64 {
    switch value {
    case .pointer(let address, _): return address
    case .slicePointer(let address, _, _): return address
    case .traitObject(let address, _, _): return address
    case .buffer(let pointer, _, _, _): return pointer
    case .integer(let number, _): return UInt64(truncatingIfNeeded: number)
    default: return 0
    }
  }

  package var currentFrame: Int { frames.count - 1 }
}
