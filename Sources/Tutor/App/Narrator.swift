import Execution
import MemoryModel
import Screen

/// Narration generated from a step's events, with the real numbers: what was pushed or
/// popped and how big it is, what a slot now holds, what the allocator did and why.
/// Used for programs without a lesson (and lesson steps without words of their own).
struct Narrator {
  let image: ProgramImage
  let before: MachineState
  /// Frames pushed during this step (id → layout index), looked up before `before`.
  var pushed: [Int: Int] = [:]
  /// Blocks allocated during this step.
  var allocated: [Int: HeapBlock] = [:]
  /// Slot values written during this step.
  var written: [SlotRef: Value] = [:]
  /// Block contents as this step has left them so far.
  var contents: [Int: HeapBlock.Contents] = [:]
  /// Blocks this step frees, and those already told about with their owner going out of scope.
  var freedInStep: Set<Int> = []
  var toldFreed: Set<Int> = []
  /// Blocks this step writes into or moves (their owner's new length needs no sentence).
  var blocksWritten: Set<Int> = []
  var movedAddresses: Set<UInt64> = []
  /// The step ends the program abnormally: its stderr and exit are part of that story.
  var endsAbnormally = false
  /// Blocks in the order this step frees them, and how many of those frees have been told.
  var freeOrder: [Int] = []
  var freesSeen = 0
  /// The thread this step switched to, and the frames pushed on its stack since.
  var switchedTo: Int?
  var pushedSinceSwitch = 0

  private init(image: ProgramImage, before: MachineState) {
    self.image = image
    self.before = before
  }

  /// The narration for step `step` (0-based), whose events took `before` onwards.
  static func narrate(
    image: ProgramImage, step: Int, before: MachineState, events: some Collection<Event>,
    previousEvents: some Collection<Event> = [Event]()
  ) -> String {
    var narrator = Narrator(image: image, before: before)
    for event in events {
      switch event {
      case .heapFreed(let blockID):
        narrator.freedInStep.insert(blockID)
        narrator.freeOrder.append(blockID)
      case .heapWritten(let blockID, _), .heapElementsReplaced(let blockID, _, _),
        .heapBytesReplaced(let blockID, _, _), .heapValueWritten(let blockID, _),
        .heapCountsChanged(let blockID, _, _):
        narrator.blocksWritten.insert(blockID)
      case .heapReallocated(let blockID, _, _, let movedTo):
        narrator.blocksWritten.insert(blockID)
        if let movedTo {
          narrator.blocksWritten.insert(movedTo.id)
          narrator.movedAddresses.insert(movedTo.address)
        }
      case .stackOverflowed, .panicked, .stopped: narrator.endsAbnormally = true
      default: break
      }
    }
    var sentences: [String] = []
    for event in events {
      // A count that goes up and back down within the line (`upgrade()` then its drop)
      // would otherwise say the same thing twice.
      if let sentence = narrator.sentence(for: event), sentences.last != sentence {
        sentences.append(sentence)
      }
      narrator.record(event)
    }
    if sentences.isEmpty {
      if previousEvents.contains(where: { if case .framePopped = $0 { true } else { false } }),
        let caller = before.frames.last
      {
        // The value the callee handed back is what the caller now works with.
        let returned = previousEvents.reversed().lazy.compactMap { event -> Value? in
          if case .framePopped(_, let value?) = event, value != .unit { return value }
          return nil
        }.first
        if let returned {
          let text = narrator.valueText(returned, addressForm: .full)
          return
            "Back in `\(caller.function)`: the call on this line returned \(text), handed back to the caller."
        }
        return "Back in `\(caller.function)`: the call on this line has finished."
      }
      return step == 0 ? "The program is about to start." : "Nothing in memory changed on this line."
    }
    let limit = 6
    if sentences.count > limit {
      let rest = sentences.count - limit
      return (sentences.prefix(limit) + ["… and \(rest) more \(rest == 1 ? "change" : "changes")."])
        .joined(separator: " ")
    }
    return sentences.joined(separator: " ")
  }

  mutating func record(_ event: Event) {
    if let edit = HeapEdit.edited(by: event, from: currentContents) { contents[edit.blockID] = edit.contents }
    switch event {
    case .framePushed(let frameID, let layoutIndex, _, _):
      pushed[frameID] = layoutIndex
      pushedSinceSwitch += 1
    case .threadSwitched(let number):
      switchedTo = number
      pushedSinceSwitch = 0
    case .heapAllocated(let block):
      allocated[block.id] = block
      contents[block.id] = block.contents
    case .heapReallocated(let blockID, _, let newContents, let movedTo):
      if let movedTo {
        allocated[movedTo.id] = movedTo
        contents[movedTo.id] = movedTo.contents
      } else {
        contents[blockID] = newContents
      }
    case .slotWritten(let frameID, let slot, let value):
      written[SlotRef(frameID: frameID, slot: slot)] = value
    default: break
    }
  }

