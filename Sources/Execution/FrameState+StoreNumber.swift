import MemoryModel

/// Changing the number of an integer a slot holds where it lies (`TraceRecorder.writeIntegerInPlace`).
extension FrameState.Slot {
  /// What `Slot(value: .integer(number, type: name), status: .live)` holds when the slot's value
  /// is an integer named `name` already: only the number's bytes are stored, so the name is
  /// neither copied nor released. Only when `numberLeadsIntegers()`.
  @inline(__always) mutating func storeNumber(_ number: Int128) {
    withUnsafeMutableBytes(of: &value) { $0.storeBytes(of: number, as: Int128.self) }
    status = .live
    heapEpoch = -1
  }

  /// Whether an integer `Value`'s number is its first 16 bytes, checked on a sample: if the
  /// compiler ever lays the case out otherwise, every write takes the general way.
  static func numberLeadsIntegers() -> Bool {
    var sample = Value.integer(7, type: "u64")
    withUnsafeMutableBytes(of: &sample) { $0.storeBytes(of: Int128(-5), as: Int128.self) }
    return sample == .integer(-5, type: "u64")
  }
}
