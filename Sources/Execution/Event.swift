import MemoryModel
import RustFrontEnd

/// Something a step did to memory or to the outside world.
///
/// The screen's state is the fold of events (`MachineState.apply`), so animations and
/// narration built from events can never disagree with what the panels show.
package enum Event: Sendable, Equatable {
  package typealias Stream = StandardStream

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

  indirect case heapAllocated(HeapBlock)
  /// The block's contents changed (an element written, bytes pushed, a count changed).
  indirect case heapWritten(blockID: Int, contents: HeapBlock.Contents)
  /// A buffer grew or shrank. `movedTo` is nil when `realloc` resized it in place; otherwise
  /// the contents were copied into the new block and the old one freed.
  indirect case heapReallocated(
    blockID: Int, newSize: Int, newContents: HeapBlock.Contents, movedTo: HeapBlock?)
  /// Elements `range` of a `Vec` buffer were replaced by `elements` (a push appends at the
  /// end, a pop or remove replaces one element by none, a write replaces one by one).
  case heapElementsReplaced(blockID: Int, range: Range<Int>, elements: [Value])
  /// Bytes `range` of a `String` buffer were replaced by `bytes`.
  case heapBytesReplaced(blockID: Int, range: Range<Int>, bytes: [UInt8])
  /// The value inside a `Box` or `Rc` block was written.
  case heapValueWritten(blockID: Int, value: Value)
  /// An `Rc` block's counts changed.
  case heapCountsChanged(blockID: Int, strong: Int, weak: Int)
  /// Who owns the block changed (a `let`, a move into another binding or a parameter,
  /// a push into a `Vec`): `owner` names the place, like `main::s` or `main::v[2]`.
  indirect case heapOwnerChanged(blockID: Int, owner: String?)
  case heapFreed(blockID: Int)
  case heapLeaked(blockID: Int)

  case printed(Stream, String)
  /// The program read a line from standard input (`read_line`, a line of `lines()`): its
  /// text as read (bytes that are not UTF-8 shown as U+FFFD); empty at the end of input.
  case inputRead(String)
  /// `thread 'main' panicked at file:line:col:` and its message.
  indirect case panicked(message: String, line: Int, column: Int)
  /// The next frame did not fit below the stack limit.
  case stackOverflowed(frameSize: Int, depth: Int)
  case exited(status: Int32)
  /// A thread was created (main's own entry comes first, with the first spawn); it does not run yet.
  indirect case threadSpawned(ThreadState)
  /// The scheduler switched to thread `number`: its frames are now `MachineState.frames`.
  case threadSwitched(to: Int)
  /// A thread started waiting, became ready again or finished.
  case threadStateChanged(number: Int, state: ThreadState.RunState)
  /// memtutor stopped the program (a step, heap or output budget ran out); `reason` is the
  /// one-line message printed on stderr.
  indirect case stopped(reason: String)
}
