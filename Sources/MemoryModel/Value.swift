/// A value as it sits in memory: in a stack slot, a heap element, or a static.
///
/// This is what the screen shows and what the trace records. Pointers are plain
/// addresses into the modelled address space; the screen finds the block or slot
/// they point at by address.
package enum Value: Sendable, Equatable {
  /// A slot whose `let` has not run yet.
  case uninitialized
  case unit
  case boolean(Bool)
  /// Any integer type; `type` is its Rust name (`i32`, `usize`, …).
  case integer(Int128, type: String)
  /// `u128` values above `Int128.max` are kept as their bit pattern.
  case float(Double, type: String)
  case character(Unicode.Scalar)
  /// `&T`, `&mut T`, `Box<T>`, `Rc<T>`: one word holding an address.
  case pointer(address: UInt64, kind: PointerKind)
  /// `&str`, `&[T]`: address and length.
  case slicePointer(address: UInt64, length: Int, kind: PointerKind)
  /// `&dyn Trait`, `Box<dyn Trait>`: the data's address and its vtable's (a static item).
  case traitObject(address: UInt64, vtable: UInt64, kind: PointerKind)
  /// `String` and `Vec<T>`: the three words. Real rustc stores them as `[cap, ptr, len]`;
  /// memtutor shows them as ptr, len, cap, like the Rust book, and says so on screen.
  case buffer(pointer: UInt64, length: Int, capacity: Int, kind: BufferKind)
  case tuple([Value])
  case array([Value])
  /// A user struct (fields in declaration order).
  case structure(name: String, fields: [Value])
  /// `Option`, `Result` and user enums. `Option<Box<T>>::None` is still shown as `None`.
  case variant(enumName: String, variant: String, payload: [Value])
}

package enum PointerKind: String, Sendable, Equatable {
  case sharedReference = "&"
  case mutableReference = "&mut"
  case box = "Box"
  case rc = "Rc"
  /// `Weak<T>`: points at an `Rc`'s block without owning its value.
  case weak = "Weak"
  /// A raw or dangling pointer (`Vec::new()` holds the alignment as its pointer).
  case raw = "ptr"
  /// A function pointer (`fn(i32) -> i32`): the address of the function's code in `.text`.
  case function = "fn"
}

package enum BufferKind: String, Sendable, Equatable {
  case string = "String"
  case vector = "Vec"
}
