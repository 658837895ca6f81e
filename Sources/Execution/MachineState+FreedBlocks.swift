import MemoryModel

extension MachineState {
  /// The newest freed blocks, kept whole (at most `keptFreedBlockLimit`), oldest first: the
  /// record the screen draws ghosts from. Bounded, so reading it costs the same on a long run.
  package var recentlyFreedBlocks: [HeapBlock] {
    recentlyFreedBlockIDs.compactMap { id in blockIndex(id: id).map { heap[$0] } }
  }
}
