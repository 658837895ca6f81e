import Execution
import MemoryModel

/// Everything the memory panels draw for one screen: the program's fixed image, the state
/// at the current step, what the step touched, and the running animation's adjustments.
package struct Scene: Sendable {
  package var image: ProgramImage
  package var state: MachineState
  package var marks: StepMarks
  package var animation: AnimationFrame

  package init(
    image: ProgramImage, state: MachineState, marks: StepMarks = .none,
    animation: AnimationFrame = .still
  ) {
    self.image = image
    self.state = state
    self.marks = marks
    self.animation = animation
  }

  /// Frames on the stack in this frame of the screen (fewer during the overflow montage).
  package var visibleFrameCount: Int {
    min(state.frames.count, animation.stackDepth ?? state.frames.count)
  }

  package func layout(of frame: FrameState) -> FrameLayout? {
    image.layouts.indices.contains(frame.layoutIndex) ? image.layouts[frame.layoutIndex] : nil
  }

  /// The slot as this frame of the screen shows it.
  package func slot(_ ref: SlotRef, in frame: FrameState) -> FrameState.Slot? {
    if let override = animation.slotOverrides[ref] { return override }
    return frame.slots.indices.contains(ref.slot) ? frame.slots[ref.slot] : nil
  }
}
