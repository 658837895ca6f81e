import MemoryModel

/// A type as the checker works with it: a `RustType` that may still contain inference
/// variables (`let v = Vec::new();` has type `Vec<?0>` until the first `push`), plus the
/// iterator types that only exist inside `for` loops and method chains.
package indirect enum TypeTerm: Hashable, Sendable {
  /// What an iterator walks over and what it yields.
  package enum IteratorKind: Hashable, Sendable {
    /// `a..b`, `a..=b`: yields the integers.
    case range
    /// `.iter()` over a slice: yields `&T`.
    case sliceShared
    /// `.iter_mut()`: yields `&mut T`.
    case sliceMutable
    /// `for x in v` / `.into_iter()` on a `Vec<T>`: yields `T`, owns the buffer.
    case vecOwned
    /// `for x in [1, 2, 3]`: yields `T` from an array moved into the loop.
    case arrayOwned
    /// `.chars()`: yields `char`.
    case chars
    /// `.bytes()`: yields `u8`.
    case bytes
    /// `windows(n)`, `split(' ')`, `lines()` and the like: yields `&[T]` or `&str` into the receiver.
    case pieces(PieceRule)
    /// `for (k, v) in map`, `map.into_iter()`, `into_keys()`, `into_values()`, `for x in set`:
    /// yields what it moves out of the table it owns (and frees when it drops).
    case hashOwned(HashOwnedItems)
  }

  /// What a hash table's consuming iterator yields of each entry.
  package enum HashOwnedItems: Hashable, Sendable {
    /// A map's `(K, V)`, a set's `K` (`into_iter`).
    case entries
    /// A map's `K` (`into_keys`); the value drops as the key is taken.
    case keys
    /// A map's `V` (`into_values`); the key drops as the value is taken.
    case values
    /// A map's `(K, V)`, a set's `K`, taken through `&mut` (`drain`): the table stays, emptied
    /// when the iterator drops, which drops what was not taken.
    case drained
  }

  case unit
  case bool
  case char
  case never
  case integer(RustType.IntegerKind)
  case float(RustType.FloatKind)
  case str
  case string
  case vec(TypeTerm)
  case box(TypeTerm)
  case rc(TypeTerm)
  /// `Cell<T>`, `RefCell<T>`, `Ref<T>`, `RefMut<T>`, `Weak<T>`.
  case library(LibraryWrapper, TypeTerm)
  case arc(TypeTerm)
  /// `HashMap<K, V>`, or `HashSet<K>` when `set`.
  case hashMap(key: TypeTerm, value: TypeTerm, set: Bool, ordered: Bool = false)
  case option(TypeTerm)
  /// `Result<T, E>`.
  case result(TypeTerm, TypeTerm)
  case array(TypeTerm, Int)
  case slice(TypeTerm)
  case tuple([TypeTerm])
  case reference(TypeTerm, mutable: Bool)
  case range(TypeTerm, inclusive: Bool)
  case structure(String)
  case enumeration(String)
  /// `dyn Trait`, unsized: only behind `&` or `Box`.
  case dynTrait(String)
  /// An iterator yielding `item`; `enumerated` wraps each item as `(usize, item)`,
  /// `reversed` walks from the back.
  case iterator(IteratorKind, item: TypeTerm, enumerated: Bool, reversed: Bool)
  /// An inference variable, resolved through the checker's `InferenceTable`.
  case variable(Int)

  package static let usize = TypeTerm.integer(.usize)
  package static let i32 = TypeTerm.integer(.i32)
  package static let u8 = TypeTerm.integer(.u8)

  package var isNever: Bool { if case .never = self { return true } else { return false } }

  package var isInteger: Bool { if case .integer = self { return true } else { return false } }

  package var isReference: Bool { if case .reference = self { return true } else { return false } }

  /// The referent of `&T` / `&mut T`.
  package var referent: TypeTerm? {
    if case .reference(let inner, _) = self { return inner }
    return nil
  }

  /// True when the term still holds an inference variable somewhere.
  package var containsVariables: Bool {
    switch self {
    case .variable: return true
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .range(let t, _), .library(_, let t):
      return t.containsVariables
    case .iterator(_, let item, _, _): return item.containsVariables
    case .tuple(let items): return items.contains { $0.containsVariables }
    case .result(let value, let error): return value.containsVariables || error.containsVariables
    case .hashMap(let key, let value, _, _): return key.containsVariables || value.containsVariables
    default: return false
    }
  }

  /// Whether the type nests more than `limit` levels deep (`Option<Option<…>>`); looks no
  /// deeper than that, so an endlessly growing type is caught before anything walks it whole.
  package func nests(deeperThan limit: Int) -> Bool {
    guard limit >= 0 else { return true }
    switch self {
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .range(let t, _), .library(_, let t):
      return t.nests(deeperThan: limit - 1)
    case .iterator(_, let item, _, _): return item.nests(deeperThan: limit - 1)
    case .tuple(let items): return items.contains { $0.nests(deeperThan: limit - 1) }
    case .result(let value, let error):
      return value.nests(deeperThan: limit - 1) || error.nests(deeperThan: limit - 1)
    case .hashMap(let key, let value, _, _):
      return key.nests(deeperThan: limit - 1) || value.nests(deeperThan: limit - 1)
    default: return false
    }
  }

  /// The `RustType` for layout and drop analysis; nil for iterators and unresolved variables.
  package var rustType: RustType? {
    switch self {
    case .unit: return .unit
    case .bool: return .bool
    case .char: return .char
    case .never: return .never
    case .integer(let kind): return .integer(kind)
    case .float(let kind): return .float(kind)
    case .str: return .str
    case .string: return .string
    case .vec(let t): return t.rustType.map { .vec($0) }
    case .box(let t): return t.rustType.map { .box($0) }
    case .rc(let t): return t.rustType.map { .rc($0) }
    case .library(let wrapper, let t): return t.rustType.map { .library(wrapper, $0) }
    case .arc(let t): return t.rustType.map { .arc($0) }
    case .hashMap(let key, let value, let set, let ordered):
      guard let key = key.rustType, let value = value.rustType else { return nil }
      return .hashMap(key: key, value: value, set: set, ordered: ordered)
    case .option(let t): return t.rustType.map { .option($0) }
    case .result(let value, let error):
      guard let value = value.rustType, let error = error.rustType else { return nil }
      return .result(value, error)
    case .array(let t, let n): return t.rustType.map { .array($0, n) }
    case .slice(let t): return t.rustType.map { .slice($0) }
    case .tuple(let items):
      var result: [RustType] = []
      for item in items {
        guard let converted = item.rustType else { return nil }
        result.append(converted)
      }
      return .tuple(result)
    case .reference(let t, let mutable): return t.rustType.map { .reference($0, mutable: mutable) }
    case .range(let t, let inclusive): return t.rustType.map { .range($0, inclusive: inclusive) }
    case .structure(let name): return .structure(name)
    case .enumeration(let name): return .enumeration(name)
    case .dynTrait(let trait): return .dynTrait(trait)
    case .iterator, .variable: return nil
    }
  }

  /// The type's name as rustc writes it in messages (`Vec<i32>`, `&str`, `[u8; 4]`).
  package var name: String {
    switch self {
    case .unit: return "()"
    case .bool: return "bool"
    case .char: return "char"
    case .never: return "!"
    case .integer(let kind): return kind.rawValue
    case .float(let kind): return kind.rawValue
    case .str: return "str"
    case .string: return "String"
    case .vec(let t): return "Vec<\(t.name)>"
    case .box(let t): return "Box<\(t.name)>"
    case .rc(let t): return "Rc<\(t.name)>"
    case .library(let wrapper, let t): return wrapper.name(inner: t.name)
    case .arc(let t): return "Arc<\(t.name)>"
    case .hashMap(let key, let value, let set, let ordered):
      let prefix = ordered ? "BTree" : "Hash"
      return set ? "\(prefix)Set<\(key.name)>" : "\(prefix)Map<\(key.name), \(value.name)>"
    case .option(let t): return "Option<\(t.name)>"
    case .result(let value, let error): return "Result<\(value.name), \(error.name)>"
    case .array(let t, let n): return "[\(t.name); \(n)]"
    case .slice(let t): return "[\(t.name)]"
    case .tuple(let items):
      if items.count == 1 { return "(\(items[0].name),)" }
      return "(" + items.map(\.name).joined(separator: ", ") + ")"
    case .reference(let t, let mutable): return (mutable ? "&mut " : "&") + t.name
    case .range(let t, let inclusive): return (inclusive ? "RangeInclusive<" : "Range<") + t.name + ">"
    case .structure(let name), .enumeration(let name): return name
    case .dynTrait(let trait): return "dyn \(trait)"
    case .iterator(let kind, let item, let enumerated, let reversed):
      var base: String
      switch kind {
      case .range: base = "Range<\(item.name)>"
      case .sliceShared: base = "Iter<'_, \(item.referent?.name ?? item.name)>"
      case .sliceMutable: base = "IterMut<'_, \(item.referent?.name ?? item.name)>"
      case .vecOwned, .arrayOwned: base = "IntoIter<\(item.name)>"
      case .chars: base = "Chars<'_>"
      case .bytes: base = "Bytes<'_>"
      case .hashOwned(let items):
        // The item names the table's types: `(K, V)` for a map's `IntoIter<K, V>`.
        var arguments = item.name
        if case .tuple(let parts) = item, parts.count == 2 {
          arguments = "\(parts[0].name), \(parts[1].name)"
        }
        switch items {
        case .entries: base = "IntoIter<\(arguments)>"
        case .drained: base = "Drain<'_, \(arguments)>"
        case .keys: base = "IntoKeys<\(arguments), _>"
        case .values: base = "IntoValues<_, \(arguments)>"
        }
      case .pieces(let rule):
        if rule == .zip, case .tuple(let sides) = item, sides.count == 2 {
          let names = sides.map { "Iter<'_, \($0.referent?.name ?? $0.name)>" }
          base = "Zip<\(names[0]), \(names[1])>"
        } else if case .textMatches(_, _, let charPattern) = rule {
          base = "\(rule.typeName)<'_, \(charPattern ? "char" : "&str")>"
        } else if case .textSplit(_, let charPattern) = rule {
          base = "\(rule.typeName)<'_, \(charPattern ? "char" : "&str")>"
        } else if rule.isText {
          base = "\(rule.typeName)<'_>"
        } else {
          base = "\(rule.typeName)<'_, \(item.referent?.name ?? item.name)>"
        }
      }
      if reversed { base = "Rev<\(base)>" }
      if enumerated { base = "Enumerate<\(base)>" }
      return base
    case .variable: return "_"
    }
  }
}

extension RustType.IntegerKind {
  package var isSigned: Bool {
    switch self {
    case .i8, .i16, .i32, .i64, .i128, .isize: return true
    default: return false
    }
  }

  package var bitWidth: Int {
    switch self {
    case .i8, .u8: return 8
    case .i16, .u16: return 16
    case .i32, .u32: return 32
    case .i64, .u64, .isize, .usize: return 64
    case .i128, .u128: return 128
    }
  }

  /// The smallest value, as an `Int128` (u128 values are kept as bit patterns elsewhere).
  package var minimum: Int128 {
    guard isSigned else { return 0 }
    return bitWidth == 128 ? Int128.min : -(Int128(1) << (bitWidth - 1))
  }

  /// The largest value; for `u128` this is `Int128.max` (see `Value.integer`).
  package var maximum: Int128 {
    if bitWidth == 128 { return Int128.max }
    return isSigned ? (Int128(1) << (bitWidth - 1)) - 1 : (Int128(1) << bitWidth) - 1
  }
}
