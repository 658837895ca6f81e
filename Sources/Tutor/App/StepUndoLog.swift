import Execution
import MemoryModel

/// What each recent step forward changed, so a step back restores the state before it
/// instead of rebuilding from a checkpoint. Checkpoints are spaced by the state's size, so
/// near the bottom of a deep recursion the nearest one is hundreds of thousands of events
/// back, and a copy of the state that is then changed copies every frame.
///
/// A record keeps the state before its step without the frames (sharing the rest, which the
/// step leaves alone or changes little) and only the frames the step touched: a step pushes,
/// pops or writes the innermost frames, so undoing costs a few frames, not the whole stack.
struct StepUndoLog: Sendable {
  struct Record: Sendable {
    /// The step the record undoes: undoing it leaves the state after `step - 1`.
    var step: Int
    /// The state before the step, its frames left out.
    var rest: MachineState
    /// How many of the outermost frames the step left untouched.
    var keptFrames: Int
    /// The frames above `keptFrames` as they were before the step.
    var frameTail: [FrameState]
  }

  /// Steps kept (older ones are dropped): a step back past them rebuilds once.
  static let capacity = 256
  /// The steps a rebuild replays with records, so the steps back after it are cheap too.
  static let rebuildWindow = 64
  /// Heap values a record may make the step copy (a shared heap array is copied on write):
  /// a step that writes a long `Vec` is not recorded, so stepping forward stays cheap.
  static let heapCopyLimit = 4096

  private var records: [Record] = []

  /// The step the newest record undoes.
  var newestStep: Int? { records.last?.step }

  /// Whether records cover every step from `first` through `last`.
  func covers(from first: Int, through last: Int) -> Bool {
    guard let newest = records.last?.step, let oldest = records.first?.step else { return false }
    return newest == last && oldest <= first
  }

  /// Applies `step`'s events to `state` (the state after `step - 1`), recording what they
  /// change when that is cheap; a step not recorded breaks the chain, so older records go.
  mutating func advance(
    _ state: inout MachineState, step: Int, events: ArraySlice<Event>, image: ProgramImage
  ) {
    if let newest = records.last?.step, newest != step - 1 { records.removeAll() }
    if let record = Self.record(before: state, step: step, events: events) {
      if records.count >= Self.capacity { records.removeFirst(records.count / 2) }
      records.append(record)
    } else {
      records.removeAll()
    }
    for event in events { state.apply(event, image: image) }
  }

  /// Restores the state before the newest recorded step, which must be `step`.
  mutating func undo(_ state: inout MachineState, step: Int) -> Bool {
    guard records.last?.step == step, let record = records.popLast() else { return false }
    // Taken out of the state first so the array is not shared and changes in place.
    var frames = state.frames
    state.frames = []
    frames.removeSubrange(min(record.keptFrames, frames.count)...)
    frames.append(contentsOf: record.frameTail)
    state = record.rest
    state.frames = frames
    return true
  }

  mutating func removeAll() {
    records.removeAll()
  }

  private static func record(before state: MachineState, step: Int, events: ArraySlice<Event>) -> Record? {
    guard heapCopyCost(of: state, events: events) <= heapCopyLimit else { return nil }
    let kept = untouchedFrames(of: state, events: events)
    var rest = state
    rest.frames = []
    return Record(step: step, rest: rest, keptFrames: kept, frameTail: Array(state.frames[kept...]))
  }

  /// How many of the outermost frames keep their place and contents through `events`.
  private static func untouchedFrames(of state: MachineState, events: ArraySlice<Event>) -> Int {
    var count = state.frames.count
    var fewest = count
    var kept = count
    func touch(_ frameID: Int) {
      // A frame pushed by this step lies above every frame still there when it was pushed.
      kept = min(kept, state.frameIndex(id: frameID) ?? fewest)
    }
    for event in events {
      switch event {
      case .framePushed: count += 1
      case .framePopped(let frameID, _):
        touch(frameID)
        count -= 1
        fewest = min(fewest, count)
      case .slotWritten(let frameID, _, _), .slotMovedOut(let frameID, _), .slotDied(let frameID, _):
        touch(frameID)
      case .threadSpawned, .threadSwitched, .threadStateChanged:
        // Switching threads swaps the whole frames array.
        return 0
      default: break
      }
    }
    return max(0, min(kept, fewest))
  }

  /// Roughly how many blocks and values the step would copy because the record shares them.
  private static func heapCopyCost(of state: MachineState, events: ArraySlice<Event>) -> Int {
    var cost = 0
    for event in events {
      switch event {
      case .heapAllocated: cost += state.heap.count
      case .heapWritten(let id, _), .heapElementsReplaced(let id, _, _), .heapBytesReplaced(let id, _, _),
        .heapValueWritten(let id, _), .heapCountsChanged(let id, _, _), .heapOwnerChanged(let id, _),
        .heapFreed(let id), .heapLeaked(let id):
        cost += state.heap.count + valueCount(of: state, blockID: id)
      case .heapReallocated(let id, _, _, _):
        cost += state.heap.count + valueCount(of: state, blockID: id)
      default: break
      }
      if cost > heapCopyLimit { return cost }
    }
    return cost
  }

  private static func valueCount(of state: MachineState, blockID: Int) -> Int {
    guard let index = state.blockIndex(id: blockID) else { return 0 }
    switch state.heap[index].contents {
    case .elements(_, _, _, let elements): return elements.count
    case .bytes(_, let bytes): return bytes.count
    case .boxed, .counted: return 1
    }
  }
}
