import MemoryModel

/// A `for` loop's iterator: what it walks and how far it got from each end.
package struct IteratorState {
  package enum Source {
    case none
    /// `start + i` for the integers of a range.
    case range(start: Int128, typeName: String)
    /// Element references into a slice.
    case slice(base: UInt64, elementSize: Int, kind: PointerKind)
    /// Elements moved out of a `Vec` or array held in a temporary.
    case owned(temporary: UInt64, base: UInt64, elementSize: Int, elementType: Int, inHeap: Bool)
    case chars([Unicode.Scalar])
    case bytes([UInt8])
  }

  package var source: Source = .none
  package var front: Int128 = 0
  /// One past the last index not yet taken from the back.
  package var back: Int128 = 0
  package var reversed = false
  package var enumerated = false
  /// `enumerate()` before `rev()` numbers items by position; after it, by order taken.
  package var enumerateByPosition = true
  package var taken = 0
}
