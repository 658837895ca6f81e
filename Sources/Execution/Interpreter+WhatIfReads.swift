/// Reads a what-if run must refuse: the run Rust prevents has reached memory the program gave
/// back, and a real machine could return anything from it.
extension Interpreter {
  /// Throws when a what-if run reads bytes of a heap block that has been freed (and not handed
  /// out again): a dropped String's text read through a reference that outlived it.
  func requireUnfreedBytes(address: UInt64, length: Int) throws {
    guard options.whatIf, length > 0, blockContaining(address) == nil else { return }
    let freed = recorder.state.heap.contains { block in
      block.status == .freed && address >= block.address
        && address < block.address &+ UInt64(max(block.size, 1))
    }
    if freed { throw MemoryFault(address: address) }
  }
}
