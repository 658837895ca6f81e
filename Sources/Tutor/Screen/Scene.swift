/// Everything the memory panels draw for one screen: the program's fixed image, the state
/// at the current step, what the step touched, and the running animation's adjustments.
struct Scene: Sendable {
  var image: ProgramImage
  var state: MachineState
  var marks: StepMarks
  var animation: AnimationFrame

  init(
    image: ProgramImage, state: MachineState, marks: StepMarks = .none,
    animation: AnimationFrame = .still
  ) {
    self.image = image
    self.state = state
    self.marks = marks
    self.animation = animation
  }

  /// Frames on the stack in this frame of the screen (fewer during the overflow montage).
  var visibleFrameCount: Int {
    min(state.frames.count, animation.stackDepth ?? state.frames.count)
  }

  func layout(of frame: FrameState) -> FrameLayout? {
    image.layouts.indices.contains(frame.layoutIndex) ? image.layouts[frame.layoutIndex] : nil
  }

  /// The slot as this frame of the screen shows it.
  func slot(_ ref: SlotRef, in frame: FrameState) -> FrameState.Slot? {
    if let override = animation.slotOverrides[ref] { return override }
    return frame.slots.indices.contains(ref.slot) ? frame.slots[ref.slot] : nil
  }
}
