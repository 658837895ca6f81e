/// One block handed out by the modelled allocator.
struct HeapBlock: Sendable, Equatable {
  enum Contents: Sendable, Equatable {
    /// A `Vec<T>` buffer: `capacity` element slots, the first `elements.count` in use.
    case elements(elementType: String, elementSize: Int, capacity: Int, elements: [Value])
    /// A `String` buffer: `capacity` bytes, the first `bytes.count` in use (UTF-8).
    case bytes(capacity: Int, bytes: [UInt8])
    /// A `Box<T>` payload.
    case boxed(typeName: String, value: Value)
    /// An `Rc<T>` allocation: `[strong][weak][value]`, the value 16 bytes in.
    case counted(typeName: String, strong: Int, weak: Int, value: Value)
  }

  enum Status: Sendable, Equatable {
    case live
    case freed
    /// Still allocated when the program ended, with no owner left to free it.
    case leaked
  }

  /// Unique for the whole run; a reallocation that moves the buffer gets a new id.
  var id: Int
  var address: UInt64
  /// Bytes requested from the allocator.
  var size: Int
  var alignment: Int
  var contents: Contents
  var status: Status
  /// Who owns it, for the screen: `main::s`, `say_name::name`, `v[2]`.
  var owner: String?
}
