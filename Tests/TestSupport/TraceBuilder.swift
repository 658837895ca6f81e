import Execution
import MemoryModel

/// Builds traces by hand for screen tests: a program image and its steps' events, with
/// checkpoints like the engine's, so panels can be tested without the engine.
package struct TraceBuilder {
  package static let stackTop: UInt64 = 0x7fff_ffff_e000
  package static let heapBase: UInt64 = 0x5555_555d_a2a0
  package static let rodataBase: UInt64 = 0x5555_5556_2000

  package var image: ProgramImage
  package private(set) var steps: [Step] = []
  package private(set) var events: [Event] = []
  private var state = MachineState()
  private var checkpoints: [(step: Int, state: MachineState)] = []
  package var checkpointInterval = 16

  package init(
    source: String, path: String = "demo.rs", layouts: [FrameLayout], statics: [StaticItem] = [],
    stackLimit: Int = 8 * 1024 * 1024
  ) {
    image = ProgramImage(
      path: path, source: source, layouts: layouts, statics: statics, stackLimit: stackLimit,
      stackTop: Self.stackTop)
  }

  /// The state after the steps so far.
  package var current: MachineState { state }

  package mutating func step(line: Int, _ stepEvents: [Event]) {
    let first = Int32(events.count)
    events += stepEvents
    steps.append(Step(line: Int32(line), column: 1, firstEvent: first, endEvent: Int32(events.count)))
    for event in stepEvents { state.apply(event, image: image) }
    if (steps.count - 1) % checkpointInterval == 0 { checkpoints.append((steps.count - 1, state)) }
  }

  package mutating func step(line: Int, _ stepEvents: Event...) {
    step(line: line, stepEvents)
  }

  package func build() -> Trace {
    var stdout = ""
    var stderr = ""
    for (stream, text) in state.output {
      if stream == .stdout { stdout += text } else { stderr += text }
    }
    let status: Int32
    switch state.status {
    case .exited(let code): status = code
    case .panicked: status = 101
    case .overflowed: status = 134
    case .running: status = 0
    case .stopped: status = 1
    }
    return Trace(
      image: image, steps: steps, events: EventLog(events),
      outcome: Trace.Outcome(stdout: stdout, stderr: stderr, exitStatus: status), checkpoints: checkpoints)
  }

  /// A frame layout in memtutor's model: slots below 16 bytes of return address and saved
  /// frame pointer, each aligned, the whole rounded up to 16.
  package static func layout(
    _ function: String, _ slots: [(name: String, type: String, size: Int, align: Int)], line: Int = 1
  )
    -> FrameLayout
  {
    var offset = 16
    var laid: [FrameLayout.Slot] = []
    for slot in slots {
      let align = max(1, slot.align)
      offset = (offset + slot.size + align - 1) / align * align - slot.size
      laid.append(
        FrameLayout.Slot(
          name: slot.name, typeName: slot.type, offset: offset, size: slot.size, alignment: align,
          isParameter: false, declaredLine: line))
      offset += slot.size
    }
    let size = (offset + 15) / 16 * 16
    return FrameLayout(function: function, slots: laid, size: size)
  }
}
