import MemoryModel

/// Everything the screen shows at one step: the fold of all events so far.
package struct MachineState: Sendable, Equatable {
  package enum Status: Sendable, Equatable {
    case running
    case exited(Int32)
    case panicked(message: String, line: Int, column: Int)
    case overflowed
    /// memtutor stopped the run (a budget ran out).
    case stopped(reason: String)
  }

  /// Freed blocks kept for the screen (they fade out); older ones are pruned so a program
  /// that allocates in a loop does not make every checkpoint grow.
  package static let keptFreedBlocks = 64

  /// The running thread's frames: main first; the innermost call last.
  package var frames: [FrameState] = []
  /// Every thread, once the program has spawned one (empty before); `runningThread` is the
  /// number of the one whose frames `frames` holds.
  package var threads: [ThreadState] = []
  package var runningThread = 0
  /// Every live or leaked block and the most recently freed ones (`showsFreedBlock`), in
  /// allocation order (ascending ids); older freed blocks, emptied of their contents, stay
  /// until the next batch removal.
  package private(set) var heap: [HeapBlock] = []
  /// `heap`'s ids in the same order (kept in step wherever `heap` gains or loses a block):
  /// the binary search for a block reads these words instead of whole blocks.
  private var heapIDs: [Int] = []
  /// How many of the newest freed blocks keep their contents: `keptFreedBlocks` for the
  /// screen, none for a run that shows no step.
  package var keptFreedBlockLimit = MachineState.keptFreedBlocks
  package var output: OutputLog = OutputLog()
  /// Ids of the newest freed blocks (at most `keptFreedBlockLimit`), oldest first.
  private var freedBlockIDs: [Int] = []
  /// The same ids, for `recentlyFreedBlocks` (in its own file).
  var recentlyFreedBlockIDs: [Int] { freedBlockIDs }
  /// Freed blocks older than those in `freedBlockIDs` that are still in `heap`. Removing each
  /// at once moved the rest of `heap` every time (quadratic when a big `Vec` drops); they go
  /// in one pass once they outnumber a quarter of the other blocks, so freeing is amortized O(1).
  private var staleFreedCount = 0
  /// Blocks moved or kept by those passes (for the tests that pin the cost as linear).
  package private(set) var heapCompactionMoves = 0
  package var status: Status = .running
  /// Live blocks, their bytes and leaked blocks, kept as events apply: a summary per step
  /// must not walk the whole heap.
  package private(set) var liveBlockCount = 0
  package private(set) var liveBlockBytes = 0
  package private(set) var leakedBlockCount = 0
  /// Frames popped so far (for "how deep did it go" counters).
  package var deepestFrameCount: Int = 0
  /// The most recently popped frames (at most `keptPoppedFrames`, outermost first), as they
  /// were when popped: memory below the stack pointer that a dangling reference may still
  /// point into. A frame pushed over one of them removes it (its bytes are reused).
  package private(set) var poppedFrames: [FrameState] = []
  /// The size of the frame that did not fit, once the stack has overflowed.
  package private(set) var overflowingFrameSize: Int?

  package static let keptPoppedFrames = 4
  /// How many popped frames `poppedFrames` keeps: `keptPoppedFrames` for the screen, none for
  /// a run that shows no step (whose popped frames' slot storage is reused instead).
  package var keptPoppedFrameLimit = MachineState.keptPoppedFrames
  /// Not keeping popped frames: their slot arrays by layout index, for the next frame of the
  /// same layout (a recursion pushes and pops the same few layouts millions of times).
  var spareSlots: [[[FrameState.Slot]]] = []
  /// The id of the newest block allocated so far (-1 before the first).
  package private(set) var newestBlockID = -1

  /// Drops the record of recently popped frames (a thread's band that is not the running
  /// thread's has none of its own).
  package mutating func forgetPoppedFrames() {
    poppedFrames = []
  }

  package static func == (lhs: MachineState, rhs: MachineState) -> Bool {
    lhs.frames == rhs.frames && lhs.threads == rhs.threads && lhs.runningThread == rhs.runningThread
      && lhs.heap == rhs.heap && lhs.status == rhs.status
      && lhs.poppedFrames == rhs.poppedFrames && lhs.overflowingFrameSize == rhs.overflowingFrameSize
      && lhs.output.count == rhs.output.count
      && zip(lhs.output, rhs.output).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
  }

  /// Bytes of stack in use: from the top of main's frame to the bottom of the innermost.
  package func stackUsed(in image: ProgramImage) -> Int {
    guard let last = frames.last else { return 0 }
    return Int(runningStack(in: image).top &- last.bottomAddress)
  }

  package func frameIndex(id: Int) -> Int? {
    // Frames are almost always addressed from the innermost end; ids ascend from main.
    // By index: `frames.last` would copy the whole frame (and retain its slots and name).
    guard !frames.isEmpty else { return nil }
    if frames[frames.count - 1].id == id { return frames.count - 1 }
    var low = 0
    var high = frames.count - 1
    while low <= high {
      let mid = (low + high) / 2
      if frames[mid].id == id { return mid }
      if frames[mid].id < id { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }

  package func blockIndex(id: Int) -> Int? {
    var low = 0
    var high = heapIDs.count - 1
    // Most events touch the newest block.
    if high >= 0, heapIDs[high] == id { return high }
    // Ids are handed out in order, so where none were removed between, the distance from
    // either end is exact (a `Vec` of boxes dropped in order hits the first guess).
    if high >= 0 {
      let fromStart = id - heapIDs[0]
      if fromStart >= 0, fromStart <= high, heapIDs[fromStart] == id { return fromStart }
      let fromEnd = high - (heapIDs[high] - id)
      if fromEnd >= 0, fromEnd <= high, heapIDs[fromEnd] == id { return fromEnd }
    }
    while low <= high {
      let mid = (low + high) / 2
      if heapIDs[mid] == id { return mid }
      if heapIDs[mid] < id { low = mid + 1 } else { high = mid - 1 }
    }
    return nil
  }

  /// The most freed blocks `heap` holds with `live` live or leaked blocks: the newest
  /// `keptFreedBlocks` and the older ones not yet removed.
  package static func maximumFreedBlocks(live: Int) -> Int {
    keptFreedBlocks + staleFreedLimit(live: live)
  }

  /// As many stale blocks as live ones: each compaction then moves at most twice as many
  /// blocks as it removes, even while a big collection's elements are freed one by one.
  private static func staleFreedLimit(live: Int) -> Int { max(keptFreedBlocks, live) }

  /// Whether a freed block in `heap` is one of the newest, kept whole for the screen.
  package func showsFreedBlock(id: Int) -> Bool {
    freedBlockIDs.contains(id)
  }

  /// `id` was just freed; `heapIndex` is its index in `heap`.
  private mutating func noteFreed(_ id: Int, heapIndex: Int) {
    freedBlockIDs.append(id)
    guard freedBlockIDs.count > keptFreedBlockLimit else { return }
    let oldest = freedBlockIDs.removeFirst()
    // Never shown again: its values need not wait for the batch removal.
    if let index = oldest == id ? heapIndex : blockIndex(id: oldest) {
      heap[index].contents = .bytes(capacity: 0, bytes: [])
    }
    staleFreedCount += 1
    let live = heap.count - freedBlockIDs.count - staleFreedCount
    guard staleFreedCount > Self.staleFreedLimit(live: live) else { return }
    let keptIDs = Set(freedBlockIDs)
    heapCompactionMoves += heap.count
    // Blocks are moved down in place and read field by field: `removeAll(where:)`, a key
    // path's `map` and the array's `swapAt` copied whole blocks (retaining their contents).
    var kept = 0
    heap.withUnsafeMutableBufferPointer { blocks in
      for index in blocks.indices {
        if case .freed = blocks[index].status, !keptIDs.contains(blocks[index].id) { continue }
        if kept != index { blocks.swapAt(kept, index) }
        kept += 1
      }
    }
    heap.removeSubrange(kept...)
    heapIDs.removeAll(keepingCapacity: true)
    for index in heap.indices { heapIDs.append(heap[index].id) }
    staleFreedCount = 0
  }

  private mutating func tally(_ block: HeapBlock, _ sign: Int) {
    tally(status: block.status, size: block.size, sign)
  }

  /// `tally` of the block at `index` in `heap`, read in place (passing the block would copy it).
  private mutating func tally(heapIndex index: Int, _ sign: Int) {
    tally(status: heap[index].status, size: heap[index].size, sign)
  }

  private mutating func tally(status: HeapBlock.Status, size: Int, _ sign: Int) {
    switch status {
    case .live:
      liveBlockCount += sign
      liveBlockBytes += sign * size
    case .leaked: leakedBlockCount += sign
    case .freed: break
    }
  }

  private mutating func appendBlock(_ block: consuming HeapBlock) {
    tally(block, 1)
    heapIDs.append(block.id)
    heap.append(block)
  }

  /// Applies a change to a block's contents without copying its element array.
  private mutating func modifyContents(blockID: Int, _ body: (inout HeapBlock.Contents) -> Void) {
    guard let index = blockIndex(id: blockID) else { return }
    var contents = heap[index].contents
    heap[index].contents = .bytes(capacity: 0, bytes: [])
    body(&contents)
    heap[index].contents = contents
  }

  /// What `apply(.heapAllocated(block))` does, for a run that builds no event.
  package mutating func addBlock(_ block: consuming HeapBlock) {
    appendBlock(block)
  }

  /// What `apply(.heapElementsReplaced(blockID, index..<index, [value]))` does (a push or an
  /// insert), for a run that builds no event or one-element array.
  package mutating func insertElement(_ value: consuming Value, at index: Int, blockID: Int) {
    // As `modifyContents`, written out: a closure would copy the value it captures.
    guard let position = blockIndex(id: blockID),
      case .elements(let type, let size, let capacity, var current) = heap[position].contents
    else { return }
    heap[position].contents = .bytes(capacity: 0, bytes: [])
    if index >= current.endIndex {
      current.append(value)
    } else {
      current.insert(value, at: max(index, current.startIndex))
    }
    heap[position].contents = .elements(
      elementType: type, elementSize: size, capacity: capacity, elements: current)
  }

  /// What `apply(.framePushed(…))` does (also for a run that builds no event).
  package mutating func pushFrame(
    id frameID: Int, layoutIndex: Int, topAddress: UInt64, callLine: Int?, image: ProgramImage
  ) {
    // Field by field: a copy of the whole layout would retain each of its arrays.
    let size = image.layouts[layoutIndex].size
    if !poppedFrames.isEmpty {
      let bottom = topAddress &- UInt64(size)
      let overlaps = { (frame: FrameState) in frame.bottomAddress < topAddress && frame.topAddress > bottom }
      // Looked for first: `removeAll` rebuilds the array even when nothing goes.
      if poppedFrames.contains(where: overlaps) { poppedFrames.removeAll(where: overlaps) }
    }
    frames.append(
      FrameState(
        id: frameID, layoutIndex: layoutIndex, function: image.layouts[layoutIndex].function,
        topAddress: topAddress, size: size,
        slots: freshSlots(layoutIndex: layoutIndex, count: image.layouts[layoutIndex].slots.count),
        callLine: callLine))
    deepestFrameCount = max(deepestFrameCount, frames.count)
  }

  /// What `apply(.framePopped(…))` does (also for a run that builds no event): the frame is
  /// kept as a popped frame, or its slot storage for the next frame of its layout.
  package mutating func popFrame(id frameID: Int) {
    guard let index = frameIndex(id: frameID) else { return }
    let popped = index == frames.count - 1 ? frames.removeLast() : frames.remove(at: index)
    guard keptPoppedFrameLimit > 0 else {
      keepSpareSlots(of: popped)
      return
    }
    poppedFrames.append(popped)
    if poppedFrames.count > keptPoppedFrameLimit { poppedFrames.removeFirst() }
  }

  /// What `apply(.heapFreed(blockID))` does, for a run that builds no event.
  package mutating func markFreed(blockID: Int) {
    guard let index = blockIndex(id: blockID) else { return }
    markFreed(heapIndex: index)
  }

  /// `markFreed` of the block at `index` in `heap` (found already: no second search).
  package mutating func markFreed(heapIndex index: Int) {
    tally(heapIndex: index, -1)
    heap[index].status = .freed
    noteFreed(heap[index].id, heapIndex: index)
  }

  /// The live block whose bytes contain `address`, if any.
  package func block(containing address: UInt64) -> HeapBlock? {
    heap.last { block in
      block.status != .freed && address >= block.address
        && address < block.address + UInt64(max(block.size, 1))
    }
  }

  package mutating func apply(_ event: Event, image: ProgramImage) {
    switch event {
    case .framePushed(let frameID, let layoutIndex, let topAddress, let callLine):
      pushFrame(
        id: frameID, layoutIndex: layoutIndex, topAddress: topAddress, callLine: callLine, image: image)
    case .framePopped(let frameID, _):
      popFrame(id: frameID)
    case .slotWritten(let frameID, let slot, let value):
      let written = FrameState.Slot(value: value, status: .live, heapEpoch: newestBlockID)
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot] = written
      } else {
        writeParkedSlot(frameID: frameID, slot: slot, to: written)
      }
    case .slotMovedOut(let frameID, let slot):
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot].status = .movedOut
      }
    case .slotDied(let frameID, let slot):
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot].status = .dead
      }
    case .dropRan, .inputRead:
      break
    case .heapAllocated(let block):
      newestBlockID = max(newestBlockID, block.id)
      appendBlock(block)
    case .heapWritten(let blockID, let contents):
      if let index = blockIndex(id: blockID) { heap[index].contents = contents }
    case .heapReallocated(let blockID, let newSize, let newContents, let movedTo):
      guard let index = blockIndex(id: blockID) else { break }
      tally(heapIndex: index, -1)
      if let moved = movedTo {
        newestBlockID = max(newestBlockID, moved.id)
        heap[index].status = .freed
        appendBlock(moved)
        noteFreed(blockID, heapIndex: index)
      } else {
        heap[index].size = newSize
        heap[index].contents = newContents
        tally(heapIndex: index, 1)
      }
    case .heapOwnerChanged(let blockID, let owner):
      if let index = blockIndex(id: blockID) { heap[index].owner = owner }
    case .heapFreed(let blockID):
      markFreed(blockID: blockID)
    case .heapElementsReplaced(let blockID, let range, let elements):
      modifyContents(blockID: blockID) { contents in
        if case .elements(let type, let size, let capacity, var current) = contents {
          contents = .bytes(capacity: 0, bytes: [])
          let clamped = range.clamped(to: current.startIndex..<current.endIndex)
          if current.isEmpty {
            // Filling an empty buffer (`vec![…]`, a clone): share the event's array, not a copy.
            current = elements
          } else {
            current.replaceSubrange(clamped, with: elements)
          }
          contents = .elements(elementType: type, elementSize: size, capacity: capacity, elements: current)
        }
      }
    case .heapBytesReplaced(let blockID, let range, let bytes):
      modifyContents(blockID: blockID) { contents in
        if case .bytes(let capacity, var current) = contents {
          contents = .bytes(capacity: 0, bytes: [])
          let clamped = range.clamped(to: current.startIndex..<current.endIndex)
          current.replaceSubrange(clamped, with: bytes)
          contents = .bytes(capacity: capacity, bytes: current)
        }
      }
    case .heapValueWritten(let blockID, let value):
      modifyContents(blockID: blockID) { contents in
        switch contents {
        case .boxed(let type, _): contents = .boxed(typeName: type, value: value)
        case .counted(let type, let strong, let weak, _):
          contents = .counted(typeName: type, strong: strong, weak: weak, value: value)
        default: break
        }
      }
    case .heapCountsChanged(let blockID, let strong, let weak):
      modifyContents(blockID: blockID) { contents in
        if case .counted(let type, _, _, let value) = contents {
          contents = .counted(typeName: type, strong: strong, weak: weak, value: value)
        }
      }
    case .stopped(let reason):
      status = .stopped(reason: reason)
    case .heapLeaked(let blockID):
      if let index = blockIndex(id: blockID) {
        tally(heapIndex: index, -1)
        heap[index].status = .leaked
        tally(heapIndex: index, 1)
      }
    case .printed(let stream, let text):
      output.append((stream, text))
    case .panicked(let message, let line, let column):
      status = .panicked(message: message, line: line, column: column)
    case .stackOverflowed(let frameSize, _):
      status = .overflowed
      overflowingFrameSize = frameSize
    case .exited(let code):
      if status == .running { status = .exited(code) }
    case .threadSpawned, .threadSwitched, .threadStateChanged:
      applyThreadEvent(event)
    }
  }

  package init(
    frames: [FrameState] = [], heap: [HeapBlock] = [], output: OutputLog = OutputLog(),
    status: Status = .running, deepestFrameCount: Int = 0
  ) {
    self.frames = frames
    self.heap = heap
    self.heapIDs = heap.map(\.id)
    for block in heap { tally(block, 1) }
    self.output = output
    self.status = status
    self.deepestFrameCount = deepestFrameCount
  }
}
