/// Something a step did to memory or to the outside world.
///
/// The screen's state is the fold of events (`MachineState.apply`), so animations and
/// narration built from events can never disagree with what the panels show.
enum Event: Sendable, Equatable {
  enum Stream: String, Sendable { case stdout, stderr }

  /// A frame was pushed, laid out per `ProgramImage.layouts[layoutIndex]`, all slots uninitialised.
  case framePushed(frameID: Int, layoutIndex: Int, topAddress: UInt64, callLine: Int?)
  /// The frame was popped; `returned` is the value handed to the caller, if any.
  case framePopped(frameID: Int, returned: Value?)
  case slotWritten(frameID: Int, slot: Int, value: Value)
  /// The slot's value was moved elsewhere (it will not be dropped here).
  case slotMovedOut(frameID: Int, slot: Int)
  /// The slot's scope ended.
  case slotDied(frameID: Int, slot: Int)
  /// A `Drop::drop` implementation ran for a value of this type (`label` says which one).
  case dropRan(typeName: String, label: String)

  case heapAllocated(HeapBlock)
  /// The block's contents changed (an element written, bytes pushed, a count changed).
  case heapWritten(blockID: Int, contents: HeapBlock.Contents)
  /// A buffer grew or shrank. `movedTo` is nil when `realloc` resized it in place; otherwise
  /// the contents were copied into the new block and the old one freed.
  case heapReallocated(blockID: Int, newSize: Int, newContents: HeapBlock.Contents, movedTo: HeapBlock?)
  case heapFreed(blockID: Int)
  case heapLeaked(blockID: Int)

  case printed(Stream, String)
  /// `thread 'main' panicked at file:line:col:` and its message.
  case panicked(message: String, line: Int, column: Int)
  /// The next frame did not fit below the stack limit.
  case stackOverflowed(frameSize: Int, depth: Int)
  case exited(status: Int32)
}
