import Execution
import MemoryModel

/// Fills in placeholders from the machine state of a trace.
package struct PlaceholderEvaluator {
  package let trace: Trace
  /// Rebuilds states by walking forward when the steps asked for ascend (see `StateCursor`).
  package var states: StateCursor?

  package init(trace: Trace, states: StateCursor? = nil) {
    self.trace = trace
    self.states = states
  }

  /// Evaluates `placeholder` at `step`: against the state after it, or just before it for
  /// `{… before}`.
  package func evaluate(_ placeholder: Placeholder, atStep step: Int) -> Result<
    PlaceholderValue, PlaceholderError
  > {
    let wanted = placeholder.timing == .after ? step : step - 1
    let state =
      wanted < 0 ? MachineState() : (states?.state(after: wanted) ?? trace.state(after: wanted))
    return evaluate(placeholder, in: state)
  }

  package func evaluate(_ placeholder: Placeholder, in state: MachineState) -> Result<
    PlaceholderValue, PlaceholderError
  > {
    let image = trace.image
    switch placeholder.kind {
    case .frames: return .success(.number(state.frames.count))
    case .stack: return .success(.number(state.stackUsed(in: image)))
    case .limit: return .success(.number(image.stackLimit))
    case .deepest: return .success(.number(state.deepestFrameCount))
    case .blocks: return .success(.number(state.heap.filter { $0.status == .live }.count))
    case .leaked: return .success(.number(state.heap.filter { $0.status == .leaked }.count))
    case .exit: return .success(.number(Int(trace.outcome.exitStatus)))
    case .frame:
      if let function = placeholder.name {
        if let frame = state.frames.last(where: { $0.function == function }) {
          return .success(.number(frame.size))
        }
        if let layout = image.layouts.first(where: { $0.function == function }) {
          return .success(.number(layout.size))
        }
        return .failure(PlaceholderError(message: "the program has no function `\(function)`"))
      }
      guard let frame = state.frames.last else {
        return .failure(PlaceholderError(message: "no frame is on the stack at this step"))
      }
      return .success(.number(frame.size))
    case .len, .cap, .size, .addr, .heap, .block, .value, .strong, .weak:
      return variable(placeholder, in: state).flatMap { found in
        measure(placeholder.kind, of: found, in: state)
      }
    }
  }

  // MARK: - Variables

  package struct FoundSlot {
    package var frame: FrameState
    package var layout: FrameLayout.Slot
    package var slot: FrameState.Slot

    package var address: UInt64 { frame.topAddress - UInt64(layout.offset + layout.size) }
  }

  package func variable(_ placeholder: Placeholder, in state: MachineState) -> Result<
    FoundSlot, PlaceholderError
  > {
    let name = placeholder.name ?? ""
    let frame: FrameState
    if let function = placeholder.function {
      guard let found = state.frames.last(where: { $0.function == function }) else {
        return .failure(PlaceholderError(message: "no frame of `\(function)` is on the stack at this step"))
      }
      frame = found
    } else {
      guard let innermost = state.frames.last else {
        return .failure(PlaceholderError(message: "no frame is on the stack at this step"))
      }
      frame = innermost
    }
    guard trace.image.layouts.indices.contains(frame.layoutIndex) else {
      return .failure(PlaceholderError(message: "the frame of `\(frame.function)` has no layout"))
    }
    let layout = trace.image.layouts[frame.layoutIndex]
    let candidates = layout.slots.indices.filter {
      layout.slots[$0].name == name && frame.slots.indices.contains($0)
    }
    guard !candidates.isEmpty else {
      let hint = placeholder.function == nil ? " (name another frame's variable as `main::\(name)`)" : ""
      return .failure(PlaceholderError(message: "`\(frame.function)` has no variable `\(name)`\(hint)"))
    }
    // Prefer the binding in use now; among shadowed ones, the latest declared.
    func rank(_ index: Int) -> (Int, Int) {
      let status: Int =
        switch frame.slots[index].status {
        case .live: 3
        case .movedOut: 2
        case .dead: 1
        case .uninitialized: 0
        }
      return (status, layout.slots[index].declaredLine)
    }
    guard let best = candidates.max(by: { rank($0) < rank($1) }) else {
      return .failure(PlaceholderError(message: "`\(frame.function)` has no variable `\(name)`"))
    }
    let slot = frame.slots[best]
    if slot.status == .uninitialized {
      return .failure(
        PlaceholderError(message: "`\(name)` has no value yet at this step (its `let` has not run)"))
    }
    return .success(FoundSlot(frame: frame, layout: layout.slots[best], slot: slot))
  }

  // MARK: - Measures

  private func measure(_ kind: Placeholder.Kind, of found: FoundSlot, in state: MachineState) -> Result<
    PlaceholderValue, PlaceholderError
  > {
    let name = found.layout.name
    switch kind {
    case .size: return .success(.number(found.layout.size))
    case .addr: return .success(.address(found.address))
    default: break
    }
    let value = referent(of: found.slot.value, in: state)
    switch kind {
    case .len:
      switch value {
      case .buffer(_, let length, _, _): return .success(.number(length))
      case .slicePointer(_, let length, _): return .success(.number(length))
      case .array(let elements): return .success(.number(elements.count))
      default:
        return .failure(
          PlaceholderError(message: "`\(name)` has no length (it is not a String, Vec or slice)"))
      }
    case .cap:
      guard case .buffer(_, _, let capacity, _) = value else {
        return .failure(PlaceholderError(message: "`\(name)` has no capacity (it is not a String or Vec)"))
      }
      return .success(.number(capacity))
    case .heap:
      guard let address = Self.pointee(of: found.slot.value) else {
        return .failure(PlaceholderError(message: "`\(name)` holds no pointer"))
      }
      return .success(.address(address))
    case .block:
      guard let address = Self.pointee(of: found.slot.value), let block = state.block(containing: address)
      else {
        return .failure(
          PlaceholderError(message: "`\(name)` does not point into a live heap block at this step"))
      }
      return .success(.number(block.size))
    case .strong, .weak:
      guard let address = Self.pointee(of: found.slot.value), let block = state.block(containing: address),
        case .counted(_, let strong, let weak, _) = block.contents
      else {
        return .failure(PlaceholderError(message: "`\(name)` does not hold a live `Rc` at this step"))
      }
      return .success(.number(kind == .strong ? strong : weak))
    case .value:
      return text(of: value, in: state).map(PlaceholderValue.text).mapError { _ in
        PlaceholderError(message: "`\(name)` has no simple value to show")
      }
    default:
      return .failure(PlaceholderError(message: "`{\(kind.rawValue)}` does not apply to a variable"))
    }
  }

  /// The address a value points at, for pointers, slices and buffers.
  package static func pointee(of value: Value) -> UInt64? {
    switch value {
    case .pointer(let address, _): address
    case .slicePointer(let address, _, _): address
    case .buffer(let pointer, _, _, _): pointer
    default: nil
    }
  }

  /// Follows `&`/`&mut` references to the value they point at in a stack slot, so
  /// `{len r}` works for `r: &Vec<i32>`. Other values are returned as they are.
  private func referent(of value: Value, in state: MachineState) -> Value {
    var current = value
    for _ in 0..<8 {
      guard case .pointer(let address, let pointerKind) = current,
        pointerKind == .sharedReference || pointerKind == .mutableReference,
        let target = slotValue(at: address, in: state)
      else { return current }
      current = target
    }
    return current
  }

  private func slotValue(at address: UInt64, in state: MachineState) -> Value? {
    for frame in state.frames.reversed() where trace.image.layouts.indices.contains(frame.layoutIndex) {
      let layout = trace.image.layouts[frame.layoutIndex]
      for (index, slot) in layout.slots.enumerated() where frame.slots.indices.contains(index) {
        if frame.topAddress - UInt64(slot.offset + slot.size) == address { return frame.slots[index].value }
      }
    }
    return nil
  }

  private struct NoText: Error {}

  private func text(of value: Value, in state: MachineState) -> Result<String, NoText> {
    switch value {
    case .integer(let number, _): return .success(String(number))
    case .boolean(let flag): return .success(String(flag))
    case .character(let scalar): return .success(String(Character(scalar)))
    case .float(let number, _):
      return .success(number == number.rounded() && abs(number) < 1e16 ? String(Int(number)) : String(number))
    case .buffer(let pointer, let length, _, .string):
      guard let block = state.block(containing: pointer), case .bytes(_, let bytes) = block.contents else {
        return .failure(NoText())
      }
      return .success(String(decoding: bytes.prefix(length), as: UTF8.self))
    case .slicePointer(let address, let length, _):
      for item in trace.image.statics
      where address >= item.address && address < item.address + UInt64(item.bytes.count) {
        let start = Int(address - item.address)
        return .success(
          String(decoding: item.bytes[start..<min(item.bytes.count, start + length)], as: UTF8.self))
      }
      return .failure(NoText())
    case .pointer(_, .box):
      guard let address = Self.pointee(of: value), let block = state.block(containing: address),
        case .boxed(_, let inner) = block.contents
      else { return .failure(NoText()) }
      return text(of: inner, in: state)
    default:
      return .failure(NoText())
    }
  }

  package init(trace: Trace) {
    self.trace = trace
  }
}
