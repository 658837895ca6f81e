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

extension HostFootprint {
  /// Counts values like `bytes(of:)`, but a long array whose storage it has already counted
  /// (Swift arrays share storage until written) costs only its `Value`: the frames of a
  /// recursion each holding the same `[0u8; 4096]` hold one copy of its elements.
  package struct Tally {
    /// Arrays shorter than this are counted every time: checking them costs more than it saves.
    package static let sharingThreshold = 256
    private var counted: Set<UInt> = []

    package init() {}

    package mutating func bytes(of value: Value) -> Int {
      switch value {
      case .tuple(let items), .array(let items), .structure(_, let items), .variant(_, _, let items):
        return valueStride + (items.isEmpty ? 0 : bytes(of: items))
      default:
        return valueStride
      }
    }

    package mutating func bytes(of values: [Value]) -> Int {
      if values.count >= Self.sharingThreshold {
        let storage = values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        guard counted.insert(storage).inserted else { return 0 }
      }
      var total = arrayOverhead + values.count * valueStride
      for value in values {
        switch value {
        case .tuple, .array, .structure, .variant: total += bytes(of: value) - valueStride
        default: break
        }
      }
      return total
    }

    package mutating func bytes(of contents: HeapBlock.Contents) -> Int {
      switch contents {
      case .elements(_, _, _, let elements): return bytes(of: elements)
      case .bytes(_, let bytes): return arrayOverhead + bytes.count
      case .boxed(_, let value), .counted(_, _, _, let value): return bytes(of: value)
      }
    }
  }
}
