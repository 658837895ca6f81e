import MemoryModel
import RustFrontEnd

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
    /// `windows`, `split` and the like: the sub-slice pointers, computed at the start.
    case pieces([Value])
    /// Entries moved out of a `BTreeMap` held in a temporary: where each key and value sits.
    case treeEntries(temporary: UInt64, places: [TreePlace], keyType: Int, valueType: Int, isSet: Bool)
  }

  package struct TreePlace {
    package var key: UInt64
    package var value: UInt64
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
  /// False when the source's size is unknown to `collect` (text splitters): the `Vec`
  /// then starts at 4 and doubles, as for any iterator whose `size_hint` is `(0, None)`.
  package var exactSize = true
  /// For a source of unknown size, what `collect` into a `Vec` reserves after taking the first
  /// item beyond `MIN_NON_ZERO_CAP` (the lower bound then, plus one): a `HashSet` union's
  /// larger set's length. Later growth doubles, the lower bound being 0 by then.
  package var firstLowerBound = 0
  /// False for an exact size that is not `TrustedLen` (a hash table's iterators): `collect`
  /// then takes the first item and reserves `max(MIN_NON_ZERO_CAP, n)`.
  package var trustedLength = true
  /// `into_keys()` / `into_values()`: the part of each moved-out entry the item is; the other
  /// part drops as the item is taken.
  package var keptPart: KeptPart?
  /// `drain()`: the table (its address and type) to empty when the iterator ends, after
  /// dropping the entries not taken.
  package var drainedTable: (address: UInt64, type: Int)?
  /// A `VecDeque`'s elements moved out: its ring's head and capacity, which place the element
  /// at each position.
  package var ring: (head: Int, capacity: Int)?
  /// A text's `Chars` (not a `char` range, which is `TrustedLen`): its size hint's lower bound
  /// is a quarter of the bytes left, rounded up.
  package var walksTextChars = false
  /// The items an in-place `collect` has written into the source's buffer so far, the new
  /// `Vec`'s elements once it finishes (`Interpreter+InPlaceCollect`).
  package var writtenInPlace: [Value] = []
  /// That `Vec`, made when the loop ended, until the chain takes it.
  package var collectedInPlace: Value?
  /// `start..`: where the loop began; taking the item past the type's maximum panics there.
  package var overflowsAtEnd: SourcePoint?

  package struct KeptPart {
    package var index: Int
    package var type: Int
    package var droppedType: Int
  }
}
