extension TraceText {
  /// The last step's summary line and what it was made from: most steps leave the stack's
  /// shape and the heap's totals as they were, and then the line is the same.
  package struct SummaryCache {
    private struct Key: Equatable {
      var frameCount: Int
      /// Frame ids are never reused and the frames under a live frame stay as they were
      /// while it lives: the innermost frame's id fixes the whole stack.
      var innermostID: Int
      var stackUsed: Int
      var liveBlocks: Int
      var liveBytes: Int
      var leakedBlocks: Int
    }

    private var key: Key?
    private var line: [UInt8] = []

    package init() {}

    /// The summary line's bytes.
    mutating func summary(of state: MachineState, in text: TraceText) -> [UInt8] {
      let current = Key(
        frameCount: state.frames.count, innermostID: state.frames.last?.id ?? -1,
        stackUsed: state.stackUsed(in: text.image),
        liveBlocks: state.liveBlockCount, liveBytes: state.liveBlockBytes,
        leakedBlocks: state.leakedBlockCount)
      if current != key {
        key = current
        line = Array(text.summary(state).utf8)
      }
      return line
    }
  }
}
