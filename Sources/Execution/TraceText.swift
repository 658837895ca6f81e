import MemoryModel

/// The memory story of a trace in plain words: one block per step with its source line,
/// what the step did, and a short stack and heap summary (`memtutor trace`).
package struct TraceText {
  package let trace: Trace
  /// The source lines as a step shows them (trimmed), computed once rather than per step.
  private let lines: [String]
  /// `trace.image`, held here so a step reads its layouts without going through the trace.
  let image: ProgramImage

  package init(trace: Trace) {
    self.trace = trace
    self.image = trace.image
    self.lines = trace.image.source.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0).trimmingSpaces()
    }
  }

  package func rendered() -> String { rendered(budget: .max).text }

  /// The text, stopping before the first step that starts past `budget` bytes; `isComplete`
  /// says whether every step made it in.
  package func rendered(budget: Int) -> (text: String, isComplete: Bool) {
    var out = TraceBytes()
    out.append(header(stepCount: trace.stepCount, exitStatus: trace.outcome.exitStatus))
    var state = MachineState()
    var summaries = SummaryCache()
    for index in 0..<trace.stepCount {
      if out.count > budget { return (out.text, false) }
      let step = trace.steps[index]
      appendStep(
        index: index, line: step.line, column: step.column, events: trace.events(of: index), state: &state,
        summaries: &summaries, to: &out)
    }
    return (out.text, true)
  }

  /// The lines before the first step: the file, its step count and exit status, the statics.
  package func header(stepCount: Int, exitStatus: Int32) -> String {
    var out = ""
    let image = trace.image
    out +=
      "memtutor trace of \(image.path): \(stepCount) step\(stepCount == 1 ? "" : "s"), exit status \(exitStatus)\n"
    out += "(stack frames and addresses are memtutor's model; sizes, capacities and output are real Rust's)\n"
    for item in image.statics {
      out +=
        "static \(Self.quoted(item.label)): \(item.bytes.count) B at \(Self.hex(item.address)) (\(item.section.rawValue), line \(item.line))\n"
    }
    return out
  }

  /// Appends step `index`'s block to `out`; `state` is the state before the step and moves on
  /// past it.
  package func appendStep(
    index: Int, line: Int32, column: Int32, events: some Collection<Event>, state: inout MachineState,
    summaries: inout SummaryCache, to out: inout TraceBytes
  ) {
    let lineNumber = Int(line)
    out.append("\nstep ")
    out.append(decimal: index + 1)
    out.append("  line ")
    out.append(decimal: line)
    out.append("  col ")
    out.append(decimal: column)
    if !state.threads.isEmpty {
      // Which thread ran the step: the one switched to in it, or the one already running.
      var thread = state.runningThread
      for event in events { if case .threadSwitched(let number) = event { thread = number } }
      out.append("  thread ")
      out.append(decimal: thread)
    }
    out.append("  │ ")
    if lineNumber >= 1 && lineNumber <= lines.count { out.append(lines[lineNumber - 1]) }
    out.append(byte: newline)
    // A block's first owner in the step it is allocated is named with the allocation.
    var owners: [Int: String] = [:]
    var allocated: Set<Int> = []
    for event in events {
      if case .heapAllocated(let block) = event { allocated.insert(block.id) }
      if case .heapOwnerChanged(let id, let owner?) = event, allocated.contains(id), owners[id] == nil {
        owners[id] = owner
      }
    }
    for event in events {
      if case .slotWritten(let frameID, let slot, let value) = event {
        // The commonest event, spelled as `describe` spells it without the array around it.
        appendSlotWritten(frameID: frameID, slot: slot, value: value, in: state, to: &out)
        state.apply(event, image: image)
        continue
      }
      let text = describe(event, in: state, owners: owners)
      state.apply(event, image: image)
      for line in text {
        out.append("  ")
        out.append(line)
        out.append(byte: newline)
      }
    }
    out.append("  ")
    summaries.appendSummary(of: state, in: self, to: &out)
    out.append(byte: newline)
  }

  // MARK: - Events

  /// `value` as the trace shows it, an `Arc` named `Arc` (its block counts atomically).
  func render(_ value: Value, in state: MachineState) -> String {
    // A closure rather than `state.isArcBlock`, which would copy the whole state.
    Self.render(value, isArc: { state.isArcBlock($0) })
  }

  package func slotName(frameID: Int, slot: Int, in state: MachineState) -> String {
    guard let frame = state.anyFrame(id: frameID) else { return "slot \(slot)" }
    let layout = trace.image.layouts[frame.layoutIndex]
    guard layout.slots.indices.contains(slot) else { return "slot \(slot)" }
    return layout.slots[slot].name
  }

  package func slotDescription(frameID: Int, slot: Int, in state: MachineState) -> (
    name: String, type: String, address: UInt64
  ) {
    // The running thread's frames first: looked up in place, without copying a frame.
    if let index = state.frameIndex(id: frameID) {
      let slots = image.layouts[state.frames[index].layoutIndex].slots
      guard slots.indices.contains(slot) else { return ("slot \(slot)", "?", 0) }
      let entry = slots[slot]
      return (entry.name, entry.typeName, state.frames[index].topAddress - UInt64(entry.offset + entry.size))
    }
    guard let frame = state.anyFrame(id: frameID) else { return ("slot \(slot)", "?", 0) }
    let layout = image.layouts[frame.layoutIndex]
    guard layout.slots.indices.contains(slot) else { return ("slot \(slot)", "?", 0) }
    let entry = layout.slots[slot]
    return (entry.name, entry.typeName, frame.topAddress - UInt64(entry.offset + entry.size))
  }

  package func describe(_ event: Event, in state: MachineState, owners: [Int: String] = [:]) -> [String] {
    let image = trace.image
    let newlyAllocated = Set(owners.keys)
    switch event {
    case .framePushed(_, let layoutIndex, let topAddress, _):
      let layout = image.layouts[layoutIndex]
      return [
        "push frame \(layout.function) (\(layout.size) B, model) at \(Self.hex(topAddress - UInt64(layout.size)))"
      ]
    case .framePopped(let frameID, let returned):
      let name = state.frameIndex(id: frameID).map { state.frames[$0].function } ?? "?"
      if let returned, returned != .unit {
        return ["pop frame \(name), returning \(render(returned, in: state))"]
      }
      return ["pop frame \(name)"]
    case .slotWritten(let frameID, let slot, let value):
      let (name, type, address) = slotDescription(frameID: frameID, slot: slot, in: state)
      return ["\(name): \(type) at \(Self.hex(address)) = \(render(value, in: state))"]
    case .slotMovedOut(let frameID, let slot):
      return ["move out of \(slotName(frameID: frameID, slot: slot, in: state)) (it will not be dropped)"]
    case .slotDied(let frameID, let slot):
      return ["\(slotName(frameID: frameID, slot: slot, in: state)) goes out of scope"]
    case .dropRan(let typeName, _):
      return ["run Drop::drop for \(typeName)"]
    case .inputRead(let text):
      return text.isEmpty
        ? ["read from stdin: end of input"]
        : ["read from stdin \(Self.quoted(text)) (\(text.utf8.count) B)"]
    case .heapAllocated(let block):
      let owner = owners[block.id].map { " for \($0)" } ?? ""
      return [
        "alloc \(block.size) B at \(Self.hex(block.address))\(owner) (\(Self.describe(block.contents, countsAtomically: block.countsAtomically, isArc: state.isArcBlock)))"
      ]
    case .heapWritten(let blockID, let contents):
      return [
        "write \(blockAddress(blockID, in: state)): \(Self.describe(contents, isArc: state.isArcBlock))"
      ]
    case .heapReallocated(let blockID, let newSize, let newContents, let movedTo):
      let old = state.blockIndex(id: blockID).map { state.heap[$0] }
      let oldSize = old?.size ?? 0
      let oldAddress = old.map { Self.hex($0.address) } ?? "?"
      if let moved = movedTo {
        return [
          "realloc moved \(oldAddress) → \(Self.hex(moved.address)): \(oldSize) B → \(newSize) B, \(Self.count(newContents)) copied (\(Self.describe(newContents, isArc: state.isArcBlock)))"
        ]
      }
      return [
        "realloc in place at \(oldAddress): \(oldSize) B → \(newSize) B (\(Self.describe(newContents, isArc: state.isArcBlock)))"
      ]
    case .heapElementsReplaced(let blockID, let range, let elements):
      let at = blockAddress(blockID, in: state)
      if range.isEmpty {
        return [
          "write \(elements.map { render($0, in: state) }.joined(separator: ", ")) at index \(range.lowerBound) of \(at)"
        ]
      }
      if elements.isEmpty {
        return ["remove element\(range.count == 1 ? "" : "s") \(Self.rangeText(range)) of \(at)"]
      }
      return [
        "set element\(range.count == 1 ? "" : "s") \(Self.rangeText(range)) of \(at) to \(elements.map { render($0, in: state) }.joined(separator: ", "))"
      ]
    case .heapBytesReplaced(let blockID, let range, let bytes):
      let at = blockAddress(blockID, in: state)
      let text = Self.quoted(String(decoding: bytes, as: UTF8.self))
      if range.isEmpty { return ["write \(text) (\(bytes.count) B) at byte \(range.lowerBound) of \(at)"] }
      if bytes.isEmpty { return ["remove bytes \(Self.rangeText(range)) of \(at)"] }
      return ["set bytes \(Self.rangeText(range)) of \(at) to \(text)"]
    case .heapValueWritten(let blockID, .uninitialized):
      // Only an `Rc` block whose value dropped (or `Rc::try_unwrap` took) while `Weak`s keep
      // it is written so.
      return [
        "value in \(blockAddress(blockID, in: state)) gone (dropped or moved out); the block stays for its Weak pointers"
      ]
    case .heapValueWritten(let blockID, let value):
      return ["write \(render(value, in: state)) into \(blockAddress(blockID, in: state))"]
    case .heapCountsChanged(let blockID, let strong, let weak):
      return ["counts of \(blockAddress(blockID, in: state)): strong \(strong), weak \(weak)"]
    case .heapOwnerChanged(let blockID, let owner):
      if newlyAllocated.contains(blockID), owners[blockID] == owner { return [] }
      return ["\(blockAddress(blockID, in: state)) now belongs to \(owner ?? "nobody")"]
    case .heapFreed(let blockID):
      let block = state.blockIndex(id: blockID).map { state.heap[$0] }
      return ["free \(block?.size ?? 0) B at \(blockAddress(blockID, in: state))"]
    case .heapLeaked(let blockID):
      let block = state.blockIndex(id: blockID).map { state.heap[$0] }
      return ["leak \(block?.size ?? 0) B at \(blockAddress(blockID, in: state)) (never freed)"]
    case .printed(let stream, let text):
      return ["\(stream == .stdout ? "print" : "eprint") \(Self.quoted(text))"]
    case .panicked(let message, let line, let column):
      return ["panic at \(line):\(column): \(Self.quoted(message))"]
    case .stackOverflowed(let frameSize, let depth):
      return ["stack overflow: the next frame (\(frameSize) B) does not fit below \(depth) frames"]
    case .exited(let status):
      return ["exit status \(status)"]
    case .stopped(let reason):
      return ["stopped: \(reason)"]
    case .threadSpawned(let thread):
      return [
        "thread \(thread.number) '\(thread.displayName)': its stack, \(thread.stackSize / 1024) KiB (model), below \(Self.hex(thread.stackTop))"
      ]
    case .threadSwitched(let number):
      return ["switch to thread \(Self.threadName(number, in: state))"]
    case .threadStateChanged(let number, let runState):
      let name = Self.threadName(number, in: state)
      switch runState {
      case .joining(let other):
        return ["thread \(name) waits for thread \(Self.threadName(other, in: state)) (join)"]
      case .locking(let address): return ["thread \(name) waits for the mutex at \(Self.hex(address)) (lock)"]
      case .receiving(let channel):
        return ["thread \(name) waits for a message on the channel at \(Self.hex(channel)) (recv)"]
      case .ready, .running: return ["thread \(name) can run again"]
      case .finished(let panicked): return ["thread \(name) finished\(panicked ? " after a panic" : "")"]
      }
    }
  }

  package static func threadName(_ number: Int, in state: MachineState) -> String {
    let name = state.threads.indices.contains(number) ? state.threads[number].displayName : "?"
    return "\(number) '\(name)'"
  }

  package func blockAddress(_ id: Int, in state: MachineState) -> String {
    state.blockIndex(id: id).map { Self.hex(state.heap[$0].address) } ?? "block \(id)"
  }

  package func summary(_ state: MachineState) -> String {
    let frames = state.frames
    var stack: String
    if frames.isEmpty {
      stack = "stack empty"
    } else {
      let names =
        frames.count <= 4
        ? frames.map(\.function).joined(separator: " › ")
        : "\(frames[0].function) › … \(frames.count - 2) frames … › \(frames[frames.count - 1].function)"
      stack = "stack \(names) (\(state.stackUsed(in: trace.image)) B)"
    }
    let live = state.liveBlockCount
    var heap = "heap \(live) block\(live == 1 ? "" : "s"), \(state.liveBlockBytes) B"
    if state.leakedBlockCount > 0 { heap += ", \(state.leakedBlockCount) leaked" }
    return "[\(stack) | \(heap)]"
  }

  // MARK: - Values

  package static func hex(_ address: UInt64) -> String {
    "0x" + String(address, radix: 16)
  }

  package static func rangeText(_ range: Range<Int>) -> String {
    range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound)..<\(range.upperBound)"
  }

  package static func count(_ contents: HeapBlock.Contents) -> String {
    switch contents {
    case .elements(_, _, _, let elements): return "\(elements.count) element\(elements.count == 1 ? "" : "s")"
    case .bytes(_, let bytes): return "\(bytes.count) byte\(bytes.count == 1 ? "" : "s")"
    default: return "the value"
    }
  }

  package static func describe(
    _ contents: HeapBlock.Contents, countsAtomically: Bool = false, isArc: (UInt64) -> Bool = { _ in false }
  ) -> String {
    func render(_ value: Value) -> String { Self.render(value, isArc: isArc) }
    switch contents {
    case .elements(let type, _, let capacity, let elements):
      if HashTableLayout.isBucketsLabel(type) {
        return "\(type), \(elements.count) of \(capacity) buckets used, then control bytes"
      }
      if RingBufferLayout.isRingLabel(type) {
        let live = elements.filter { $0 != .uninitialized }.count
        return "\(type) buffer, \(live) of \(capacity) slots used"
      }
      return "[\(type)] buffer, len \(elements.count), cap \(capacity)"
    case .bytes(let capacity, let bytes):
      return
        "String bytes \(quoted(String(decoding: bytes, as: UTF8.self))), len \(bytes.count), cap \(capacity)"
    case .boxed(let type, let value):
      if type.hasPrefix(Interpreter.channelBlockPrefix) {
        return "\(type): senders, receivers, queue \(render(value))"
      }
      if type.hasPrefix(Interpreter.treeNodeLabelPrefix) {
        // `(parent, parent_idx, len, keys, vals)`, and an internal node's edges after them.
        return "\(type) (parent, parent_idx, len, keys, vals[, edges]) \(render(value))"
      }
      return "Box<\(type)> holding \(render(value))"
    case .counted(let type, let strong, let weak, let value):
      return
        "\(countsAtomically ? "Arc" : "Rc")<\(type)>: strong \(strong), weak \(weak), value \(render(value))"
    }
  }

  package static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A stored value as the trace shows it (`String { ptr, len, cap }`, `&0x7ffd…`).
  /// `isArc` says whether an `Rc`-shaped pointer points at an `Arc`'s block (counted atomically).
  package static func render(_ value: Value, isArc: (UInt64) -> Bool = { _ in false }) -> String {
    func render(_ value: Value) -> String { Self.render(value, isArc: isArc) }
    switch value {
    case .uninitialized: return "(uninitialised)"
    case .unit: return "()"
    case .boolean(let flag): return flag ? "true" : "false"
    case .integer(let number, let type):
      if type == "u128" && number < 0 { return String(UInt128(truncatingIfNeeded: number)) }
      return String(number)
    case .float(let number, _): return RustFormatter.display(.float(number, isF32: false))
    case .character(let scalar): return "'" + String(scalar) + "'"
    case .pointer(let address, let kind):
      switch kind {
      case .sharedReference: return "&" + hex(address)
      case .mutableReference: return "&mut " + hex(address)
      case .box: return "Box(" + hex(address) + ")"
      case .rc: return (isArc(address) ? "Arc(" : "Rc(") + hex(address) + ")"
      case .weak: return address == UInt64.max ? "Weak(dangling)" : "Weak(" + hex(address) + ")"
      case .raw: return hex(address)
      case .function: return "fn " + hex(address)
      }
    case .slicePointer(let address, let length, let kind):
      return "\(kind == .mutableReference ? "&mut" : "&") { ptr: \(hex(address)), len: \(length) }"
    case .traitObject(let address, let vtable, let kind):
      let prefix = kind == .box ? "Box" : kind == .mutableReference ? "&mut" : "&"
      return "\(prefix) { ptr: \(hex(address)), vtable: \(hex(vtable)) }"
    case .buffer(let pointer, let length, let capacity, let kind):
      return "\(kind.rawValue) { ptr: \(hex(pointer)), len: \(length), cap: \(capacity) }"
    case .tuple(let items): return "(" + items.map(render).joined(separator: ", ") + ")"
    case .array(let items):
      if items.count > 16 {
        return "[" + items.prefix(8).map(render).joined(separator: ", ") + ", … \(items.count) elements]"
      }
      return "[" + items.map(render).joined(separator: ", ") + "]"
    case .structure(let name, let fields):
      if fields.count == 1, Interpreter.isAtomic(name) { return render(fields[0]) }
      return fields.isEmpty ? name : "\(name) { " + fields.map(render).joined(separator: ", ") + " }"
    case .variant(_, let variant, let payload):
      return payload.isEmpty ? variant : "\(variant)(" + payload.map(render).joined(separator: ", ") + ")"
    }
  }
}

extension MachineState {
  /// Whether `address` is the start of a live `Arc`'s block (an `Rc`'s counts are not atomic).
  package func isArcBlock(_ address: UInt64) -> Bool {
    block(containing: address).map { $0.countsAtomically && $0.address == address } ?? false
  }
}
