/// A Rust type as the checker understands it.
package indirect enum RustType: Hashable, Sendable {
  package enum IntegerKind: String, Hashable, Sendable, CaseIterable {
    case i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
  }

  package enum FloatKind: String, Hashable, Sendable {
    case f32, f64
  }

  case unit
  case bool
  case char
  /// `!`, the type of `panic!()`, `return`, `break`.
  case never
  case integer(IntegerKind)
  case float(FloatKind)
  /// The unsized `str` (behind `&str` or `Box<str>`).
  case str
  case string
  case vec(RustType)
  case box(RustType)
  case rc(RustType)
  /// `Cell<T>`, `RefCell<T>`, `Ref<T>`, `RefMut<T>`, `Weak<T>`.
  case library(LibraryWrapper, RustType)
  /// `Arc<T>`: laid out and counted as `Rc<T>`, with atomic counts.
  case arc(RustType)
  /// `HashMap<K, V>`, or `HashSet<K>` when `set` (hashbrown stores a set as a map to `()`).
  case hashMap(key: RustType, value: RustType, set: Bool, ordered: Bool = false)
  case option(RustType)
  /// `Result<T, E>`: `Ok(T)` is variant 0, `Err(E)` variant 1.
  case result(RustType, RustType)
  case array(RustType, Int)
  /// The unsized `[T]` (behind `&[T]`).
  case slice(RustType)
  case tuple([RustType])
  case reference(RustType, mutable: Bool)
  /// `a..b` / `a..=b`.
  case range(RustType, inclusive: Bool)
  /// A user struct, looked up by name in the program's declarations.
  case structure(String)
  /// A user enum, looked up by name in the program's declarations.
  case enumeration(String)
  /// The unsized `dyn Trait` (behind `&dyn Trait` or `Box<dyn Trait>`, a data pointer and a
  /// vtable pointer).
  case dynTrait(String)
}
