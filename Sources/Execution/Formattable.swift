import MemoryModel

/// A runtime value as `{}`/`{:?}` sees it: the interpreter builds this tree from a value,
/// already following pointers (a `&String` arrives as `.text`, a `Box<i32>` as its integer).
package indirect enum Formattable: Sendable, Equatable {
  /// A `.structure` field of this name prints as `..` alone: the fields std leaves out.
  package static let nonExhaustiveMark = ".."

  /// An integer of a known type: hex, octal and binary of negative values use its width,
  /// and `to_string()` its capacity rule.
  case integer(Int128, RustType.IntegerKind)
  /// A signed integer of unknown type (treated as `i32` where the width matters).
  case signed(Int128)
  /// An unsigned integer of unknown type (treated as `u64` where the width matters).
  case unsigned(UInt128)
  case float(Double, isF32: Bool)
  case boolean(Bool)
  case character(Unicode.Scalar)
  /// `str` and `String`.
  case text(String)
  /// `Vec<T>`, arrays and slices: `[1, 2]`.
  case sequence([Formattable])
  /// `(1, "a")`
  case tuple([Formattable])
  /// `Point { x: 1, y: 2 }`; also struct-like enum variants (`Move { x: 1 }`).
  case structure(name: String, fields: [(String, Formattable)])
  /// `Mutex { data: 5, poisoned: false, .. }`: `DebugStruct::finish_non_exhaustive`.
  case nonExhaustiveStructure(name: String, fields: [(String, Formattable)])
  /// `Pair(1, 2)`
  case tupleStructure(name: String, fields: [Formattable])
  /// `Unit`
  case unitStructure(String)
  /// `Some(3)`, `None`, `Red`, `Write("hi")`.
  case variant(name: String, payload: [Formattable])
  /// An address for `{:p}`.
  case pointer(UInt64)
  /// `1..5` and `1..=5`.
  case range(start: Formattable, end: Formattable, inclusive: Bool)
  /// `HashSet`: `{1, 2}`.
  case set([Formattable])
  /// `HashMap`: `{"a": 1, "b": 2}`.
  case map([(Formattable, Formattable)])
  case unit
  /// What a program's own `Display::fmt` wrote: the text and the byte count of each write.
  case rendered(text: String, chunks: [Int])

  package static func == (lhs: Formattable, rhs: Formattable) -> Bool {
    switch (lhs, rhs) {
    case (.integer(let a, let k), .integer(let b, let l)): a == b && k == l
    case (.signed(let a), .signed(let b)): a == b
    case (.unsigned(let a), .unsigned(let b)): a == b
    case (.float(let a, let f), .float(let b, let g)): a.bitPattern == b.bitPattern && f == g
    case (.boolean(let a), .boolean(let b)): a == b
    case (.character(let a), .character(let b)): a == b
    case (.text(let a), .text(let b)): a == b
    case (.sequence(let a), .sequence(let b)), (.tuple(let a), .tuple(let b)): a == b
    case (.structure(let n, let a), .structure(let m, let b)):
      n == m && a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    case (.nonExhaustiveStructure(let n, let a), .nonExhaustiveStructure(let m, let b)):
      n == m && a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    case (.tupleStructure(let n, let a), .tupleStructure(let m, let b)): n == m && a == b
    case (.unitStructure(let a), .unitStructure(let b)): a == b
    case (.variant(let n, let a), .variant(let m, let b)): n == m && a == b
    case (.pointer(let a), .pointer(let b)): a == b
    case (.range(let s, let e, let i), .range(let t, let f, let j)): s == t && e == f && i == j
    case (.set(let a), .set(let b)): a == b
    case (.map(let a), .map(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    case (.unit, .unit): true
    case (.rendered(let a, let c), .rendered(let b, let d)): a == b && c == d
    default: false
    }
  }
}
