/// Estimates of the bytes memtutor itself holds for modelled values.
///
/// A modelled byte can cost far more than one real byte: each element of an array or `Vec`
/// is a whole `Value` (an enum several words wide), and the trace keeps a copy of every value
/// an event wrote. The budgets compare these estimates, not modelled sizes, with what the
/// machine can afford.
package enum HostFootprint {
  /// One `Value` in an array.
  package static let valueStride = MemoryLayout<Value>.stride
  /// An array's own allocation: header and bookkeeping.
  package static let arrayOverhead = 32

  package static func bytes(of value: Value) -> Int {
    valueStride + extraBytes(of: value)
  }

  package static func bytes(of values: [Value]) -> Int {
    var total = arrayOverhead + values.count * valueStride
    for value in values { total += extraBytes(of: value) }
    return total
  }

  package static func bytes(of contents: HeapBlock.Contents) -> Int {
    switch contents {
    case .elements(_, _, _, let elements): return bytes(of: elements)
    case .bytes(_, let bytes): return arrayOverhead + bytes.count
    case .boxed(_, let value), .counted(_, _, _, let value): return bytes(of: value)
    }
  }

  /// What a value holds beyond its own stride: the arrays of aggregates.
  private static func extraBytes(of value: Value) -> Int {
    switch value {
    case .tuple(let items), .array(let items), .structure(_, let items), .variant(_, _, let items):
      return items.isEmpty ? 0 : bytes(of: items)
    default:
      return 0
    }
  }
}
