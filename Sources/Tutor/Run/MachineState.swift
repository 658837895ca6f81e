/// Everything the screen shows at one step: the fold of all events so far.
struct MachineState: Sendable, Equatable {
  enum Status: Sendable, Equatable {
    case running
    case exited(Int32)
    case panicked(message: String, line: Int, column: Int)
    case overflowed
  }

  /// Main first; the innermost call last.
  var frames: [FrameState] = []
  /// Every block ever allocated, in allocation order, with its status.
  var heap: [HeapBlock] = []
  var output: [(Event.Stream, String)] = []
  var status: Status = .running
  /// Frames popped so far (for "how deep did it go" counters).
  var deepestFrameCount = 0

  static func == (lhs: MachineState, rhs: MachineState) -> Bool {
    lhs.frames == rhs.frames && lhs.heap == rhs.heap && lhs.status == rhs.status
      && lhs.output.map(\.0) == rhs.output.map(\.0) && lhs.output.map(\.1) == rhs.output.map(\.1)
  }

  /// Bytes of stack in use: from the top of main's frame to the bottom of the innermost.
  func stackUsed(in image: ProgramImage) -> Int {
    guard let last = frames.last else { return 0 }
    return Int(image.stackTop - last.bottomAddress)
  }

  func frameIndex(id: Int) -> Int? {
    // Frames are almost always addressed from the innermost end.
    frames.lastIndex { $0.id == id }
  }

  func blockIndex(id: Int) -> Int? {
    heap.lastIndex { $0.id == id }
  }

  /// The live block whose bytes contain `address`, if any.
  func block(containing address: UInt64) -> HeapBlock? {
    heap.last { block in
      block.status != .freed && address >= block.address
        && address < block.address + UInt64(max(block.size, 1))
    }
  }

  mutating func apply(_ event: Event, image: ProgramImage) {
    switch event {
    case .framePushed(let frameID, let layoutIndex, let topAddress, let callLine):
      let layout = image.layouts[layoutIndex]
      frames.append(
        FrameState(
          id: frameID, layoutIndex: layoutIndex, function: layout.function, topAddress: topAddress,
          size: layout.size,
          slots: Array(
            repeating: FrameState.Slot(value: .uninitialized, status: .uninitialized),
            count: layout.slots.count),
          callLine: callLine))
      deepestFrameCount = max(deepestFrameCount, frames.count)
    case .framePopped(let frameID, _):
      if let index = frameIndex(id: frameID) { frames.remove(at: index) }
    case .slotWritten(let frameID, let slot, let value):
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot] = FrameState.Slot(value: value, status: .live)
      }
    case .slotMovedOut(let frameID, let slot):
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot].status = .movedOut
      }
    case .slotDied(let frameID, let slot):
      if let index = frameIndex(id: frameID), frames[index].slots.indices.contains(slot) {
        frames[index].slots[slot].status = .dead
      }
    case .dropRan:
      break
    case .heapAllocated(let block):
      heap.append(block)
    case .heapWritten(let blockID, let contents):
      if let index = blockIndex(id: blockID) { heap[index].contents = contents }
    case .heapReallocated(let blockID, let newSize, let newContents, let movedTo):
      guard let index = blockIndex(id: blockID) else { break }
      if let moved = movedTo {
        heap[index].status = .freed
        heap.append(moved)
      } else {
        heap[index].size = newSize
        heap[index].contents = newContents
      }
    case .heapFreed(let blockID):
      if let index = blockIndex(id: blockID) { heap[index].status = .freed }
    case .heapLeaked(let blockID):
      if let index = blockIndex(id: blockID) { heap[index].status = .leaked }
    case .printed(let stream, let text):
      output.append((stream, text))
    case .panicked(let message, let line, let column):
      status = .panicked(message: message, line: line, column: column)
    case .stackOverflowed:
      status = .overflowed
    case .exited(let code):
      if status == .running { status = .exited(code) }
    }
  }
}