  // MARK: Look-ups

  func layout(ofFrame frameID: Int) -> FrameLayout? {
    // A scoped thread writes into a frame of the thread that spawned it, parked meanwhile.
    let index = pushed[frameID] ?? before.anyFrame(id: frameID).map(\.layoutIndex)
    guard let index, image.layouts.indices.contains(index) else { return nil }
    return image.layouts[index]
  }

  /// The slot holding a pointer to the block at `address`, by this step's writes or before.
  func ownerOfBlock(at address: UInt64) -> String? {
    for (ref, value) in written where value.pointerTargets.first == address {
      if let slot = slotLayout(ref), let layout = layout(ofFrame: ref.frameID) {
        return "\(layout.function)::\(slot.name)"
      }
    }
    return before.ownerName(ofBlockAt: address, image: image)
  }

  func currentContents(_ blockID: Int) -> HeapBlock.Contents? {
    contents[blockID] ?? block(blockID)?.contents
  }

  func slotLayout(_ ref: SlotRef) -> FrameLayout.Slot? {
    guard let layout = layout(ofFrame: ref.frameID), layout.slots.indices.contains(ref.slot) else {
      return nil
    }
    return layout.slots[ref.slot]
  }

  func block(_ id: Int) -> HeapBlock? {
    if let block = allocated[id] { return block }
    return before.blockIndex(id: id).map { before.heap[$0] }
  }

  func slotValue(_ ref: SlotRef) -> Value? {
    if let value = written[ref] { return value }
    guard let frame = before.anyFrame(id: ref.frameID), frame.slots.indices.contains(ref.slot) else {
      return nil
    }
    return frame.slots[ref.slot].value
  }

  func address(_ value: UInt64) -> String { Format.address(value, .full) }

  func allocatedHere(_ pointer: UInt64) -> Bool {
    allocated.values.contains { $0.address == pointer }
  }

  func wroteBlock(at pointer: UInt64) -> Bool {
    blocksWritten.contains { block($0)?.address == pointer }
  }

  /// The static item whose bytes equal `bytes`, if any (a literal copied to the heap).
  func literal(matching bytes: [UInt8]) -> StaticItem? {
    guard !bytes.isEmpty else { return nil }
    return image.statics.first { $0.bytes == bytes }
  }

  // MARK: Sentences

  mutating func sentence(for event: Event) -> String? {
    switch event {
    case .framePushed(let frameID, let layoutIndex, let top, let callLine):
      return framePushed(id: frameID, layoutIndex: layoutIndex, top: top, callLine: callLine)
    case .framePopped(let frameID, let returned):
      return framePopped(id: frameID, returned: returned)
    case .slotWritten(let frameID, let slot, let value):
      return slotWritten(SlotRef(frameID: frameID, slot: slot), value: value)
    case .slotMovedOut(let frameID, let slot):
      return slotMovedOut(SlotRef(frameID: frameID, slot: slot))
    case .slotDied(let frameID, let slot):
      return slotDied(SlotRef(frameID: frameID, slot: slot))
    case .dropRan(let typeName, let label):
      return "`Drop::drop` ran for \(label) (`\(typeName)`)."
    case .inputRead(let text):
      return text.isEmpty
        ? "Standard input has ended: the read found no more bytes (`read_line` returns `Ok(0)`)."
        : "Read \(Format.bytes(text.utf8.count)) from standard input: \(TraceText.quoted(text).inert)."
    case .heapAllocated(let block):
      return allocation(block)
    case .heapWritten, .heapElementsReplaced, .heapBytesReplaced, .heapValueWritten, .heapCountsChanged:
      guard let edit = HeapEdit.edited(by: event, from: currentContents),
        let old = currentContents(edit.blockID)
      else { return nil }
      return heapWritten(blockID: edit.blockID, from: old, to: edit.contents)
    case .stopped(let reason):
      return "memtutor stopped the program: \(Self.stopReason(reason).inert)."
    case .heapReallocated(let blockID, let newSize, let newContents, let movedTo):
      return reallocation(blockID: blockID, newSize: newSize, newContents: newContents, movedTo: movedTo)
    case .heapFreed(let blockID):
      freesSeen += 1
      guard !toldFreed.contains(blockID) else { return nil }
      guard let block = block(blockID) else { return "A heap block was freed." }
      let owner = block.owner.map { " (`\($0)`)" } ?? ""
      return "Freed the \(Format.bytes(block.size)) heap block at \(address(block.address))\(owner)."
    case .heapOwnerChanged:
      // Ownership is named where the block is allocated, moved or freed.
      return nil
    case .heapLeaked(let blockID):
      guard let block = block(blockID) else { return "A heap block leaked." }
      return
        "The \(Format.bytes(block.size)) block at \(address(block.address)) was never freed: it leaked, with no owner left to drop it."
    case .printed(let stream, let text):
      if endsAbnormally, stream == .stderr { return nil }
      return printed(stream, text)
    case .panicked(let message, let line, _):
      return
        "The program panicked at line \(line): \"\(message.inert)\". Rust unwinds the stack, dropping each frame's values, and exits with status 101."
    case .stackOverflowed(let frameSize, let depth):
      return overflow(frameSize: frameSize, depth: depth)
    case .exited(let status):
      if endsAbnormally || before.status != .running { return nil }
      return "The program exited with status \(status)."
    case .threadSpawned(let thread):
      guard thread.number > 0 else { return nil }
      return
        "A new thread (\(thread.number)) gets a stack of its own, \(Format.bytes(thread.stackSize)) below \(address(thread.stackTop)) (model); it shares the heap with main."
    case .threadSwitched(let number):
      return number == 0
        ? "The scheduler switches back to the main thread." : "The scheduler switches to thread \(number)."
    case .threadStateChanged(let number, let state):
      switch state {
      case .joining(let other): return "Thread \(number) waits for thread \(other) to finish (`join`)."
      case .finished(let panicked):
        return panicked
          ? "Thread \(number) panicked: its stack is gone." : "Thread \(number) finished: its stack is gone."
      case .locking(let lock):
        return "Thread \(number) waits for the mutex at \(address(lock)): another thread holds it."
      case .receiving(let channel):
        return
          "Thread \(number) waits in `recv`: the channel at \(address(channel)) is empty and a sender is still alive."
      case .ready, .running: return nil
      }
    }
  }

