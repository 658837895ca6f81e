extension TypeTerm.IteratorKind {
  /// `windows`, `split` and the like: built from a tuple of the receiver and its argument.
  package var pieceRule: PieceRule? {
    if case .pieces(let rule) = self { return rule }
    return nil
  }

  package var isPieces: Bool {
    if case .pieces = self { return true }
    return false
  }

  /// A hash table's consuming iterator (`for (k, v) in map`, `into_iter`, `into_keys`, …).
  package var isHashOwned: Bool {
    if case .hashOwned = self { return true }
    return false
  }
}

/// How an iterator of sub-slices cuts its slice or text: `windows(n)`, `chunks(n)`,
/// `split(c)`, `rsplit(",")`, `splitn(2, '=')`, `split_whitespace()`, `lines()`, `matches("ab")`. Each item borrows from the
/// receiver (a `&[T]` or `&str` pointing into it), so no item ever allocates.
package enum PieceRule: Hashable, Sendable {
  case windows
  case chunks
  /// `chunks_exact(n)`: only whole chunks; the short rest is left out.
  case chunksExact
  /// `rchunks(n)`: chunks cut from the end, the short one last.
  case rchunks
  /// `chunks_mut(n)`: `&mut [T]` chunks, borrowing the receiver mutably.
  case chunksMut
  /// `split`, `rsplit`, `splitn`, `rsplitn`, `split_terminator` with a `char` or a `&str` pattern.
  case textSplit(TextSplitter, charPattern: Bool)
  case splitWhitespace
  case lines
  /// `matches`, `rmatches`, `match_indices`, `rmatch_indices`: each non-overlapping match of a
  /// `char` or `&str` pattern, as the `&str` it covers (with its byte offset when `indexed`).
  case textMatches(fromEnd: Bool, indexed: Bool, charPattern: Bool)
  /// `a.iter().zip(b.iter())`: pairs of element references, as many as the shorter slice has.
  case zip
  /// `map.keys()`, `set.iter()`: `&K` for each entry, in the table's order.
  case hashKeys
  /// `map.values()`: `&V` for each entry.
  case hashValues
  /// `map.values_mut()`: `&mut V` for each entry.
  case hashValuesMut
  /// `map.iter()`, `for (k, v) in &map`: `(&K, &V)` for each entry.
  case hashEntries
  /// `map.iter_mut()`, `for (k, v) in &mut map`: `(&K, &mut V)` for each entry.
  case hashEntriesMut
  /// `a.union(&b)`, `a.intersection(&b)`, …: `&T` for each element of the result, taken from
  /// the two sets (a `HashSet`'s in its table order, a `BTreeSet`'s in key order).
  case setOperation(SetOperation)
  /// `deque.iter()`, `for x in &deque`: `&T` for each element, front to back.
  case dequeItems
  /// `deque.iter_mut()`, `for x in &mut deque`: `&mut T` for each element.
  case dequeItemsMut

  /// The library type's name, for the type column.
  package var typeName: String {
    switch self {
    case .windows: return "Windows"
    case .chunks: return "Chunks"
    case .chunksExact: return "ChunksExact"
    case .rchunks: return "RChunks"
    case .chunksMut: return "ChunksMut"
    case .textSplit(let splitter, _): return splitter.typeName
    case .splitWhitespace: return "SplitWhitespace"
    case .lines: return "Lines"
    case .textMatches(let fromEnd, let indexed, _):
      return (fromEnd ? "RMatch" : "Match") + (indexed ? "Indices" : "es")
    case .zip: return "Zip"
    case .hashKeys: return "Keys"
    case .hashValues: return "Values"
    case .hashValuesMut: return "ValuesMut"
    case .hashEntries: return "Iter"
    case .hashEntriesMut: return "IterMut"
    case .dequeItems: return "Iter"
    case .dequeItemsMut: return "IterMut"
    case .setOperation(let operation): return operation.typeName
    }
  }

  /// True for the text splitters, whose size is unknown until they run (`size_hint` (0, None)).
  package var isText: Bool {
    switch self {
    case .windows, .chunks, .chunksExact, .rchunks, .chunksMut, .zip: return false
    case .hashKeys, .hashValues, .hashValuesMut, .hashEntries, .hashEntriesMut: return false
    case .dequeItems, .dequeItemsMut, .setOperation: return false
    default: return true
    }
  }

  /// The iterators over a `HashMap`'s or `HashSet`'s entries: neither double-ended nor sorted.
  package var isHashTable: Bool {
    switch self {
    case .hashKeys, .hashValues, .hashValuesMut, .hashEntries, .hashEntriesMut: return true
    default: return false
    }
  }

  /// `windows`, `chunks` and their kin: sub-slices cut by a size, as many as the size says
  /// (`TrustedLen`, so `collect` allocates exactly that).
  package var isSizedSlicing: Bool {
    [.windows, .chunks, .chunksExact, .rchunks, .chunksMut].contains(self)
  }

  /// The iterators over a `VecDeque`'s elements, made from the deque itself.
  package var isDeque: Bool { self == .dequeItems || self == .dequeItemsMut }

  /// `rev()` is allowed (the iterator is double-ended): not a `&str` pattern's splitters (a
  /// `StrSearcher` is no `DoubleEndedSearcher`) nor `splitn`/`rsplitn`, whose count runs one way.
  package var isDoubleEnded: Bool {
    if case .textSplit(let splitter, let charPattern) = self {
      return charPattern && splitter != .splitn && splitter != .rsplitn
    }
    if case .setOperation = self { return false }
    // A `char` pattern's would be, but their `rev` is not modelled.
    if case .textMatches = self { return false }
    return self != .zip && !isHashTable
  }

  /// The set operation's iterator, if this is one.
  package var setOperation: SetOperation? {
    if case .setOperation(let operation) = self { return operation }
    return nil
  }
}

