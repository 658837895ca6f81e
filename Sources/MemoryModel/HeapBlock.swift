/// One block handed out by the modelled allocator.
package struct HeapBlock: Sendable, Equatable {
  package enum Contents: Sendable, Equatable {
    /// A `Vec<T>` buffer: `capacity` element slots, the first `elements.count` in use.
    case elements(elementType: String, elementSize: Int, capacity: Int, elements: [Value])
    /// A `String` buffer: `capacity` bytes, the first `bytes.count` in use (UTF-8).
    case bytes(capacity: Int, bytes: [UInt8])
    /// A `Box<T>` payload. Indirect, as `counted`: a whole `Value` inline would make every
    /// block, `String` buffers and all, 40 bytes wider in memtutor's own memory.
    indirect case boxed(typeName: String, value: Value)
    /// An `Rc<T>` allocation: `[strong][weak][value]`, the value 16 bytes in.
    indirect case counted(typeName: String, strong: Int, weak: Int, value: Value)

    /// The values the block holds: a `Box`'s or `Rc`'s value, a `Vec`'s elements, none for text.
    package var storedValues: [Value] {
      switch self {
      case .boxed(_, let value), .counted(_, _, _, let value): return [value]
      case .elements(_, _, _, let elements): return elements
      case .bytes: return []
      }
    }
  }

  package enum Status: Sendable, Equatable {
    case live
    case freed
    /// Still allocated when the program ended, with no owner left to free it.
    case leaked
  }

  /// Unique for the whole run; a reallocation that moves the buffer gets a new id.
  package var id: Int
  package var address: UInt64
  /// Bytes requested from the allocator.
  package var size: Int
  package var alignment: Int
  package var contents: Contents
  package var status: Status
  /// Who owns it, for the screen: `main::s`, `say_name::name`, `v[2]`.
  package var owner: String?
  /// An `Arc`'s block (counted atomically), not an `Rc`'s: the same layout, another name.
  package var countsAtomically = false

  package init(
    id: Int, address: UInt64, size: Int, alignment: Int, contents: Contents, status: Status,
    owner: String? = nil
  ) {
    self.id = id
    self.address = address
    self.size = size
    self.alignment = alignment
    self.contents = contents
    self.status = status
    self.owner = owner
  }
}