  func framePushed(id: Int, layoutIndex: Int, top: UInt64, callLine: Int?) -> String {
    guard image.layouts.indices.contains(layoutIndex) else { return "A frame was pushed." }
    let layout = image.layouts[layoutIndex]
    let size = Format.bytes(layout.size)
    // After a switch, the frames are those of the thread switched to, on its own stack.
    let frames = switchedTo.map { before.frames(ofThread: $0) } ?? before.frames
    let pushedBefore = switchedTo == nil ? pushed.count : pushedSinceSwitch
    if let thread = switchedTo, frames.isEmpty, pushedBefore == 0 {
      return
        "Thread \(thread) starts: `\(layout.function)` gets a \(size) frame (model) at the top of thread \(thread)'s own stack, \(address(top)), not below main's frames."
    }
    if before.frames.isEmpty && pushed.isEmpty {
      let slots = layout.slots.isEmpty ? "" : " Its slots hold nothing until their `let` runs."
      return
        "The program starts: `\(layout.function)` gets a \(size) frame (model) at the top of the stack, \(address(top)).\(slots)"
    }
    let caller = (frames.last?.function ?? "the caller")
    let depth = frames.count + pushedBefore + 1
    let depthNote = depth > 2 ? " The stack is \(Format.grouped(depth)) frames deep." : ""
    return "Called `\(layout.function)`: a \(size) frame (model) is pushed below `\(caller)`'s.\(depthNote)"
  }

  func framePopped(id: Int, returned: Value?) -> String {
    let layout = layout(ofFrame: id)
    let name = layout?.function ?? "the function"
    let size = layout.map { " " + Format.bytes($0.size) } ?? ""
    var text = "`\(name)` returned: its\(size) frame is popped (the stack pointer moves back up)."
    if let returned, returned != .unit {
      text += " It returned \(valueText(returned, addressForm: .full))."
    }
    return text
  }

  mutating func slotDied(_ ref: SlotRef) -> String? {
    guard let layout = slotLayout(ref) else { return nil }
    let name = layout.isCompilerTemporary ? "A temporary" : "`\(layout.name)`"
    if let target = slotValue(ref)?.pointerTargets.first, let freed = freedBlock(at: target) {
      // Its own block is told here only when it is the next one freed: what it owns (a Vec's
      // Strings, a Box's String) goes first, and the sentences keep the order of the frees.
      guard freeOrder.indices.contains(freesSeen), freeOrder[freesSeen] == freed.id else {
        return
          "\(name) went out of scope: it is dropped, and what it owns is freed before its own \(Format.bytes(freed.size)) heap block."
      }
      toldFreed.insert(freed.id)
      return
        "\(name) went out of scope: it is dropped and its \(Format.bytes(freed.size)) heap block at \(address(freed.address)) freed."
    }
    return layout.isCompilerTemporary ? nil : "\(name) went out of scope."
  }

  /// The block at `address` that this step frees, if any.
  func freedBlock(at address: UInt64) -> HeapBlock? {
    for id in freedInStep {
      if let block = block(id), block.address == address { return block }
    }
    return nil
  }