/// `str`'s splitters by a pattern, each std's iterator type of its own.
package enum TextSplitter: String, Hashable, Sendable, CaseIterable {
  case split
  case rsplit
  case splitn
  case rsplitn
  case splitTerminator = "split_terminator"

  /// The method's name, as written.
  package var methodName: String { rawValue }

  /// `splitn(n, p)` and `rsplitn(n, p)` take the count before the pattern.
  package var takesCount: Bool { self == .splitn || self == .rsplitn }

  /// Matches are searched from the end and pieces come last first.
  package var fromEnd: Bool { self == .rsplit || self == .rsplitn }

  package var typeName: String {
    switch self {
    case .split: return "Split"
    case .rsplit: return "RSplit"
    case .splitn: return "SplitN"
    case .rsplitn: return "RSplitN"
    case .splitTerminator: return "SplitTerminator"
    }
  }

  /// The method names, for the lists of calls that make an iterator.
  package static let methodNames: Set<String> = Set(allCases.map(\.methodName))

  package init?(methodName: String) { self.init(rawValue: methodName) }
}

/// The lazy iterators of `HashSet` and `BTreeSet` that combine two sets.
package enum SetOperation: String, Hashable, Sendable, CaseIterable {
  case union
  case intersection
  case difference
  case symmetricDifference = "symmetric_difference"

  package var methodName: String { rawValue }

  package var typeName: String {
    switch self {
    case .union: return "Union"
    case .intersection: return "Intersection"
    case .difference: return "Difference"
    case .symmetricDifference: return "SymmetricDifference"
    }
  }

  /// The operator whose `&a op &b` collects this operation's items, cloned, into a new set.
  package init?(operatorSymbol: String) {
    switch operatorSymbol {
    case "|": self = .union
    case "&": self = .intersection
    case "-": self = .difference
    case "^": self = .symmetricDifference
    default: return nil
    }
  }
}
