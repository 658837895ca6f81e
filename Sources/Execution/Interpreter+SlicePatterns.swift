import MemoryModel

/// Slice patterns: the slice's length is read when the pattern is matched, and an element
/// counted from the back sits at an address known only then.
extension Interpreter {
  package func sliceLength(_ reference: Value) -> Int {
    guard case .slicePointer(_, let length, _) = reference else { return 0 }
    return length
  }

  package func enterSliceElement(_ reference: Value, _ index: Int, _ fromEnd: Bool, _ element: Int)
    throws
  {
    guard case .slicePointer(let base, let length, _) = reference else { return }
    let position = fromEnd ? length - index : index
    let address = base &+ UInt64(max(0, position) * types[element].size)
    push(.pointer(address: address, kind: .raw))
    push(try read(address: address, type: element))
  }

  package func enterSliceRest(_ reference: Value, _ prefix: Int, _ suffix: Int, _ element: Int) {
    guard case .slicePointer(let base, let length, let kind) = reference else { return }
    let start = base &+ UInt64(prefix * types[element].size)
    push(.pointer(address: start, kind: .raw))
    push(.slicePointer(address: start, length: max(0, length - prefix - suffix), kind: kind))
  }

  /// The elements `mid @ ..` covers in an array pattern, as an array of their own, under
  /// their address (the scrutinee's, `offset` bytes on) so that a move out of them registers.
  package func enterSubarray(_ array: Value, _ start: Int, _ count: Int, _ offset: Int) {
    let scrutinee = operands[operands.count - 2]
    if case .pointer(let base, let kind) = scrutinee {
      push(.pointer(address: base &+ UInt64(offset), kind: kind))
    } else {
      push(scrutinee)
    }
    guard case .array(let items) = array, start >= 0, start + count <= items.count else {
      push(.array([]))
      return
    }
    push(.array(Array(items[start..<(start + count)])))
  }
}