  func slotWritten(_ ref: SlotRef, value: Value) -> String? {
    guard let slot = slotLayout(ref), !slot.isCompilerTemporary else { return nil }
    let name = "`\(slot.name)`"
    let previous = slotValue(ref)
    switch value {
    case .buffer(let pointer, let length, let capacity, let kind):
      if case .buffer(let oldPointer, _, let oldCapacity, _)? = previous, oldCapacity > 0 || capacity > 0 {
        // An update of a String/Vec already described: the heap event told the story.
        if movedAddresses.contains(pointer) || (oldPointer == pointer && wroteBlock(at: pointer)) {
          return nil
        }
        if oldPointer == pointer, oldCapacity == capacity {
          return "\(name) now has length \(length) of capacity \(capacity)."
        }
        if oldCapacity == 0, allocatedHere(pointer) {
          return "\(name) now has a heap buffer: ptr, len \(length), cap \(capacity)."
        }
      }
      let what = kind == .string ? "a String" : "a `\(slot.typeName)`"
      var text = "\(name) holds \(what): ptr, len \(length), cap \(capacity) (\(slot.size) B on the stack)"
      if capacity == 0 {
        text += "; nothing is allocated yet (the pointer is a dangling \(Format.address(pointer, .full)))."
      } else if allocatedHere(pointer) {
        text += "."
      } else {
        text += "; its \(kind == .string ? "text is" : "elements are") on the heap at \(address(pointer))."
      }
      return text
    case .slicePointer(let pointer, let length, _):
      let place =
        image.statics.contains {
          pointer >= $0.address && pointer < $0.address + UInt64(max($0.bytes.count, 1))
        }
        ? "in the binary's read-only data" : "at"
      return
        "\(name) is a `\(slot.typeName)`: a pointer and a length (\(length)), \(slot.size) bytes on the stack, pointing \(place) \(address(pointer))."
    case .pointer(let target, let kind):
      switch kind {
      case .box:
        if target != 0, target < 0x1000 {
          // `Box::new` of a zero-sized value allocates nothing: std keeps a dangling, aligned pointer.
          return
            "\(name) holds a `\(slot.typeName)`: an \(slot.size)-byte pointer, \(address(target)), that points at no heap block: its value has no bytes, so `Box::new` allocated nothing."
        }
        return
          "\(name) holds a `\(slot.typeName)`: an \(slot.size)-byte pointer to its value on the heap at \(address(target))."
      case .rc:
        return "\(name) holds an `\(slot.typeName)`: a pointer to the shared block at \(address(target))."
      case .sharedReference, .mutableReference:
        return "\(name) is a reference: the \(slot.size)-byte address \(address(target))."
      case .raw:
        return "\(name) holds the address \(address(target))."
      case .function:
        return
          "\(name) holds a `\(slot.typeName)`: a function pointer, the \(slot.size)-byte address \(address(target)) of the function's code in the binary's .text (memtutor's model of where code lies)."
      case .weak:
        if target == UInt64.max { return "\(name) is an empty `Weak`: it points at no block." }
        return
          "\(name) holds a `\(slot.typeName)`: a pointer to the shared block at \(address(target)) that keeps the block, not the value, alive."
      }
    case .uninitialized:
      return nil
    default:
      if let sentence = cellSentence(name: name, slot: slot, value: value, previous: previous) {
        return sentence
      }
      let text = valueText(value, addressForm: .full)
      return "\(name) = \(text) (`\(slot.typeName)`, \(Format.bytes(slot.size)) on the stack)."
    }
  }

  func slotMovedOut(_ ref: SlotRef) -> String? {
    guard let slot = slotLayout(ref), !slot.isCompilerTemporary else { return nil }
    let name = "`\(slot.name)`"
    if case .buffer? = slotValue(ref) {
      return
        "\(name) was moved: its \(slot.size) bytes (pointer, length, capacity) were copied to the new owner and the heap data stayed where it was. \(name) can no longer be used and will not be dropped here."
    }
    return "\(name) was moved out; it can no longer be used and will not be dropped here."
  }

  func printed(_ stream: Event.Stream, _ text: String) -> String {
    var shown = text
    if shown.hasSuffix("\n") { shown.removeLast() }
    shown = shown.inert
    if shown.count > 60 { shown = String(shown.prefix(57)) + "…" }
    if stream == .stderr {
      return "Wrote \"\(shown)\" to stderr."
    }
    return "Printed \"\(shown)\"."
  }

  func overflow(frameSize: Int, depth: Int) -> String {
    let function = before.frames.last?.function ?? "the function"
    let limit = Format.bytes(image.stackLimit)
    return
      "Stack overflow: `\(function)` needed another \(Format.bytes(frameSize)) frame, but \(Format.grouped(depth)) frames already fill the \(limit) stack. The next one would hit the guard page, so Rust reports that the thread overflowed its stack and aborts (exit status 134)."
  }
}
